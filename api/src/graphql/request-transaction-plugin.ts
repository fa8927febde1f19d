import type { ApolloServerPlugin, GraphQLResponse } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Context } from "../kernel/context";
import { ErrorCode } from "../kernel/errors";

function hasErrors(response: GraphQLResponse): boolean {
  return response.body.kind === "single" && (response.body.singleResult.errors?.length ?? 0) > 0;
}

/**
 * Ends each request's transaction: the audit of what it read or changed is written, then it commits. A mutation
 * that failed is rolled back whole, audit and all, so it sends none of what it read: only its errors. If the audit
 * cannot be written, nothing read is sent either: the answer becomes an error.
 */
export const requestTransactions: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response, operation }) {
        const failedMutation = operation?.operation === "mutation" && hasErrors(response);
        try {
          if (failedMutation) await contextValue.transaction.finish("rollback");
          else await contextValue.transaction.finish("commit", contextValue.audit.pendingInsert());
          if (failedMutation && response.body.kind === "single") response.body.singleResult.data = null;
        } catch (error) {
          contextValue.log.error({ err: error }, "could not write the audit or commit the request");
          await contextValue.transaction.finish("rollback").catch(() => undefined);
          const failure = new GraphQLError("Something went wrong on our side. Please try again.", {
            extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
          });
          response.body = { kind: "single", singleResult: { errors: [failure.toJSON()] } };
          response.http.status = 500;
        }
      },
    };
  },
};
