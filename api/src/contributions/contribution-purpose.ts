import { registerEnumType } from "type-graphql";

/** What a single-use link asks for. Feedback after a review will join views before it. */
export enum ContributionPurpose {
  VIEWS = "VIEWS",
}

registerEnumType(ContributionPurpose, {
  name: "ContributionPurpose",
  description: "What a single-use link asks for.",
  valuesConfig: { VIEWS: { description: "Views before the review, to help it talk about what matters." } },
});
