import { createHash } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import { defaultTrustedDocumentsFile } from "../config/config";
import { readTrustedDocumentSources } from "../config/trusted-documents";
import type { Context } from "../kernel/context";
import { useTestApi, type TestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { QUERY_LIMITS, queryLimitRules } from "./limits/query-limits";
import { createSchema } from "./schema";
import { trustedDocumentOptions, type DocumentChecks } from "./trusted-documents";

/** The stages Apollo went through for the last request, as a plugin sees them. */
let stages: string[] = [];
const pipelineWatcher: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    stages = [];
    return {
      async parsingDidStart() {
        stages.push("parsed");
      },
      async validationDidStart() {
        stages.push("validated");
      },
      async executionDidStart() {
        stages.push("executed");
      },
    };
  },
};

const database = useTestDatabase();
const api = useTestApi(database, { plugins: [pipelineWatcher] });
const production = useTestApi(database, { isProduction: true });
const PASSPHRASE = "five tall lighthouses";

const sources = readTrustedDocumentSources(defaultTrustedDocumentsFile());
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function trustedHash(operationName: string): string {
  const found = [...sources].find(([, source]) => new RegExp(`\\b(query|mutation) ${operationName}\\b`).test(source));
  if (!found) throw new Error(`No trusted document is the operation ${operationName}`);
  return found[0];
}

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function sendHash(to: TestApi, sha256Hash: string, options: { token?: string; variables?: Record<string, unknown>; query?: string } = {}) {
  const { token, variables, query } = options;
  const body = JSON.stringify({ query, variables, extensions: { persistedQuery: { version: 1, sha256Hash } } });
  const response = await to.post("/graphql", body, token ? { authorization: `Bearer ${token}` } : {});
  return response as { status: number; body: Body };
}

const codesOf = (body: Body) => (body.errors ?? []).map((error) => error.extensions?.code);

describe("a trusted document sent by its hash", () => {
  let youngPersonId: string;
  let ownIro: string;
  let otherIro: string;

  beforeAll(async () => {
    const { make } = database;
    const { youngPerson } = await make.youngPersonWithAccount({ firstName: "Asha" });
    const { person: iro } = await make.iroWithAccount({ username: "trusted.iro", passphrase: PASSPHRASE });
    await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
    await make.iroWithAccount({ username: "other.iro", passphrase: PASSPHRASE });
    youngPersonId = youngPerson.id;
    ownIro = await api.tokenFor("trusted.iro", PASSPHRASE);
    otherIro = await api.tokenFor("other.iro", PASSPHRASE);
  });

  it("runs for a signed-in caller, under the same access rules as the whole text", async () => {
    const hash = trustedHash("YoungPersonName");
    const own = await sendHash(api, hash, { token: ownIro, variables: { id: youngPersonId } });
    expect(own.body).toEqual({ data: { youngPerson: { firstName: "Asha", hasAccount: true } } });

    const someoneElses = await sendHash(api, hash, { token: otherIro, variables: { id: youngPersonId } });
    expect(codesOf(someoneElses.body)).toEqual(["NOT_FOUND"]);
    const signedOut = await sendHash(api, hash, { variables: { id: youngPersonId } });
    expect(codesOf(signedOut.body)).toEqual(["UNAUTHENTICATED"]);
  });

  it("is neither parsed nor validated again: that was done once, at start", async () => {
    await sendHash(api, trustedHash("ViewerRole"), { token: ownIro });
    expect(stages).toEqual(["executed"]);
  });

  it("is refused with PERSISTED_QUERY_NOT_FOUND when no trusted document has the hash", async () => {
    for (const to of [api, production]) {
      const { status, body } = await sendHash(to, sha256("query { me { firstName } }"), { token: ownIro });
      expect(status).toBe(400);
      expect(body).toEqual({ errors: [expect.objectContaining({ message: "No trusted document has this hash.", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } })] });
    }
  });

  it("is refused when sent with a text, which never becomes trusted", async () => {
    const other = "query { me { firstName role } }";
    for (const to of [api, production]) {
      const swapped = await sendHash(to, trustedHash("ViewerRole"), { token: ownIro, query: other });
      expect(swapped.status).toBe(400);
      expect(codesOf(swapped.body)).toEqual(["BAD_REQUEST"]);
      expect(swapped.body.data).toBeUndefined();

      const registering = await sendHash(to, sha256(other), { token: ownIro, query: other });
      expect(registering.status).toBe(400);
      expect(codesOf(registering.body)).toEqual(["BAD_REQUEST"]);
      expect(codesOf((await sendHash(to, sha256(other), { token: ownIro })).body)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    }
  });

  it("is refused when the persisted query is not Apollo's version 1 with a hash, or comes with GET", async () => {
    const persistedQuery = { version: 1, sha256Hash: trustedHash("ViewerRole") };
    const versionTwo = await api.post("/graphql", JSON.stringify({ extensions: { persistedQuery: { ...persistedQuery, version: 2 } } }));
    expect(versionTwo.status).toBe(400);
    expect(codesOf(versionTwo.body as Body)).toEqual(["BAD_REQUEST"]);

    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery }));
    const byGet = await fetch(`${api.url}/graphql?extensions=${extensions}`, { headers: { "apollo-require-preflight": "true" } });
    expect(byGet.status).toBe(400);
    expect(codesOf((await byGet.json()) as Body)).toEqual(["BAD_REQUEST"]);
  });
});

const aliasesOf = (field: string, count: number) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ");

describe("a whole document, as other clients send", () => {
  it("is parsed and validated", async () => {
    await api.graphql("query WholeText { me { firstName } }");
    expect(stages).toEqual(["parsed", "validated", "executed"]);
  });

  it("still meets the query limits, even when it is a trusted document's text made bigger", async () => {
    const { status, body } = await production.graphql(`{ me { ${aliasesOf("firstName", QUERY_LIMITS.maxAliases + 1)} } }`);
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ message: "The query has too many aliases.", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } })]);

    const bigger = sources.get(trustedHash("ViewerRole"))?.replace("role", `role ${aliasesOf("role", QUERY_LIMITS.maxAliases + 1)}`) ?? "";
    expect(codesOf((await production.graphql(bigger)).body)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });
});

describe("the manifest, at start", () => {
  let checks: DocumentChecks;
  beforeAll(async () => {
    checks = { schema: await createSchema(), parseOptions: { maxLexicalTokens: QUERY_LIMITS.maxTokens }, validationRules: queryLimitRules };
  });
  const manifestOf = (...texts: string[]) => new Map(texts.map((text) => [sha256(text), text]));

  it("stops the API when a document does not fit the schema, naming its hash", () => {
    const stale = "query Gone { me { nickname } }";
    expect(() => trustedDocumentOptions(manifestOf("query ViewerRole { me { role } }", stale), checks)).toThrow(
      `The trusted document ${sha256(stale)} is not valid: Cannot query field "nickname" on type "Account".`,
    );
  });

  it("stops the API when a document is past a query limit, as any other query would be refused", () => {
    const tooMany = `query TooMany { me { ${aliasesOf("firstName", QUERY_LIMITS.maxAliases + 1)} } }`;
    expect(() => trustedDocumentOptions(manifestOf(tooMany), checks)).toThrow(`The trusted document ${sha256(tooMany)} is not valid: The query has too many aliases.`);
  });
});
