import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApiError, badInputFields, createApiClient } from "./api.server";
import { HomeQuery } from "~/home/home.operations.server";

type Reply = { status: number; body: unknown };
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
      response.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
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
  it("sends the operation with the session token and request id, and returns the data", async () => {
    reply = { status: 200, body: { data: { me: null } } };
    const data = await createApiClient(url)(HomeQuery, {}, { token: "abc", requestId: "req-12345678" });
    expect(data).toEqual({ me: null });
    expect(received[0]?.headers.authorization).toBe("Bearer abc");
    expect(received[0]?.headers["x-request-id"]).toBe("req-12345678");
    expect(JSON.parse(received[0]?.body ?? "{}").query).toContain("query Home");
  });

  it.each([
    [401, "UNAUTHENTICATED", "UNAUTHENTICATED"],
    [200, "FORBIDDEN", "FORBIDDEN"],
    [200, "BAD_USER_INPUT", "BAD_USER_INPUT"],
    [500, "INTERNAL_SERVER_ERROR", "INTERNAL_SERVER_ERROR"],
    [400, "GRAPHQL_VALIDATION_FAILED", "INTERNAL_SERVER_ERROR"],
  ])("turns a %i %s from the API into %s", async (status, code, expected) => {
    reply = { status, body: { errors: [{ message: "no", extensions: { code, fields: [{ field: "x", message: "y" }] } }] } };
    const failure = await createApiClient(url)(HomeQuery, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe(expected);
  });

  it("says the API is unavailable when nothing answers", async () => {
    const failure = await createApiClient("http://127.0.0.1:9/graphql")(HomeQuery, {}).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "UNAVAILABLE" });
  });
});

describe("what to put right after the API refused an answer", () => {
  it("is the API's field messages, or its one message when it named no field", () => {
    expect(badInputFields(new ApiError("BAD_USER_INPUT", "Enter a name.", [{ field: "name", message: "Enter a name." }]))).toEqual([
      { field: "name", message: "Enter a name." },
    ]);
    expect(badInputFields(new ApiError("BAD_USER_INPUT", "That will not do."))).toEqual([{ field: "", message: "That will not do." }]);
  });

  it("is nothing to put right when the failure is not the person's: that is thrown on", () => {
    const outage = new ApiError("UNAVAILABLE", "The API could not be reached.");
    expect(() => badInputFields(outage)).toThrow(outage);
  });
});
