import type { ValidationRule } from "graphql";
import { operationMeasureLimit, type OperationMeasure } from "./operation-measure-limit";

/** Each field is one level below the one it is selected in; fragments add no level of their own. */
const depth: OperationMeasure = {
  field: (_node, _definition, selections) => 1 + selections,
  siblings: (depths) => depths.reduce((deepest, each) => Math.max(deepest, each), 0),
};

export function maxDepthRule(maxDepth: number): ValidationRule {
  return operationMeasureLimit(depth, maxDepth, "The query is too deep.");
}
