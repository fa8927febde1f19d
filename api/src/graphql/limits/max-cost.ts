import { getNullableType, isListType, Kind, type FieldNode, type GraphQLField, type ValidationRule } from "graphql";
import { operationMeasureLimit, type OperationMeasure } from "./operation-measure-limit";

export type PageSizes = {
  /** What a list field is priced at when the query does not say how many it wants. */
  defaultPageSize: number;
  /** What it is priced at when the number is a variable: the most a list resolver may return. */
  maxPageSize: number;
};

const PAGE_SIZE_ARGUMENTS = new Set(["first", "limit"]);

/**
 * How many items a field may hold: one; for a list with a fixed bound (`@Extensions({ listSize })`, such as a choice
 * from three options), that bound; for any other list, the page it asks for.
 */
function itemsPriced(node: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, pages: PageSizes): number {
  if (!definition || !isListType(getNullableType(definition.type))) return 1;
  const listSize = definition.extensions?.listSize;
  if (typeof listSize === "number") return listSize;
  const pageSize = node.arguments?.find((argument) => PAGE_SIZE_ARGUMENTS.has(argument.name.value))?.value;
  if (!pageSize) return pages.defaultPageSize;
  // At least one item, so that asking for none or fewer cannot take from the price of the rest of the query.
  if (pageSize.kind === Kind.INT) return Math.max(1, Number(pageSize.value));
  // A variable (or null, leaving it to the resolver) is known only when the request runs, after the document has been
  // checked once for every value it may be sent with: price the largest page there is.
  return pages.maxPageSize;
}

/** Every field costs one for each item it may hold, and what is selected under a list is paid for once per item. */
export function maxCostRule(maxCost: number, pages: PageSizes): ValidationRule {
  const cost: OperationMeasure = {
    field: (node, definition, selections) => itemsPriced(node, definition, pages) * (1 + selections),
    siblings: (costs) => costs.reduce((total, each) => total + each, 0),
  };
  return operationMeasureLimit(cost, maxCost, "The query is too complex.");
}
