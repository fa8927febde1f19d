import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../kernel/context";
import type { Logger } from "../kernel/logger";
import { RequestTransactionEnded } from "../kernel/request-transaction";
import { isExpectedError } from "./format-error";

const reported = new WeakSet<Logger>();

/**
 * Writes a failed request's one error line, through the request's own logger (which carries its request id). Its
 * later faults follow from the first (a database gone away fails every query after it), so they add no line.
 */
export function logFault(requestLog: Logger, err: unknown, message: string, detail: Record<string, unknown> = {}): void {
  if (reported.has(requestLog)) return;
  reported.add(requestLog);
  requestLog.error({ err, ...detail }, message);
}

/**
 * Faults are logged with the request id, so a masked "something went wrong" can be traced; expected errors are not,
 * nor a resolver stopped because its request had already ended (see RequestTransactionEnded).
 */
export const logUnexpectedErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        const faults = errors.filter((error) => !isExpectedError(error) && !(error.originalError instanceof RequestTransactionEnded));
        const [first, ...others] = faults;
        if (!first) return;
        const otherPaths = others.length > 0 ? { otherPaths: others.map((fault) => fault.path) } : {};
        logFault(contextValue.log, first.originalError ?? first, "unexpected GraphQL error", { path: first.path, ...otherPaths });
      },
    };
  },
};
