import type { ValidationRule } from "graphql";
import { DEFAULT_PAGE_SIZE } from "../../kernel/pagination";
import { maxAliasesRule } from "./max-aliases";
import { maxCostRule } from "./max-cost";
import { maxDepthRule } from "./max-depth";
import { maxDirectivesRule } from "./max-directives";

/**
 * The largest query the API will run, in every environment. Chosen against the portal's operations
 * (portal/app/graphql/operations.server.ts): the dearest, PreReviewPack (a review's choices, the young person's views
 * and a page of 20 contributions), costs about 540 and is 5 deep; none uses an alias or a directive. Each limit leaves the portal room to grow several times over,
 * yet refuses the shapes of a denial-of-service query: deep nesting, fan-outs of fragments or lists, alias and
 * directive floods. A refusal never names the limit, so changing one here changes nothing for clients.
 */
export const QUERY_LIMITS = {
  /** About 30 times SignIn, 5 times the schema tools' introspection query (~180); graphql-js finds parsing turns slow near 2,000. */
  maxTokens: 1000,
  /** The portal's deepest operations are 5 or 6 deep; a paginated list (edges, node) adds two. Each level may be another round trip to the database. */
  maxDepth: 8,
  /** None in the portal; a few for a screen that asks for one field with different arguments. Each alias runs its field again. */
  maxAliases: 10,
  /** None in the portal; @include or @skip on each optional part of a screen. Floods send thousands. */
  maxDirectives: 10,
  /** Half as much again as PreReviewPack. Two default pages nested (20 × 20 items with a couple of fields) are refused. */
  maxCost: 800,
  /** What a list costs when the query does not give `first` or `limit`. */
  defaultPageSize: DEFAULT_PAGE_SIZE,
  /** What a list costs when `first` or `limit` is a variable: list resolvers must refuse more than this. */
  maxPageSize: 50,
} as const;

export const queryLimitRules: ValidationRule[] = [
  maxDepthRule(QUERY_LIMITS.maxDepth),
  maxAliasesRule(QUERY_LIMITS.maxAliases),
  maxDirectivesRule(QUERY_LIMITS.maxDirectives),
  maxCostRule(QUERY_LIMITS.maxCost, QUERY_LIMITS),
];
