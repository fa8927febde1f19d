import { registerEnumType } from "type-graphql";

export enum RecommendationStatus {
  DONE = "DONE",
  IN_PROGRESS = "IN_PROGRESS",
  NOT_DONE = "NOT_DONE",
}
registerEnumType(RecommendationStatus, { name: "RecommendationStatus", description: "How far a recommendation has got." });
