import type { Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express, type Request } from "express";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import type { Config } from "../config/config";
import { isDatabaseUnavailable } from "../database/unavailable";
import { createContext } from "../graphql/create-context";
import type { Context } from "../kernel/context";
import { serviceUnavailable } from "../kernel/errors";
import { createFormatError } from "../graphql/format-error";
import { QUERY_LIMITS, queryLimitRules } from "../graphql/limits/query-limits";
import { logFault, logUnexpectedErrors } from "../graphql/log-errors";
import { requestTransactions } from "../graphql/request-transaction-plugin";
import { createSchema } from "../graphql/schema";
import { createServices } from "../graphql/services";
import { trustedDocumentOptions } from "../graphql/trusted-documents";
import type { Logger } from "../kernel/logger";
import { accessLog } from "./access-log";
import { healthRoutes } from "./health";
import { httpErrors, notFound } from "./http-errors";
import { noStore } from "./no-store";
import { requestId } from "./request-id";
import { sessionTokenFromRequest } from "./viewer";

export const BODY_LIMIT = "1mb";

export type AppOptions = {
  config: Pick<Config, "isProduction" | "sessionTtlMs" | "sessionIdleMs" | "trustProxy" | "tokenKey" | "trustedDocuments">;
  /** Connected as the API's own database role, so row-level security applies to every request. */
  db: DataSource;
  /**
   * A second pool, also as the API's role, for what happens outside a request's transaction: checking sessions,
   * passphrases and codes. A request holding a connection from the first pool never waits on the same pool again.
   */
  authDb: DataSource;
  log: Logger;
  httpServer: Server;
  /** Apollo plugins after the API's own: the tests watch the request pipeline with one. */
  plugins?: ApolloServerPlugin<Context>[];
};

/** The API as an Express app: health checks and `/graphql`. The caller owns the HTTP server and the database. */
export async function createApp({ config, db, authDb, log, httpServer, plugins = [] }: AppOptions): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const services = createServices(authDb, config);
  // A fault before any resolver runs (reading the session, opening the transaction) is never seen by Apollo's error
  // hooks: it is logged here, and a database away is answered 503 with Retry-After (ADR 019).
  const startRequest = async (request: Request, requestLog: Logger): Promise<Context> => {
    try {
      const token = sessionTokenFromRequest(request);
      return await createContext({ requestId: request.id, clientAddress: request.ip ?? "unknown", log: requestLog, token, db, services, tokenKey: config.tokenKey });
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      logFault(requestLog, error, "could not start the request");
      throw isDatabaseUnavailable(error) ? serviceUnavailable() : error;
    }
  };
  const schema = await createSchema();
  const parseOptions = { maxLexicalTokens: QUERY_LIMITS.maxTokens };
  const trusted = trustedDocumentOptions(config.trustedDocuments, { schema, parseOptions, validationRules: queryLimitRules });
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: !config.isProduction,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions,
    validationRules: queryLimitRules,
    // The portal's documents are trusted from the manifest alone: no client may register one (ADR 017).
    persistedQueries: false,
    documentStore: trusted.documentStore,
    formatError: createFormatError({ hideSchemaHints: config.isProduction }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No answer is ever cached (noStore), so no field sets a cache hint; Apollo's cache-control plugin would
      // otherwise wrap every field's resolver to collect hints nobody reads (ADR 026).
      ApolloServerPluginCacheControlDisabled(),
      logUnexpectedErrors,
      requestTransactions,
      ...plugins,
    ],
    logger: log,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  // The portal passes on its visitor's address; only a proxy we trust may, or anyone could dodge the throttle.
  app.set("trust proxy", config.trustProxy);
  app.use(requestId);
  app.use(accessLog(log));
  app.use(healthRoutes(db));
  app.use(
    "/graphql",
    noStore,
    express.json({ limit: BODY_LIMIT }),
    trusted.requests,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestLog = log.child({ requestId: req.id });
        const context = await startRequest(req, requestLog);
        // Apollo refuses some malformed requests after the context is made and before any plugin runs, and a client
        // may go away mid-request: whatever happens, the transaction ends with the response (a no-op once the plugin
        // has committed), and resolvers still running are refused any further query (RequestTransactionEnded).
        res.on("close", () => {
          context.transaction.finish("rollback").catch((error: unknown) => logFault(requestLog, error, "could not end the request's transaction"));
        });
        return context;
      },
    }),
  );
  app.use(notFound);
  app.use(httpErrors(log));
  return { app, apollo };
}
