import type { BenchServer } from "./bench-database";
import type { Figure } from "./figures";

/** One benchmark: it makes its own data on the run's PostgreSQL server and reports its figures. */
export type Bench = Readonly<{
  name: string;
  /** What it compares, in a sentence, for the report and api/bench/README.md. */
  description: string;
  run: (server: BenchServer) => Promise<Figure[]>;
}>;
