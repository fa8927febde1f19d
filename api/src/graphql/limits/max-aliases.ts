import { Kind, type ValidationRule } from "graphql";
import { documentCountLimit } from "./document-count-limit";

/** Aliases are the only way to run one field many times in a request: a hundred sign-in attempts, say. */
export function maxAliasesRule(maxAliases: number): ValidationRule {
  return documentCountLimit(Kind.FIELD, (field) => field.alias !== undefined, maxAliases, "The query has too many aliases.");
}
