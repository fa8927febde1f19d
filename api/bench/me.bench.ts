import path from "node:path";
import { Role } from "../src/kernel/access/role";
import { startApi, startNodeServer } from "./api-process";
import type { Bench } from "./bench";
import { benchDatabase } from "./bench-database";
import { postGraphQL, signIn } from "./graphql-client";
import { medianLatencies, medianThroughputs } from "./measure";

const ME = { query: "{ me { firstName } }" };
const CLIENTS = 10;

/**
 * What a request costs before any resolver of ours: the session lookup, the claims, the transaction and the audit.
 * The same query, signed in, against Apollo Server 5 with nothing in front of it, and, for reference, the same bare
 * server reading the name from PostgreSQL in one statement.
 */
export const meBench: Bench = {
  name: "me",
  description: `a signed-in { me { firstName } } against a bare Apollo Server 5 answering it from memory (${CLIENTS} clients)`,
  run: async (server) => {
    const database = await benchDatabase(server, "me");
    const { account } = await database.make.staffWithAccount(Role.IRO, { username: "bench.iro", passphrase: "a passphrase for the bench" });
    const api = await startApi(database.url);
    const bare = await startNodeServer(path.join(__dirname, "bare-apollo.js"), { NODE_ENV: "production" }, "/readyz");
    const floor = await startNodeServer(path.join(__dirname, "bare-apollo.js"), { NODE_ENV: "production", DATABASE_URL: database.url }, "/readyz");
    try {
      const token = await signIn(`${api.url}/graphql`, account.username, "a passphrase for the bench");
      const contenders = [
        { name: "api", request: async () => void (await postGraphQL(`${api.url}/graphql`, ME, token)), serverCpuMs: api.cpuMs },
        { name: "bare", request: async () => void (await postGraphQL(`${bare.url}/graphql`, ME)), serverCpuMs: bare.cpuMs },
        { name: "floor", request: async () => void (await postGraphQL(`${floor.url}/graphql`, ME)), serverCpuMs: floor.cpuMs },
      ];
      const latency = await medianLatencies(contenders, { rounds: 400 });
      const throughput = await medianThroughputs(contenders, { clients: CLIENTS, windowMs: 2000, rounds: 5 });
      const apiRate = throughput.get("api")!;
      const bareRate = throughput.get("bare")!;
      const floorRate = throughput.get("floor")!;
      return [
        { label: "me, median latency", value: latency.get("api")!, unit: "ms" },
        { label: "bare Apollo, median latency", value: latency.get("bare")!, unit: "ms" },
        { label: "bare Apollo reading one row, median latency", value: latency.get("floor")!, unit: "ms" },
        { label: `me, requests per second at ${CLIENTS} clients`, value: apiRate.requestsPerSecond, unit: "req/s" },
        { label: `bare Apollo, requests per second at ${CLIENTS} clients`, value: bareRate.requestsPerSecond, unit: "req/s" },
        { label: `bare Apollo reading one row from PostgreSQL, requests per second at ${CLIENTS} clients`, value: floorRate.requestsPerSecond, unit: "req/s" },
        { label: "bare Apollo reading one row, as a share of bare Apollo's", value: floorRate.requestsPerSecond / bareRate.requestsPerSecond, unit: "×" },
        { label: "me throughput as a share of bare Apollo's", value: apiRate.requestsPerSecond / bareRate.requestsPerSecond, unit: "×", target: { atLeast: 0.5 } },
        // A Node.js server answers on one core: its CPU time per request bounds its rate, whatever the machine's load.
        { label: "the API's CPU time per me", value: apiRate.serverCpuMsPerRequest! * 1000, unit: "µs" },
        { label: "bare Apollo's CPU time per request", value: bareRate.serverCpuMsPerRequest! * 1000, unit: "µs" },
        { label: "bare Apollo reading one row, CPU time per request", value: floorRate.serverCpuMsPerRequest! * 1000, unit: "µs" },
        { label: "failed requests", value: apiRate.failures + bareRate.failures + floorRate.failures, unit: "", target: { atMost: 0 } },
      ];
    } finally {
      await Promise.all([api.stop(), bare.stop(), floor.stop()]);
      await database.drop();
    }
  },
};
