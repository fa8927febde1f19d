import { ErrorCode } from "../kernel/errors";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";

const database = useTestDatabase();
const production = useTestApi(database, { isProduction: true });
const development = useTestApi(database, { isProduction: false });

describe("requests the API refuses, in production", () => {
  it("refuses a body over 1 MB with 413 PAYLOAD_TOO_LARGE", async () => {
    const query = `{ me { firstName } } # ${"x".repeat(1024 * 1024)}`;
    const { status, body } = await production.post("/graphql", JSON.stringify({ query }));
    expect(status).toBe(413);
    expect(body).toEqual({ errors: [{ message: "The request is too large. The limit is 1 MB.", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("refuses a body that is not JSON with 400 BAD_REQUEST", async () => {
    const { status, body } = await production.post("/graphql", '{"query": ');
    expect(status).toBe(400);
    expect(body).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
  });

  it("refuses malformed GraphQL with 400 GRAPHQL_PARSE_FAILED", async () => {
    const { status, body } = await production.graphql("{ me { firstName }");
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("refuses an unknown field without suggesting the names it knows", async () => {
    const { status, body } = await production.graphql("{ me { firstNme } }");
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(body.errors?.[0]?.message).not.toMatch(/did you mean/i);
    expect(JSON.stringify(body)).not.toContain("firstName");
  });

  it("refuses a variable of the wrong type with 400 BAD_USER_INPUT", async () => {
    const { status, body } = await production.graphql("mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }", {
      variables: { input: { username: 42, passphrase: ["not", "a", "string"] } },
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toBe('Variable "$input" has a value of the wrong type or shape.');
  });

  it("never echoes a variable's value, such as a passphrase in a misspelt input", async () => {
    const { body } = await production.graphql("mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }", {
      variables: { input: { usernam: "sam", passphrase: "my secret words" } },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(body)).not.toContain("my secret words");
  });

  it("refuses a variable with more wrong parts than graphql-js will list as BAD_USER_INPUT, not a fault", async () => {
    const unknownFields = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`extra${i}`, "my secret words"]));
    const { status, body } = await production.graphql("mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }", {
      variables: { input: { username: "sam", passphrase: "sunny", ...unknownFields } },
    });
    expect(status).toBe(400);
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(Array(body.errors?.length).fill("BAD_USER_INPUT"));
    expect(JSON.stringify(body)).not.toContain("my secret words");
  });

  it("hints at no enum value in production", async () => {
    const { body } = await production.graphql("mutation { addToNetwork(input: { youngPersonId: \"x\", relationship: MOTHR, mayBeInvited: true }) { id } }");
    expect(body.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });

  it("returns every connection it took, even for requests it refused before running them", async () => {
    const batch = JSON.stringify([{ query: "{ me { role } }" }]);
    for (let refused = 0; refused < 8; refused += 1) await production.post("/graphql", batch);
    await production.post("/graphql", JSON.stringify({ query: 1 }));
    const { status } = await production.graphql("{ me { role } }");
    expect(status).toBe(200);
  });

  it("refuses introspection", async () => {
    const { status, body } = await production.graphql("{ __schema { types { name } } }");
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses a batch of operations", async () => {
    const { status, body } = await production.post("/graphql", JSON.stringify([{ query: "{ me { role } }" }, { query: "{ me { role } }" }]));
    expect(status).toBe(400);
    expect(body).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
  });

  it("answers an unknown address with 404 NOT_FOUND", async () => {
    const { status, body } = await production.post("/admin", "{}");
    expect(status).toBe(404);
    expect(body).toMatchObject({ errors: [{ extensions: { code: "NOT_FOUND" } }] });
  });

  it("answers every kind of refusal with a code the schema's ErrorCode names, so a typed client can tell each apart", async () => {
    const refusals = await Promise.all([
      production.graphql("{ me {"),
      production.graphql("{ me { firstNme } }"),
      production.post("/graphql", JSON.stringify({ query: "query A { me { role } } query B { me { role } }" })),
      production.post("/graphql", JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } })),
      production.post("/graphql", '{"query": '),
      production.post("/graphql", JSON.stringify({ query: `{ me { role } } # ${"x".repeat(1024 * 1024)}` })),
    ]);
    const codes = refusals.map(({ body }) => (body as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code);
    expect(codes).toEqual(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "OPERATION_RESOLUTION_FAILURE", "PERSISTED_QUERY_NOT_FOUND", "BAD_REQUEST", "PAYLOAD_TOO_LARGE"]);
    for (const code of codes) expect(Object.keys(ErrorCode)).toContain(code);
  });

  it("never sends a stack trace", async () => {
    const responses = await Promise.all([production.graphql("{ me { firstNme } }"), production.graphql("{ me {"), production.graphql("{ me { role } }", { authorization: "Bearer x" })]);
    for (const { body } of responses) expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+|at .*\(/);
  });
});

describe("the same requests in development", () => {
  it("allows introspection, for the schema tools", async () => {
    const { status, body } = await development.graphql("{ __schema { queryType { name } } }");
    expect(status).toBe(200);
    expect(body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("suggests the field that was meant", async () => {
    const { body } = await development.graphql("{ me { firstNme } }");
    expect(body.errors?.[0]?.message).toMatch(/Did you mean "firstName"\?/);
  });
});
