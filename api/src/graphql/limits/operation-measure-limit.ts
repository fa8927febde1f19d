import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { queryRefused } from "./query-refused";

/** How a measure of an operation, such as its depth or its cost, is built up from its fields. */
export type OperationMeasure = {
  /** One field's measure, given the measure of what is selected under it. Unknown fields have no definition. */
  field(node: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, selections: number): number;
  /** The measure of selections side by side; of none at all, too. */
  siblings(measures: number[]): number;
};

function compositeType(schema: GraphQLSchema, name: string): GraphQLCompositeType | undefined {
  const type = schema.getType(name);
  return isCompositeType(type) ? type : undefined;
}

/**
 * Measures an operation as it would run: a fragment counts wherever it is spread, so moving fields into fragments
 * changes nothing. Each fragment is measured once however often it is spread, so a fan of fragments spreading each
 * other cannot make the measuring slow, and a cycle of fragments (refused by the specified rules) simply ends.
 */
function measureOperation(context: ValidationContext, operation: OperationDefinitionNode, measure: OperationMeasure): number {
  const schema = context.getSchema();
  const measuredFragments = new Map<string, number>();
  const enteredFragments = new Set<string>();
  const nothing = measure.siblings([]);

  const selectionSet = (node: SelectionSetNode | undefined, parentType: GraphQLCompositeType | undefined): number =>
    measure.siblings((node?.selections ?? []).map((selection) => selectionMeasure(selection, parentType)));

  const selectionMeasure = (selection: SelectionNode, parentType: GraphQLCompositeType | undefined): number => {
    switch (selection.kind) {
      case Kind.FIELD:
        return field(selection, parentType);
      case Kind.INLINE_FRAGMENT: {
        const typeCondition = selection.typeCondition ? compositeType(schema, selection.typeCondition.name.value) : parentType;
        return selectionSet(selection.selectionSet, typeCondition);
      }
      case Kind.FRAGMENT_SPREAD:
        return fragment(selection.name.value);
    }
  };

  const field = (node: FieldNode, parentType: GraphQLCompositeType | undefined): number => {
    // Introspection is answered from the schema in memory. Production refuses all of it but __typename, and the
    // schema tools' introspection query in development is deeper than any limit here should be.
    if (node.name.value.startsWith("__")) return nothing;
    const definition = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[node.name.value] : undefined;
    const type = definition && getNamedType(definition.type);
    return measure.field(node, definition, selectionSet(node.selectionSet, isCompositeType(type) ? type : undefined));
  };

  const fragment = (name: string): number => {
    const measured = measuredFragments.get(name);
    if (measured !== undefined) return measured;
    const definition = context.getFragment(name);
    if (!definition || enteredFragments.has(name)) return nothing;
    enteredFragments.add(name);
    const result = selectionSet(definition.selectionSet, compositeType(schema, definition.typeCondition.name.value));
    measuredFragments.set(name, result);
    return result;
  };

  return selectionSet(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

/** Refuses, before it runs, any operation whose measure is over `limit`. */
export function operationMeasureLimit(measure: OperationMeasure, limit: number, message: string): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (measureOperation(context, operation, measure) > limit) context.reportError(queryRefused(message, operation));
    },
  });
}
