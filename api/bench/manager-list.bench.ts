import { startApi } from "./api-process";
import { generateAuthority, type SignIn } from "./authority-generator";
import type { Bench } from "./bench";
import { benchDatabase } from "./bench-database";
import { postGraphQL, signIn } from "./graphql-client";
import { medianLatencies, medianThroughputs } from "./measure";

const SMALL = 40;
const LARGE = 4000;
const MANAGERS_AT_ONCE = 8;

const ME = { query: "{ me { firstName } }" };

/** The caseload page as the portal asks for it (portal/app/young-people/young-people.operations.server.ts), sorted by name as it opens. */
const CASELOAD_PAGE = {
  query: `query YoungPeople($after: String, $orderBy: YoungPeopleOrder, $timeliness: ReviewTimeliness, $iroPersonId: ID) {
    youngPeople(first: 20, after: $after, orderBy: $orderBy, timeliness: $timeliness, iroPersonId: $iroPersonId) {
      totalCount
      items { id firstName hasAccount currentIro { id firstName } nextReview { scheduledFor } reviewDue { ...ReviewDueFields } }
      nextCursor
    }
  }
  fragment ReviewDueFields on ReviewDue { sequence dueOn timeliness }`,
  variables: { after: null, orderBy: "FIRST_NAME", timeliness: null, iroPersonId: null },
};

/**
 * Whether row-level security lets a list narrow to its page: the manager's first page of young people in an
 * authority of 40 and of 4,000 children (ten years of reviews each), each against a signed-in `me` in the same run;
 * the IRO's own caseload page there; then eight managers asking for the page at once, counting failures.
 */
export const managerListBench: Bench = {
  name: "manager-list",
  description: `the manager's first caseload page at ${SMALL} and ${LARGE} children against a signed-in { me }, and ${MANAGERS_AT_ONCE} managers at once`,
  run: async (server) => {
    const database = await benchDatabase(server, "manager_list");
    const started = Date.now();
    const small = await generateAuthority(database, { children: SMALL });
    const large = await generateAuthority(database, { children: LARGE, managers: MANAGERS_AT_ONCE });
    const generatedInSeconds = (Date.now() - started) / 1000;
    const api = await startApi(database.url);
    try {
      const graphql = `${api.url}/graphql`;
      const tokenOf = (account: SignIn) => signIn(graphql, account.username, account.passphrase);
      const [smallManager, iro, ...largeManagers] = await Promise.all([small.managers[0]!, large.iro, ...large.managers].map(tokenOf));
      const ask = (body: Readonly<Record<string, unknown>>, token: string) => async () => void (await postGraphQL(graphql, body, token));
      const latency = await medianLatencies(
        [
          { name: "me", request: ask(ME, largeManagers[0]!) },
          { name: "small", request: ask(CASELOAD_PAGE, smallManager!) },
          { name: "large", request: ask(CASELOAD_PAGE, largeManagers[0]!) },
          { name: "iro", request: ask(CASELOAD_PAGE, iro!) },
        ],
        { rounds: 60, warmup: 5 },
      );
      let turn = 0;
      const anyManager = async () => ask(CASELOAD_PAGE, largeManagers[turn++ % largeManagers.length]!)();
      const together = (await medianThroughputs([{ name: "managers", request: anyManager }], { clients: MANAGERS_AT_ONCE, windowMs: 3000, rounds: 3 })).get("managers")!;
      const me = latency.get("me")!;
      return [
        { label: `made ${SMALL} + ${LARGE} children with ten years of reviews`, value: generatedInSeconds, unit: "s", target: { atMost: 60 } },
        { label: "me, median latency", value: me, unit: "ms" },
        { label: `manager's first page at ${SMALL} children, median latency`, value: latency.get("small")!, unit: "ms" },
        { label: `manager's first page at ${LARGE} children, median latency`, value: latency.get("large")!, unit: "ms" },
        { label: `IRO's first page at ${LARGE} children, median latency`, value: latency.get("iro")!, unit: "ms" },
        { label: `manager's page at ${LARGE} children as a multiple of me`, value: latency.get("large")! / me, unit: "×", target: { atMost: 3 } },
        { label: `manager's page at ${LARGE} children as a multiple of at ${SMALL}`, value: latency.get("large")! / latency.get("small")!, unit: "×", target: { atMost: 1.5 } },
        { label: `IRO's page at ${LARGE} children as a multiple of me`, value: latency.get("iro")! / me, unit: "×", target: { atMost: 3 } },
        { label: `${MANAGERS_AT_ONCE} managers at once, pages per second`, value: together.requestsPerSecond, unit: "req/s" },
        { label: `${MANAGERS_AT_ONCE} managers at once, failed requests`, value: together.failures, unit: "", target: { atMost: 0 } },
      ];
    } finally {
      await api.stop();
      await database.drop();
    }
  },
};
