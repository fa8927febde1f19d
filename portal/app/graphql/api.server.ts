import type { TypedDocumentString } from "./generated/graphql";
import type { ErrorCode, FieldErrorCode } from "./generated/schema-enums";

/** One field the API refused: `code` is for the portal to put in its own words; `message` is the API's English. */
export type FieldError = { field: string; code: FieldErrorCode; message: string };
/** The API's codes, and the portal's own for an API it could not reach. */
export type ApiErrorCode = ErrorCode | "UNAVAILABLE";

/** A failure the API reported (or the API being out of reach), with the code that says what the page should do. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type GraphQLBody<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: FieldError[] } }[] };

// The codes a page acts on; any other failure is a fault, whoever made it.
const PASSED_ON: ReadonlySet<string> = new Set<ErrorCode>(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "CHOICES_LOCKED"]);

export type ApiClient = <Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options?: CallOptions,
) => Promise<Result>;

/**
 * The API cannot reach its records for a moment: the page says so kindly (root's error boundary), with the API's
 * Retry-After, rather than as a fault.
 */
function tryAgainSoon(retryAfter: string | null): Response {
  return new Response(null, { status: 503, headers: retryAfter ? { "Retry-After": retryAfter } : {} });
}

export type CallOptions = { token?: string; requestId?: string; clientAddress?: string };

/**
 * The body naming one of the portal's operations by its hash alone (ADR 017): the API runs the trusted document it
 * parsed and validated when it started. `npm run codegen` writes the hashes and the API's manifest together.
 */
function requestBody(document: Pick<TypedDocumentString<unknown, unknown>, "__meta__">, variables: unknown): string {
  const sha256Hash: unknown = document.__meta__?.hash;
  if (typeof sha256Hash !== "string") throw new Error("This operation has no trusted document hash: run `npm run codegen`.");
  return JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } });
}

/** Calls the API from the portal's server. Only the server holds the API token; the browser never sees it. */
export function createApiClient(apiUrl: string, fetchImpl: typeof fetch = fetch): ApiClient {
  return async (document, variables, options = {}) => {
    const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.requestId) headers["x-request-id"] = options.requestId;
    if (options.clientAddress) headers["x-forwarded-for"] = options.clientAddress;

    let response: Response;
    try {
      response = await fetchImpl(apiUrl, { method: "POST", headers, body: requestBody(document, variables) });
    } catch {
      throw new ApiError("UNAVAILABLE", "The API could not be reached.");
    }
    const body = (await response.json().catch(() => ({}))) as GraphQLBody<never>;
    const error = body.errors?.[0];
    if (error) {
      const code = String(error.extensions?.code ?? "");
      if (code === "SERVICE_UNAVAILABLE") throw tryAgainSoon(response.headers.get("retry-after"));
      throw new ApiError(PASSED_ON.has(code) ? (code as ApiErrorCode) : "INTERNAL_SERVER_ERROR", error.message, error.extensions?.fields ?? []);
    }
    if (!response.ok || !body.data) throw new ApiError("INTERNAL_SERVER_ERROR", `The API answered ${response.status}.`);
    return body.data;
  };
}
