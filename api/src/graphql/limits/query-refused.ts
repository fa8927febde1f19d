import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError, type ASTNode } from "graphql";

/**
 * A query refused for its size before it runs. The message names neither the limit nor how far the query went past
 * it, so the limits cannot be read off the answers.
 */
export function queryRefused(message: string, node?: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes: node, extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED } });
}
