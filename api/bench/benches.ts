import type { Bench } from "./bench";
import { managerListBench } from "./manager-list.bench";
import { meBench } from "./me.bench";
import { packBench } from "./pack.bench";

/** Every benchmark `npm run bench` knows, in the order it runs them. */
export const benches: readonly Bench[] = [meBench, packBench, managerListBench];
