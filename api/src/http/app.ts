import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express, type Request } from "express";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import type { Config } from "../config/config";
import { createContext } from "../graphql/create-context";
import type { Context } from "../kernel/context";
import { createFormatError } from "../graphql/format-error";
import { QUERY_LIMITS, queryLimitRules } from "../graphql/limits/query-limits";
import { logUnexpectedErrors } from "../graphql/log-errors";
import { requestTransactions } from "../graphql/request-transaction-plugin";
import { createSchema } from "../graphql/schema";
import { createServices } from "../graphql/services";
import type { Logger } from "../kernel/logger";
import { accessLog } from "./access-log";
import { healthRoutes } from "./health";
import { httpErrors, notFound } from "./http-errors";
import { requestId } from "./request-id";
import { sessionTokenFromRequest } from "./viewer";

export const BODY_LIMIT = "1mb";

export type AppOptions = {
  config: Pick<Config, "isProduction" | "sessionTtlMs" | "sessionIdleMs" | "trustProxy" | "tokenKey">;
  /** Connected as the API's own database role, so row-level security applies to every request. */
  db: DataSource;
  /**
   * A second pool, also as the API's role, for what happens outside a request's transaction: checking sessions,
   * passphrases and codes. A request holding a connection from the first pool never waits on the same pool again.
   */
  authDb: DataSource;
  log: Logger;
  httpServer: Server;
};

/** The API as an Express app: health checks and `/graphql`. The caller owns the HTTP server and the database. */
export async function createApp({ config, db, authDb, log, httpServer }: AppOptions): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const services = createServices(authDb, config);
  // A fault while reading the session happens before any resolver runs, so Apollo's error hooks never see it.
  const openRequest = async (request: Request, requestLog: Logger) => {
    try {
      const token = sessionTokenFromRequest(request);
      return await createContext({ requestId: request.id, clientAddress: request.ip ?? "unknown", log: requestLog, token, db, services, tokenKey: config.tokenKey });
    } catch (error) {
      if (!(error instanceof GraphQLError)) requestLog.error({ err: error }, "could not read the caller's session");
      throw error;
    }
  };
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: !config.isProduction,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxLexicalTokens: QUERY_LIMITS.maxTokens },
    validationRules: queryLimitRules,
    formatError: createFormatError({ hideSchemaHints: config.isProduction }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      logUnexpectedErrors,
      requestTransactions,
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
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestLog = log.child({ requestId: req.id });
        const context = await openRequest(req, requestLog);
        // Apollo refuses some malformed requests after the context is made and before any plugin runs: whatever
        // happens, the transaction ends with the response (a no-op once the plugin has committed).
        res.on("close", () => {
          context.transaction.finish("rollback").catch((error: unknown) => requestLog.error({ err: error }, "could not end the request's transaction"));
        });
        return context;
      },
    }),
  );
  app.use(notFound);
  app.use(httpErrors(log));
  return { app, apollo };
}
