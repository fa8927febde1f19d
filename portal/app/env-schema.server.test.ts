import { parseEnv } from "./env-schema.server";

const secret = "s".repeat(32);

describe("the portal's settings", () => {
  it("accepts a secret and fills in the rest", () => {
    expect(parseEnv({ SESSION_SECRET: secret })).toEqual({
      isProduction: false,
      isDevelopment: true,
      apiUrl: "http://127.0.0.1:4000/graphql",
      sessionSecret: secret,
      publicOrigin: null,
    });
  });

  it("takes the portal's public address for the links it makes, as an origin", () => {
    expect(parseEnv({ SESSION_SECRET: secret, PUBLIC_URL: "https://myreview.example.gov.uk/" }).publicOrigin).toBe("https://myreview.example.gov.uk");
  });

  it.each([
    ["production", { isProduction: true, isDevelopment: false }],
    ["development", { isProduction: false, isDevelopment: true }],
    ["test", { isProduction: false, isDevelopment: false }],
  ])("tells NODE_ENV=%s apart from the other modes", (NODE_ENV, modes) => {
    expect(parseEnv({ SESSION_SECRET: secret, NODE_ENV })).toMatchObject(modes);
  });

  it.each([
    [{}, "Configuration error: SESSION_SECRET is required"],
    [{ SESSION_SECRET: "short" }, "Configuration error: SESSION_SECRET must be at least 32 characters"],
    [{ SESSION_SECRET: secret, API_URL: "not a url" }, "Configuration error: API_URL must be the API's GraphQL URL"],
    [{ SESSION_SECRET: secret, NODE_ENV: "live" }, "Configuration error: NODE_ENV"],
    [{ SESSION_SECRET: secret, PUBLIC_URL: "myreview" }, "Configuration error: PUBLIC_URL must be the portal's address"],
  ])("stops with one line naming the bad variable (%j)", (env, message) => {
    expect(() => parseEnv(env)).toThrow(message);
  });
});
