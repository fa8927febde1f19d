import type { ASTKindToNode, ASTVisitor, ValidationRule } from "graphql";
import { queryRefused } from "./query-refused";

/**
 * Refuses a document holding more than `limit` nodes of `kind` that `counts` accepts, wherever they are: in any
 * operation or fragment. The work they cause starts in the validator, before anything could tell which of them run.
 */
export function documentCountLimit<K extends keyof ASTKindToNode>(
  kind: K,
  counts: (node: ASTKindToNode[K]) => boolean,
  limit: number,
  message: string,
): ValidationRule {
  return (context) => {
    let count = 0;
    const visitor: ASTVisitor = {
      [kind]: (node: ASTKindToNode[K]) => {
        if (counts(node)) count += 1;
      },
      Document: {
        leave() {
          if (count > limit) context.reportError(queryRefused(message));
        },
      },
    };
    return visitor;
  };
}
