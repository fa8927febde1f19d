import { createServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { useApiPools } from "../testing/api-pools";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";

const database = useTestDatabase();

/**
 * Stands between the API and PostgreSQL, passing bytes both ways, so that a test can take the database away as a
 * stopped server or a cut network would (refused connections, dropped ones) and bring it back on the same address.
 */
function databaseLine() {
  let server: Server | undefined;
  let port = 0;
  const sockets = new Set<Socket>();
  const target = new URL(database.url);
  const open = () =>
    new Promise<void>((resolve) => {
      server = createServer((incoming) => {
        const outgoing = connect(Number(target.port || 5432), target.hostname);
        for (const socket of [incoming, outgoing]) {
          sockets.add(socket);
          socket.on("error", () => undefined);
          socket.on("close", () => {
            sockets.delete(socket);
            incoming.destroy();
            outgoing.destroy();
          });
        }
        incoming.pipe(outgoing).pipe(incoming);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server?.address() as AddressInfo).port;
        resolve();
      });
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server?.close(() => resolve());
    });
  // Opened before the pools are made; cut after they are closed (hooks run in the order they are declared).
  beforeAll(open);
  const url = () => {
    const through = new URL(database.url);
    through.host = `127.0.0.1:${port}`;
    return through.toString();
  };
  return { url, cut, mend: open };
}

const line = databaseLine();
const pools = useApiPools(line.url, { apiDb: 4, authDb: 2 });
afterAll(line.cut);
const api = useTestApi(pools, { isProduction: true });

const errorLinesOf = (requestId: string | null) => api.logLines.filter((entry) => entry.requestId === requestId && Number(entry.level) >= 50);

async function ask(query: string, token?: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), requestId: response.headers.get("x-request-id"), body: await response.json() };
}

describe("when the database cannot be reached", () => {
  it("answers 503 SERVICE_UNAVAILABLE with Retry-After, signed in or not, logs each failure once, and recovers when it is back", async () => {
    await database.make.youngPersonWithAccount({ firstName: "Ola", username: "ola.away", passphrase: "the line went dead" });
    const token = await api.tokenFor("ola.away", "the line went dead");

    await line.cut();
    const answers = [
      await ask("{ me { firstName } }"),
      await ask("{ me { firstName } }", token),
      await ask(`mutation { signIn(input: { username: "ola.away", passphrase: "the line went dead" }) { __typename } }`),
    ];
    const readiness = await fetch(`${api.url}/readyz`);

    for (const answer of answers) {
      expect(answer).toMatchObject({ status: 503, retryAfter: "5" });
      expect(answer.body).toEqual({
        errors: [{ message: "We cannot reach your records just now. Please try again in a moment.", extensions: { code: "SERVICE_UNAVAILABLE" } }],
      });
      expect(errorLinesOf(answer.requestId)).toHaveLength(1);
    }
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toEqual({ status: "not ready", reason: "database unreachable" });

    await line.mend();
    expect((await ask("{ me { firstName } }", token)).body).toEqual({ data: { me: { firstName: "Ola" } } });
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    expect(errorLinesOf(null)).toEqual([]);
  });

  it("answers 503 when it goes away in the middle of a request", async () => {
    await database.make.youngPersonWithAccount({ firstName: "Kai", username: "kai.away", passphrase: "mid sentence cut" });
    const token = await api.tokenFor("kai.away", "mid sentence cut");
    const holder = database.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query("LOCK TABLE person IN ACCESS EXCLUSIVE MODE");
    const answering = ask("{ me { firstName } }", token);
    const givesUpAt = Date.now() + 15_000;
    while ((await database.db.query("SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")).length === 0) {
      if (Date.now() > givesUpAt) throw new Error("The request never reached the locked table.");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await line.cut();
    const answer = await answering;
    await holder.rollbackTransaction();
    await holder.release();
    await line.mend();

    expect(answer).toMatchObject({ status: 503, retryAfter: "5", body: { errors: [{ extensions: { code: "SERVICE_UNAVAILABLE" } }] } });
    expect(errorLinesOf(answer.requestId)).toHaveLength(1);
  });
});
