import type { ApolloServerPlugin, GraphQLResponse } from "@apollo/server";
import { isDatabaseUnavailable } from "../database/unavailable";
import type { Context } from "../kernel/context";
import { GraphQLError } from "graphql";
import { ErrorCode, RETRY_AFTER_SECONDS, serviceUnavailable } from "../kernel/errors";
import { logFault } from "./log-errors";

function errorCodes(response: GraphQLResponse): unknown[] {
  return response.body.kind === "single" ? (response.body.singleResult.errors ?? []).map((error) => error.extensions?.code) : [];
}

/**
 * Ends each request's transaction: the audit of what it read or changed is written, then it commits. A mutation
 * that failed is rolled back whole, audit and all, so it sends none of what it read: only its errors. If the audit
 * cannot be written, nothing read is sent either: the answer becomes an error. An answer that says the database is
 * away is a 503 with Retry-After (ADR 019).
 */
export const requestTransactions: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response, operation }) {
        // Ended already: the client went away and the transaction was rolled back. Nobody will read this answer.
        if (!contextValue.transaction.isOpen) return;
        const failedMutation = operation?.operation === "mutation" && errorCodes(response).length > 0;
        try {
          if (failedMutation) await contextValue.transaction.finish("rollback");
          else await contextValue.transaction.finish("commit", contextValue.audit.pendingInsert());
          if (failedMutation && response.body.kind === "single") response.body.singleResult.data = null;
        } catch (error) {
          logFault(contextValue.log, error, "could not write the audit or commit the request");
          await contextValue.transaction.finish("rollback").catch(() => undefined);
          const failure = isDatabaseUnavailable(error)
            ? serviceUnavailable()
            : new GraphQLError("Something went wrong on our side. Please try again.", { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
          response.body = { kind: "single", singleResult: { errors: [{ message: failure.message, extensions: { code: failure.extensions.code } }] } };
          response.http.status = 500;
        }
        if (errorCodes(response).includes(ErrorCode.SERVICE_UNAVAILABLE)) {
          response.http.status = 503;
          response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        }
      },
    };
  },
};
