import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ApiError, createApiClient } from "./api.server";
import { HomeQuery } from "~/home/home.operations.server";
import { thrownResponse } from "~/testing/thrown-response";

/** The manifest the API reads: each trusted document's hash to its text. */
const trustedDocuments: Record<string, string> = JSON.parse(readFileSync(path.resolve(__dirname, "../../../schema/trusted-documents.json"), "utf8"));

type Reply = { status: number; body: unknown; headers?: Record<string, string> };
let reply: Reply;
let received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.writeHead(reply.status, { "content-type": "application/json", ...reply.headers }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  received = [];
});

describe("the portal's API client", () => {
  it("sends the operation by its trusted document's hash alone, with the session token and request id, and returns the data", async () => {
    reply = { status: 200, body: { data: { me: null } } };
    const data = await createApiClient(url)(HomeQuery, {}, { token: "abc", requestId: "req-12345678" });
    expect(data).toEqual({ me: null });
    expect(received[0]?.headers.authorization).toBe("Bearer abc");
    expect(received[0]?.headers["x-request-id"]).toBe("req-12345678");
    const sent = JSON.parse(received[0]?.body ?? "{}");
    expect(sent).toEqual({ variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } } });
    // The hash names the Home query among the documents the API trusts.
    expect(trustedDocuments[sent.extensions.persistedQuery.sha256Hash]).toContain("query Home {");
  });

  it.each([
    [401, "UNAUTHENTICATED", "UNAUTHENTICATED"],
    [200, "FORBIDDEN", "FORBIDDEN"],
    [200, "BAD_USER_INPUT", "BAD_USER_INPUT"],
    [500, "INTERNAL_SERVER_ERROR", "INTERNAL_SERVER_ERROR"],
    [400, "GRAPHQL_VALIDATION_FAILED", "INTERNAL_SERVER_ERROR"],
  ])("turns a %i %s from the API into %s", async (status, code, expected) => {
    reply = { status, body: { errors: [{ message: "no", extensions: { code } }] } };
    const failure = await createApiClient(url)(HomeQuery, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe(expected);
  });

  it("carries each field the API refused with its code, for the page to put in its own words", async () => {
    const fields = [{ field: "reason", code: "TOO_LONG", message: "Keep the reason to 1000 characters." }];
    reply = { status: 200, body: { errors: [{ message: "Keep the reason to 1000 characters.", extensions: { code: "BAD_USER_INPUT", fields } }] } };
    await expect(createApiClient(url)(HomeQuery, {})).rejects.toMatchObject({ code: "BAD_USER_INPUT", fields });
  });

  it("answers 503, passing on when to try again, when the API cannot reach its records for a moment", async () => {
    const message = "We cannot reach your records just now. Please try again in a moment.";
    reply = { status: 503, headers: { "retry-after": "5" }, body: { errors: [{ message, extensions: { code: "SERVICE_UNAVAILABLE" } }] } };
    const response = await thrownResponse(createApiClient(url)(HomeQuery, {}));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
  });

  it("says the API is unavailable when nothing answers", async () => {
    const failure = await createApiClient("http://127.0.0.1:9/graphql")(HomeQuery, {}).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "UNAVAILABLE" });
  });
});
