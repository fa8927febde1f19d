import "reflect-metadata";
import { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "../kernel/access/auth-checker";
import { ErrorCodeEnum } from "../kernel/errors";
import { FieldErrorCodeEnum } from "../kernel/field-error-codes";
import { resolvers } from "../modules";

export async function createSchema(): Promise<GraphQLSchema> {
  const [first, ...rest] = resolvers;
  if (!first) throw new Error("The API has no resolvers: api/src/modules.ts lists no module with any.");
  const built = await buildSchema({ resolvers: [first, ...rest], authChecker, authMode: "error", validate: true, emitSchemaFile: false });
  const config = built.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, ErrorCodeEnum, FieldErrorCodeEnum] });
}
