import { registerEnumType } from "type-graphql";

export enum ReviewStatus {
  PLANNED = "PLANNED",
  HELD = "HELD",
  ADJOURNED = "ADJOURNED",
  CANCELLED = "CANCELLED",
}

registerEnumType(ReviewStatus, { name: "ReviewStatus", description: "Where a review is in its life." });
