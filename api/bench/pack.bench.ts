import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { Account } from "../src/accounts/account.entity";
import { repositoryRoot } from "../src/config/repository-root";
import { ChoiceAnswer } from "../src/choices/choice-answer.entity";
import { Chairing, ChoiceTopic } from "../src/choices/choice-options";
import { Contribution } from "../src/contributions/contribution.entity";
import { Role } from "../src/kernel/access/role";
import { ReviewStatus } from "../src/reviews/review-status";
import { CommunicationNeeds } from "../src/people/communication-needs.entity";
import { Relationship } from "../src/people/relationship";
import { ViewsAudience } from "../src/views/views-options";
import { ViewsVersion } from "../src/views/views-version.entity";
import { startApi, startNodeServer } from "./api-process";
import type { Bench } from "./bench";
import { benchDatabase, type BenchDatabase } from "./bench-database";
import { postGraphQL, signIn, type GraphQLResult } from "./graphql-client";
import { medianLatencies, medianThroughputs } from "./measure";

/**
 * The portal's pack query, with the fragments it spreads, exactly as the portal's build made it: read from the trusted
 * documents (ADR 017), so the bench asks what the portal asks. Sent as text, as another client of the API would.
 */
function preReviewPackDocument(): string {
  const file = path.join(repositoryRoot(), "schema", "trusted-documents.json");
  const documents = Object.values(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>);
  const pack = documents.find((text) => /\bquery PreReviewPack\b/.test(text));
  if (!pack) throw new Error(`No PreReviewPack query in ${file}: run npm run codegen.`);
  return pack;
}

const CLIENTS = 10;
const PASSPHRASE = "a passphrase for the bench";

/** A young person's review with `count` people invited who have each sent a contribution, and as many versions of their views. */
async function packWorld(database: BenchDatabase, name: string, count: number) {
  const { make, owner } = database;
  const youngPerson = await make.youngPerson({ firstName: "Ola", lastName: "Adeyemi", dateOfBirth: "2012-03-12" });
  const { person: iro, account: iroAccount } = await make.staffWithAccount(Role.IRO, { firstName: "Ruth", lastName: "Okafor", username: `bench.${name}`, passphrase: PASSPHRASE });
  await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
  const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() + 14 * 86_400_000) });
  const invited: string[] = [];
  for (let i = 0; i < count; i++) {
    const person = await make.person({ firstName: `Friend${i}` });
    await make.link({ youngPersonId: youngPerson.id, personId: person.id, relationship: Relationship.OTHER });
    invited.push(person.id);
  }
  await make.choiceSet(review, { chairing: Chairing.CO_CHAIR, invitedPersonIds: invited, notWantedPersonIds: invited.slice(0, 1), notWantedOthers: "My old teacher" });
  const account = await owner.getRepository(Account).findOneByOrFail({ id: iroAccount.id });
  await owner.getRepository(ChoiceAnswer).save([
    { reviewId: review.id, youngPersonId: youngPerson.id, topic: ChoiceTopic.CHAIRING, accepted: true, reason: null, answeredByAccountId: account.id },
    { reviewId: review.id, youngPersonId: youngPerson.id, topic: ChoiceTopic.PLACE, accepted: false, reason: "The school is closed that day", answeredByAccountId: account.id },
  ]);
  // The review before, with its recommendations, and a request for an advocate: the pack shows both.
  const lastHeld = await make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() - 90 * 86_400_000), status: ReviewStatus.HELD });
  await make.recommendation(lastHeld, { number: 1, responsiblePersonId: invited[0] ?? null, issuedByAccountId: account.id });
  await make.recommendation(lastHeld, { number: 2, action: "Plan the move to Year 9", issuedByAccountId: account.id });
  await make.supportRequest({ youngPersonId: youngPerson.id, askedByAccountId: account.id });
  await owner.getRepository(CommunicationNeeds).save({ youngPersonId: youngPerson.id, interpreterLanguage: "Tigrinya", alternativeCommunication: null, otherNeeds: "Short sentences", updatedByAccountId: account.id });
  for (const [index, personId] of invited.entries()) {
    const { link } = await make.contributionLink({ review, personId, issuedBy: account });
    await owner.getRepository(Contribution).save({
      linkId: link.id,
      draftAnswers: {},
      submittedAnswers: { howThingsAreGoing: `Going well, says friend ${index}`, anythingElse: "Nothing else" },
      submittedAt: new Date(Date.now() - (count - index) * 60_000),
      submissionKey: randomUUID(),
    });
    await owner.getRepository(ViewsVersion).save({
      reviewId: review.id,
      youngPersonId: youngPerson.id,
      number: index + 1,
      audience: ViewsAudience.IRO_ONLY,
      submissionKey: randomUUID(),
      goingWell: `Version ${index + 1}`,
      feelingAboutHome: null,
      usedShorterVersion: false,
    });
  }
  return { reviewId: review.id, username: `bench.${name}` };
}

/** The pack each contender sends, but for when it was put together, which differs by a moment. */
function packOf(result: GraphQLResult): unknown {
  const { shownAt: _shownAt, ...pack } = result.data?.preReviewPack as Record<string, unknown>;
  return pack;
}

/**
 * The IRO's pre-review pack as the portal asks for it, through the real API, against one hand-written SQL statement
 * building the same JSON under the same row-level security, served over HTTP by a process of its own; and, to tell
 * GraphQL's share of the gap from the API's, Apollo Server answering the same query from that same statement.
 */
export const packBench: Bench = {
  name: "pack",
  description: `the portal's pre-review pack query against one hand-written SQL statement returning the same JSON, both over HTTP, and Apollo Server answering the same query from that statement (${CLIENTS} clients for throughput)`,
  run: async (server) => {
    const packDocument = preReviewPackDocument();
    const database = await benchDatabase(server, "pack");
    const small = await packWorld(database, "small", 3);
    const large = await packWorld(database, "large", 100);
    const api = await startApi(database.url);
    const baseline = await startNodeServer(path.join(__dirname, "pack-baseline.js"), { DATABASE_URL: database.url }, "/");
    const graphqlOverSql = await startNodeServer(path.join(__dirname, "pack-graphql.js"), { NODE_ENV: "production", DATABASE_URL: database.url }, "/readyz");
    try {
      const contendersFor = async ({ reviewId, username }: { reviewId: string; username: string }) => {
        const token = await signIn(`${api.url}/graphql`, username, PASSPHRASE);
        const query = { query: packDocument, variables: { reviewId } };
        const viaApi = () => postGraphQL(`${api.url}/graphql`, query, token);
        const viaSql = () => postGraphQL(`${baseline.url}/pack`, { reviewId }, token);
        const viaGraphQLOverSql = () => postGraphQL(`${graphqlOverSql.url}/graphql`, query, token);
        const [fromApi, fromSql, fromGraphQLOverSql] = await Promise.all([viaApi(), viaSql(), viaGraphQLOverSql()]);
        for (const [name, other] of [["baseline", fromSql], ["GraphQL over the baseline", fromGraphQLOverSql]] as const) {
          if (!isDeepStrictEqual(packOf(fromApi), packOf(other))) {
            throw new Error(`The ${name}'s pack differs from the API's:\n${JSON.stringify(packOf(fromApi))}\n${JSON.stringify(packOf(other))}`);
          }
        }
        return [
          { name: "api", request: async () => void (await viaApi()), serverCpuMs: api.cpuMs },
          { name: "sql", request: async () => void (await viaSql()), serverCpuMs: baseline.cpuMs },
          { name: "graphql", request: async () => void (await viaGraphQLOverSql()), serverCpuMs: graphqlOverSql.cpuMs },
        ];
      };
      const smallContenders = await contendersFor(small);
      const largeContenders = await contendersFor(large);
      const latency = await medianLatencies(smallContenders, { rounds: 200 });
      const largeLatency = await medianLatencies(largeContenders, { rounds: 100 });
      const throughput = await medianThroughputs(smallContenders, { clients: CLIENTS, windowMs: 2000, rounds: 5 });
      const apiRate = throughput.get("api")!;
      const sqlRate = throughput.get("sql")!;
      const graphqlRate = throughput.get("graphql")!;
      return [
        { label: "pack (3 contributions, 3 views versions), median latency", value: latency.get("api")!, unit: "ms" },
        { label: "its SQL baseline, median latency", value: latency.get("sql")!, unit: "ms" },
        { label: "pack latency as a multiple of the baseline's", value: latency.get("api")! / latency.get("sql")!, unit: "×", target: { atMost: 1.5 } },
        { label: `pack, requests per second at ${CLIENTS} clients`, value: apiRate.requestsPerSecond, unit: "req/s" },
        { label: `its SQL baseline, requests per second at ${CLIENTS} clients`, value: sqlRate.requestsPerSecond, unit: "req/s" },
        { label: "pack throughput as a share of the baseline's", value: apiRate.requestsPerSecond / sqlRate.requestsPerSecond, unit: "×", target: { atLeast: 0.6 } },
        { label: "pack (100 contributions, 100 views versions), median latency", value: largeLatency.get("api")!, unit: "ms" },
        { label: "its SQL baseline, median latency", value: largeLatency.get("sql")!, unit: "ms" },
        { label: "large pack latency as a multiple of the baseline's", value: largeLatency.get("api")! / largeLatency.get("sql")!, unit: "×", target: { atMost: 2 } },
        { label: "the API's CPU time per pack (its process, not PostgreSQL's)", value: apiRate.serverCpuMsPerRequest!, unit: "ms" },
        { label: "the baseline's CPU time per pack (its process)", value: sqlRate.serverCpuMsPerRequest!, unit: "ms" },
        { label: "GraphQL over the baseline's statement, CPU time per pack (its process)", value: graphqlRate.serverCpuMsPerRequest!, unit: "ms" },
        { label: "GraphQL over the baseline's statement, latency as a multiple of the baseline's", value: latency.get("graphql")! / latency.get("sql")!, unit: "×" },
        { label: "GraphQL over the baseline's statement, throughput as a share of the baseline's", value: graphqlRate.requestsPerSecond / sqlRate.requestsPerSecond, unit: "×" },
        { label: "GraphQL over the baseline's statement, large, latency as a multiple of the baseline's", value: largeLatency.get("graphql")! / largeLatency.get("sql")!, unit: "×" },
        { label: "failed requests", value: apiRate.failures + sqlRate.failures + graphqlRate.failures, unit: "", target: { atMost: 0 } },
      ];
    } finally {
      await Promise.all([api.stop(), baseline.stop(), graphqlOverSql.stop()]);
      await database.drop();
    }
  },
};
