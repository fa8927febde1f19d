import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import type { ApolloServer, ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../kernel/context";
import { defaultTrustedDocumentsFile } from "../config/config";
import { readTrustedDocumentSources } from "../config/trusted-documents";
import { createApp } from "../http/app";
import { createLogger } from "../kernel/logger";
import type { DataSource } from "typeorm";

export type GraphQLResponse = {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
};

export type TestApi = {
  readonly url: string;
  /** Every log line written so far, parsed. */
  readonly logLines: Record<string, unknown>[];
  graphql(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string; authorization?: string; clientAddress?: string },
  ): Promise<GraphQLResponse>;
  post(path: string, body: string, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  /** Signs in through the API as a client would, and gives the session token. */
  tokenFor(username: string, passphrase: string): Promise<string>;
};

/** The key the test API makes tokens with that it can show again (ADR 014). */
export const TEST_TOKEN_KEY = "a key for the tests only, long enough to pass";

/** Runs the real API over HTTP on a free port for the calling test file, against its own database. */
export function useTestApi(
  database: { readonly apiDb: DataSource; readonly authDb: DataSource },
  options: { isProduction?: boolean; sessionTtlMs?: number; plugins?: ApolloServerPlugin<Context>[] } = {},
): TestApi {
  const { isProduction = false, sessionTtlMs = 60 * 60 * 1000, plugins } = options;
  const logLines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  let server: Server | undefined;
  let apollo: ApolloServer<Context> | undefined;
  let url = "";

  beforeAll(async () => {
    server = createServer();
    const log = createLogger("info", sink);
    const trustedDocuments = readTrustedDocumentSources(defaultTrustedDocumentsFile());
    const config = { isProduction, sessionTtlMs, sessionIdleMs: 30 * 60 * 1000, trustProxy: "loopback", tokenKey: TEST_TOKEN_KEY, trustedDocuments };
    const created = await createApp({ config, db: database.apiDb, authDb: database.authDb, log, httpServer: server, plugins });
    apollo = created.apollo;
    server.on("request", created.app);
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await apollo?.stop();
  });

  const post = async (path: string, body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    return { status: response.status, body: await response.json() };
  };

  const api: TestApi = {
    get url() {
      return url;
    },
    logLines,
    post,
    async tokenFor(username, passphrase) {
      const { body } = await api.graphql("mutation ($i: SignInInput!) { signIn(input: $i) { ... on SignedIn { token } } }", {
        variables: { i: { username, passphrase } },
      });
      const token = (body.data?.signIn as { token?: string } | undefined)?.token;
      if (!token) throw new Error(`${username} could not sign in: ${JSON.stringify(body)}`);
      return token;
    },
    async graphql(query, { variables, token, authorization, clientAddress } = {}) {
      const headers: Record<string, string> = {};
      if (clientAddress) headers["x-forwarded-for"] = clientAddress;
      const header = authorization ?? (token ? `Bearer ${token}` : undefined);
      if (header) headers.authorization = header;
      const response = await post("/graphql", JSON.stringify({ query, variables }), headers);
      return response as GraphQLResponse;
    },
  };
  return api;
}
