import { Kind, type ValidationRule } from "graphql";
import { documentCountLimit } from "./document-count-limit";

/** Every use counts, unknown and repeated ones too: each is checked by the validator before it can be refused. */
export function maxDirectivesRule(maxDirectives: number): ValidationRule {
  return documentCountLimit(Kind.DIRECTIVE, () => true, maxDirectives, "The query has too many directives.");
}
