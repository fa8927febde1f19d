import { GraphQLEnumType } from "graphql";

/**
 * A GraphQL enum of the codes errors carry. Errors travel in `extensions`, not in fields, so type-graphql would not
 * emit these: the schema adds them by hand, and clients generate their types from it.
 */
export function codeEnum(name: string, description: string, codes: Readonly<Record<string, string>>): GraphQLEnumType {
  return new GraphQLEnumType({
    name,
    description,
    values: Object.fromEntries(Object.entries(codes).map(([code, meaning]) => [code, { description: meaning }])),
  });
}
