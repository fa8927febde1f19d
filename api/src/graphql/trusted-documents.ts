import { InMemoryLRUCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { Request, RequestHandler } from "express";
import { parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ParseOptions, type ValidationRule } from "graphql";
import type { TrustedDocumentSources } from "../config/trusted-documents";
import { ErrorCode } from "../kernel/errors";

/** What the API runs for each trusted hash: the document, parsed and validated once, at start. */
type TrustedDocuments = ReadonlyMap<string, DocumentNode>;

export type DocumentChecks = { schema: GraphQLSchema; parseOptions: ParseOptions; validationRules: readonly ValidationRule[] };

/**
 * Parses and validates every trusted document against the schema and the same limits as any other query. A document
 * that fails stops the API from starting: the portal would otherwise meet the failure on a page.
 */
function prepareTrustedDocuments(sources: TrustedDocumentSources, { schema, parseOptions, validationRules }: DocumentChecks): TrustedDocuments {
  const documents = new Map<string, DocumentNode>();
  for (const [hash, source] of sources) {
    const refuse = (problem: string) => new Error(`The trusted document ${hash} ${problem}. Run \`npm run codegen\` and commit the result.`);
    let document: DocumentNode;
    try {
      document = parse(source, parseOptions);
    } catch (error) {
      throw refuse(`does not parse: ${error instanceof Error ? error.message : String(error)}`);
    }
    const [problem] = validate(schema, document, [...specifiedRules, ...validationRules]);
    if (problem) throw refuse(`is not valid: ${problem.message}`);
    documents.set(hash, document);
  }
  return documents;
}

// Apollo prefixes the keys it asks a document store for with the schema's hash; the document's hash comes last.
const hashIn = (key: string) => key.slice(key.lastIndexOf(":") + 1);

/**
 * Apollo's document store: the trusted documents, already validated, so that a request for one is neither parsed nor
 * validated again; other documents are kept once they pass validation, as Apollo's own store does.
 */
function documentStore(trusted: TrustedDocuments): KeyValueCache<DocumentNode> {
  const others = new InMemoryLRUCache<DocumentNode>();
  return {
    get: async (key) => trusted.get(hashIn(key)) ?? others.get(key),
    set: async (key, document, options) => {
      if (!trusted.has(hashIn(key))) await others.set(key, document, options);
    },
    delete: async (key) => others.delete(key),
  };
}

type Refusal = { code: typeof ErrorCode.BAD_REQUEST | typeof ErrorCode.PERSISTED_QUERY_NOT_FOUND; message: string };

const isPersistedQuery = (value: unknown): value is { version: 1; sha256Hash: string } =>
  typeof value === "object" && value !== null && "version" in value && value.version === 1 && "sha256Hash" in value && typeof value.sha256Hash === "string";

/** The trusted document a request names by its hash, or why it is refused. */
function trustedSourceFor(request: Request, sources: TrustedDocumentSources, persisted: unknown): string | Refusal {
  if (request.method !== "POST") return { code: ErrorCode.BAD_REQUEST, message: "Send a trusted document's hash with POST." };
  // A hash sent with a text would trust the text (Apollo's automatic persisted queries): only the manifest does.
  if (request.body.query !== undefined) return { code: ErrorCode.BAD_REQUEST, message: "Send either a trusted document's hash or a whole query, not both." };
  if (!isPersistedQuery(persisted)) return { code: ErrorCode.BAD_REQUEST, message: "A persisted query is { version: 1, sha256Hash }." };
  return sources.get(persisted.sha256Hash) ?? { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND, message: "No trusted document has this hash." };
}

/** The persisted query a request carries, if any: in a POST's body, or in a GET's `extensions` as Apollo reads it. */
function persistedQueryIn(request: Request): unknown {
  if (request.method !== "GET") return isObject(request.body) && isObject(request.body.extensions) ? request.body.extensions.persistedQuery : undefined;
  try {
    const extensions: unknown = typeof request.query.extensions === "string" ? JSON.parse(request.query.extensions) : undefined;
    return isObject(extensions) ? extensions.persistedQuery : undefined;
  } catch {
    return undefined; // Apollo refuses extensions that are not JSON itself.
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Puts the text of the trusted document a request names by its hash (`extensions.persistedQuery.sha256Hash`, as Apollo
 * clients send it) in its place, before Apollo sees the request; Apollo's own persisted queries stay off. An unknown
 * hash, or a hash sent with a text, is refused with HTTP 400 and a code.
 */
function trustedDocumentRequests(sources: TrustedDocumentSources): RequestHandler {
  return (request, response, next) => {
    const persisted = persistedQueryIn(request);
    if (persisted === undefined) return next();
    const source = trustedSourceFor(request, sources, persisted);
    if (typeof source !== "string") {
      response.status(400).json({ errors: [{ message: source.message, extensions: { code: source.code } }] });
      return;
    }
    const { persistedQuery: _named, ...extensions } = request.body.extensions;
    request.body = { ...request.body, query: source, extensions };
    next();
  };
}

/**
 * What runs the portal's trusted documents by hash (ADR 017): the documents parsed and validated here, once (a
 * document that fails stops the API), kept in Apollo's document store; and the requests' hashes swapped for their
 * texts before Apollo. Whole documents from any other client are parsed and validated as before.
 */
export function trustedDocumentOptions(sources: TrustedDocumentSources, checks: DocumentChecks) {
  return { documentStore: documentStore(prepareTrustedDocuments(sources, checks)), requests: trustedDocumentRequests(sources) };
}
