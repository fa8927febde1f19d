import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import { DEFAULT_PAGE_SIZE } from "../../kernel/pagination";
import { maxCostRule } from "./max-cost";
import { armorRefusesWith } from "./query-refused";

/**
 * The largest query the API will run, in every environment. Chosen against the portal's operations
 * (each feature's portal/app/<feature>/<feature>.operations.server.ts): the dearest, PreReviewPack (a review's choices, the young person's views
 * and a page of 20 contributions), costs about 570 and is 6 deep; none uses an alias or a directive. Each limit leaves
 * the portal room to grow, yet refuses the shapes of a denial-of-service query: deep nesting, fan-outs of fragments or
 * lists, alias and directive floods. A refusal never names the limit, so changing one here changes nothing for clients.
 */
export const QUERY_LIMITS = {
  /** About 30 times SignIn, 5 times the schema tools' introspection query (~180); graphql-js finds parsing turns slow near 2,000. */
  maxTokens: 1000,
  /** The portal's deepest operations are 6 or 7 deep; a paginated list (edges, node) adds two. Each level may be another round trip to the database. */
  maxDepth: 8,
  /** None in the portal; a few for a screen that asks for one field with different arguments. Each alias runs its field again. */
  maxAliases: 10,
  /** None in the portal; @include or @skip on each optional part of a screen. Floods send thousands. */
  maxDirectives: 10,
  /** Some 40% above PreReviewPack. Two default pages nested (20 × 20 items with a couple of fields) are refused. */
  maxCost: 800,
  /** What a list costs when the query does not give `first` or `limit`. */
  defaultPageSize: DEFAULT_PAGE_SIZE,
  /** What a list costs when `first` or `limit` is a variable: list resolvers must refuse more than this. */
  maxPageSize: 50,
} as const;

/**
 * GraphQL Armor counts depth, aliases and directives (ADR 010). Three of its parts are left off: its cost limit does
 * not know which fields are lists, so a page of 20 costs what one item does (ours prices lists); its token limit,
 * under Apollo, answers 500 and parses every query twice (graphql-js's parser counts tokens itself: `parseOptions`
 * in http/app.ts); and its field-suggestion mask misses enum values (format-error.ts removes every hint).
 */
const armor = new ApolloArmor({
  // Fragments add no level, so moving fields into one neither hides depth nor adds to it.
  maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, ...armorRefusesWith("The query is too deep.") },
  // Armor lets aliases of __typename through by default; every alias counts here, as before, so no flood slips by.
  maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [], ...armorRefusesWith("The query has too many aliases.") },
  maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...armorRefusesWith("The query has too many directives.") },
  costLimit: { enabled: false },
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: false },
});

// With the plugin-based parts off, Armor is validation rules only; its other settings (no batching, no stack traces)
// are already the server's own in production.
export const queryLimitRules: ValidationRule[] = [...armor.protect().validationRules, maxCostRule(QUERY_LIMITS.maxCost, QUERY_LIMITS)];
