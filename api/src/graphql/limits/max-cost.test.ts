import { buildSchema, parse, specifiedRules, validate, type GraphQLObjectType, type ValidationRule } from "graphql";
import { maxCostRule } from "./max-cost";

// The API's schema has no cycle of types: this one has, and lists of every kind, so that every part of the pricing is tried.
const schema = buildSchema(`
  type Query { me: Person, people(first: Int, limit: Int): [Person!]!, tags: [String!]!, search(text: String): [Named!]! }
  interface Named { name: String! }
  type Person implements Named { name: String!, friend: Person, friends(first: Int): [Person!], moods: [String!]! }
  type Place implements Named { name: String!, visitors: [Person!]! }
`);
const pages = { defaultPageSize: 20, maxPageSize: 50 };
// As type-graphql's @Extensions({ listSize: 3 }) marks a list that can never hold more than three.
Object.assign((schema.getType("Person") as GraphQLObjectType).getFields().moods!, { extensions: { listSize: 3 } });

function refuses(rule: ValidationRule, query: string): boolean {
  return validate(schema, parse(query), [rule]).length > 0;
}

/** The exact cost the rule measures: accepted at it, refused one below it. */
function costIs(query: string, cost: number): void {
  expect(refuses(maxCostRule(cost, pages), query)).toBe(false);
  expect(refuses(maxCostRule(cost - 1, pages), query)).toBe(true);
}

describe("the cost of an operation", () => {
  it("is one for each field", () => {
    costIs("{ me { name friend { name } } }", 4);
  });

  it("leaves out introspection, which is answered from the schema in memory", () => {
    costIs("{ __typename me { __typename name } }", 2);
  });

  it("multiplies what a list selects by the page asked for with `first` or `limit`", () => {
    costIs("{ people(first: 5) { name } }", 5 * 2);
    costIs("{ people(limit: 3) { name friend { name } } }", 3 * 4);
  });

  it("prices a list at the default page when it does not say, and at the largest page when a variable says", () => {
    costIs("{ people { name } }", 20 * 2);
    costIs("{ tags }", 20);
    costIs("query ($n: Int) { people(first: $n) { name } }", 50 * 2);
  });

  it("prices a list with a fixed bound at that bound", () => {
    costIs("{ me { moods } }", 1 + 3);
  });

  it("prices a list as at least one item, so that it cannot take from the rest", () => {
    costIs("{ people(first: -100) { name } me { name } }", 2 + 2);
  });

  it("multiplies nested lists", () => {
    costIs("{ people(first: 3) { friends(first: 4) { name } } }", 3 * (1 + 4 * 2));
  });

  it("counts a fragment wherever it is spread, inside lists too", () => {
    const query = `{ me { ...P ...P } people(first: 3) { ...P } } fragment P on Person { name ... on Person { friend { name } } }`;
    costIs(query, 1 + 2 * 3 + 3 * (1 + 3));
  });

  it("finds the fields of an interface and of a fragment on a member of it", () => {
    costIs(`{ search { name ... on Place { visitors { name } } } }`, 20 * (1 + 1 + 20 * 2));
  });

  it("measures each fragment once, so a fan of fragments doubling each other is refused at once", () => {
    const levels = 60;
    const fan = Array.from({ length: levels }, (_, i) => `fragment F${i} on Person { ...F${i + 1} ...F${i + 1} }`).join(" ");
    const query = `{ me { ...F0 } } ${fan} fragment F${levels} on Person { name }`;
    const started = performance.now();
    expect(refuses(maxCostRule(1_000_000, pages), query)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("ends on a cycle of fragments, which the specified rules refuse", () => {
    const cycle = "{ me { ...A } } fragment A on Person { friend { ...B } } fragment B on Person { friend { ...A } }";
    const messages = validate(schema, parse(cycle), [...specifiedRules, maxCostRule(1000, pages)]).map((e) => e.message);
    expect(messages).toContainEqual(expect.stringMatching(/^Cannot spread fragment "A" within itself via "B"\.$/));
  });

  it("is refused with a message that names no number, at the operation", () => {
    const [error] = validate(schema, parse("query Dear { people { name } }"), [maxCostRule(10, pages)]);
    expect(error?.message).toBe("The query is too complex.");
    expect(error?.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
    expect(error?.locations).toEqual([{ line: 1, column: 1 }]);
  });
});
