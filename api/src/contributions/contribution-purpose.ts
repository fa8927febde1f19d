import { registerEnumType } from "type-graphql";

/** What a single-use link asks for: one link, one purpose, one review. */
export enum ContributionPurpose {
  VIEWS = "VIEWS",
  FEEDBACK = "FEEDBACK",
}

registerEnumType(ContributionPurpose, {
  name: "ContributionPurpose",
  description: "What a single-use link asks for.",
  valuesConfig: {
    VIEWS: { description: "Views before the review, to help it talk about what matters." },
    FEEDBACK: { description: "Feedback after the review on how it went, from someone who came." },
  },
});
