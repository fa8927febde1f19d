import { readFileSync } from "node:fs";
import path from "node:path";
import { getIntrospectionQuery } from "graphql";
import { repositoryRoot } from "../../config/repository-root";
import { useTestApi, type GraphQLResponse } from "../../testing/test-api";
import { useTestDatabase } from "../../testing/test-database";
import { QUERY_LIMITS } from "./query-limits";

const database = useTestDatabase();
const production = useTestApi(database, { isProduction: true });
const development = useTestApi(database);

/**
 * Every operation the portal sends, exactly as it sends it (with its fragments), read from the generated documents so
 * that a new or bigger one is checked too.
 */
const portalOperations = [
  ...readFileSync(path.join(repositoryRoot(), "portal/app/graphql/generated/graphql.ts"), "utf8").matchAll(
    /export const \w+Document = new TypedDocumentString\(`([^`]*)`/g,
  ),
].map(([, operation]) => operation as string);

const repeat = (count: number, make: (index: number) => string) => Array.from({ length: count }, (_, index) => make(index)).join(" ");

/** Refused before it runs, with our message: neither the limit nor the query's count, nor GraphQL Armor's own words. */
function expectRefused({ status, body }: GraphQLResponse, message: string): void {
  expect(status).toBe(400);
  expect(body.errors).toContainEqual(expect.objectContaining({ message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }));
  for (const error of body.errors ?? []) expect(error.message).not.toMatch(/\d|limit|exceeded/i);
}

function expectAccepted({ status, body }: GraphQLResponse): void {
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
}

describe("the portal's operations, in production", () => {
  const credentials = { username: "robin", passphrase: "wide open field 8" };

  beforeAll(async () => {
    await database.make.youngPersonWithAccount({ ...credentials, firstName: "Robin" });
  });

  it.each(portalOperations.map((operation) => [/(?:query|mutation)\s+(\w+)/.exec(operation)?.[1], operation]))("run within every limit: %s", async (_name, operation) => {
    const signIn = await production.graphql("mutation ($input: SignInInput!) { signIn(input: $input) { ... on SignedIn { token } } }", { variables: { input: credentials } });
    const token = (signIn.body.data?.signIn as { token: string }).token;
    // Whether the operation then succeeds depends on its variables and data; here only the limits are in question.
    const { body } = await production.graphql(operation, { token, variables: { input: credentials } });
    const codes = (body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes).not.toContain("GRAPHQL_VALIDATION_FAILED");
    expect(codes).not.toContain("GRAPHQL_PARSE_FAILED");
  });
});

describe("the depth of a query", () => {
  it("is refused past the limit, without saying the limit", async () => {
    // The schema has no cycle yet, so a query this deep has to ask for fields that do not exist as well.
    const deep = `{ me { youngPerson { nextReview { scheduledFor ${"{ deeper ".repeat(QUERY_LIMITS.maxDepth - 3)}${"} ".repeat(QUERY_LIMITS.maxDepth - 3)} } } } }`;
    expectRefused(await production.graphql(deep), "The query is too deep.");
  });

  it("cannot be hidden in fragments", async () => {
    const levels = QUERY_LIMITS.maxDepth - 3;
    const deep = `{ me { ...A } } fragment A on Account { youngPerson { ... on YoungPerson { nextReview { ...R } } } } fragment R on Review { scheduledFor ${"{ deeper ".repeat(levels)}${"} ".repeat(levels)} }`;
    expectRefused(await production.graphql(deep), "The query is too deep.");
  });
});

describe("the cost of a query", () => {
  // Without a session `me` is null: what is checked is whether the query is let in at all. The cost is spread over a
  // few aliases of `me`, as graphql-js gives up comparing hundreds of identical fields in one selection.
  const costing = (cost: number) => {
    const parts = 4;
    const fields = cost - parts;
    const selections = Array.from({ length: parts }, (_, i) => `m${i}: me { ${"firstName ".repeat(Math.floor(fields / parts) + (i < fields % parts ? 1 : 0))} }`);
    return `{ ${selections.join(" ")} }`;
  };

  it("is accepted at the limit and refused one past it, without saying the limit", async () => {
    expectAccepted(await production.graphql(costing(QUERY_LIMITS.maxCost)));
    expectRefused(await production.graphql(costing(QUERY_LIMITS.maxCost + 1)), "The query is too complex.");
  });

  it("counts a list as the page it may return, so nested pages are refused", async () => {
    // 20 young people, each with a network priced as a page of 20: two fields each.
    expectRefused(await production.graphql("{ youngPeople { items { firstName network { relationship } } } }"), "The query is too complex.");
  });

  it("cannot be hidden in fragments spread many times", async () => {
    const levels = Math.ceil(Math.log2(QUERY_LIMITS.maxCost));
    const fan = repeat(levels, (level) => `fragment F${level} on Account { ...F${level + 1} ...F${level + 1} }`);
    expectRefused(await production.graphql(`{ me { ...F0 } } ${fan} fragment F${levels} on Account { firstName }`), "The query is too complex.");
  });
});

describe("aliases in a query", () => {
  const aliases = (count: number) => `{ me { firstName ${repeat(count, (index) => `name${index}: firstName`)} } }`;

  it("are accepted up to the limit and refused past it, without saying the limit", async () => {
    expectAccepted(await production.graphql(aliases(QUERY_LIMITS.maxAliases)));
    expectRefused(await production.graphql(aliases(QUERY_LIMITS.maxAliases + 1)), "The query has too many aliases.");
  });

  it("count in fragments too", async () => {
    const query = `{ me { ...Names } } fragment Names on Account { ${repeat(QUERY_LIMITS.maxAliases + 1, (index) => `name${index}: firstName`)} }`;
    expectRefused(await production.graphql(query), "The query has too many aliases.");
  });
});

describe("directives in a query", () => {
  const directives = (count: number) => `{ me { ${repeat(count, () => "firstName @include(if: true)")} } }`;

  it("are accepted up to the limit and refused past it, without saying the limit", async () => {
    expectAccepted(await production.graphql(directives(QUERY_LIMITS.maxDirectives)));
    expectRefused(await production.graphql(directives(QUERY_LIMITS.maxDirectives + 1)), "The query has too many directives.");
  });

  it("count every use, unknown ones too", async () => {
    const flood = `{ me { firstName ${"@unknown ".repeat(QUERY_LIMITS.maxDirectives + 1)} } }`;
    expectRefused(await production.graphql(flood), "The query has too many directives.");
  });
});

describe("the length of a query, in tokens", () => {
  // __typename costs nothing, so only the token limit applies. Six tokens a fragment keep the __typenames few enough
  // for graphql-js's own check of overlapping fields, which gives up at about a thousand fields of one name.
  const typenames = (tokens: number) => `{ ${"... on Query { __typename } ".repeat(Math.floor((tokens - 2) / 6))}${"__typename ".repeat((tokens - 2) % 6)} }`;

  it("is accepted at the limit", async () => {
    expectAccepted(await production.graphql(typenames(QUERY_LIMITS.maxTokens)));
  });

  it("is refused past it with 400 GRAPHQL_PARSE_FAILED, saying neither the limit nor where parsing stopped", async () => {
    const { status, body } = await production.graphql(typenames(QUERY_LIMITS.maxTokens + 1));
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: "The query is too long.", extensions: { code: "GRAPHQL_PARSE_FAILED" } }]);
  });

  it("tells a developer the parser's own reason", async () => {
    const { status, body } = await development.graphql(typenames(QUERY_LIMITS.maxTokens + 1));
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/tokens/), extensions: { code: "GRAPHQL_PARSE_FAILED" } });
  });
});

describe("in development", () => {
  it("lets the schema tools' full introspection query through, deeper as it is than the limit", async () => {
    const { status, body } = await development.graphql(getIntrospectionQuery());
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});
