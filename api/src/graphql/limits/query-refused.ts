import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError, type ASTNode, type ValidationContext } from "graphql";

/**
 * A query refused for its size before it runs. The message names neither the limit nor how far the query went past
 * it, so the limits cannot be read off the answers.
 */
export function queryRefused(message: string, node?: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes: node, extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED } });
}

/**
 * How a GraphQL Armor limit refuses: with our `message`, instead of Armor's own, which begins "Syntax Error:" and,
 * unless told otherwise, names the limit and the query's count.
 */
export function armorRefusesWith(message: string) {
  return {
    exposeLimits: false,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null) => {
        // Only Armor's token limit, which runs outside validation, has no context; it is not used (see query-limits.ts).
        if (!context) throw queryRefused(message);
        context.reportError(queryRefused(message));
      },
    ],
  };
}
