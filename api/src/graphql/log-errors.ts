import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../kernel/context";
import { isExpectedError } from "./format-error";

/** Faults are logged with the request id, so a masked "something went wrong" can be traced; expected errors are not. */
export const logUnexpectedErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (!isExpectedError(error)) {
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, "unexpected GraphQL error");
          }
        }
      },
    };
  },
};
