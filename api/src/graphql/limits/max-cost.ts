import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { queryRefused } from "./query-refused";

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

function compositeType(context: ValidationContext, name: string): GraphQLCompositeType | undefined {
  const type = context.getSchema().getType(name);
  return isCompositeType(type) ? type : undefined;
}

/**
 * Prices an operation as it would run: a fragment counts wherever it is spread, so moving fields into fragments
 * changes nothing. Each fragment is priced once however often it is spread, so a fan of fragments spreading each
 * other cannot make the pricing slow, and a cycle of fragments (refused by the specified rules) simply ends.
 */
function operationCost(context: ValidationContext, operation: OperationDefinitionNode, pages: PageSizes): number {
  const pricedFragments = new Map<string, number>();
  const enteredFragments = new Set<string>();

  const selectionSet = (node: SelectionSetNode | undefined, parentType: GraphQLCompositeType | undefined): number =>
    (node?.selections ?? []).reduce((total, selection) => total + selectionCost(selection, parentType), 0);

  const selectionCost = (selection: SelectionNode, parentType: GraphQLCompositeType | undefined): number => {
    switch (selection.kind) {
      case Kind.FIELD:
        return field(selection, parentType);
      case Kind.INLINE_FRAGMENT: {
        const typeCondition = selection.typeCondition ? compositeType(context, selection.typeCondition.name.value) : parentType;
        return selectionSet(selection.selectionSet, typeCondition);
      }
      case Kind.FRAGMENT_SPREAD:
        return fragment(selection.name.value);
    }
  };

  const field = (node: FieldNode, parentType: GraphQLCompositeType | undefined): number => {
    // Introspection is answered from the schema in memory. Production refuses all of it but __typename, and the
    // schema tools' introspection query in development is dearer than any limit here should be.
    if (node.name.value.startsWith("__")) return 0;
    const definition = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[node.name.value] : undefined;
    const type = definition && getNamedType(definition.type);
    return itemsPriced(node, definition, pages) * (1 + selectionSet(node.selectionSet, isCompositeType(type) ? type : undefined));
  };

  const fragment = (name: string): number => {
    const priced = pricedFragments.get(name);
    if (priced !== undefined) return priced;
    const definition = context.getFragment(name);
    if (!definition || enteredFragments.has(name)) return 0;
    enteredFragments.add(name);
    const cost = selectionSet(definition.selectionSet, compositeType(context, definition.typeCondition.name.value));
    pricedFragments.set(name, cost);
    return cost;
  };

  return selectionSet(operation.selectionSet, context.getSchema().getRootType(operation.operation) ?? undefined);
}

/**
 * Refuses, before it runs, an operation costing more than `maxCost`. Every field costs one for each item it may hold,
 * and what is selected under a list is paid for once per item.
 */
export function maxCostRule(maxCost: number, pages: PageSizes): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (operationCost(context, operation, pages) > maxCost) context.reportError(queryRefused("The query is too complex.", operation));
    },
  });
}
