import { registerEnumType } from "type-graphql";

/** How the young person feels about one part of their life, shown to them as five faces with words. */
export enum Feeling {
  VERY_UNHAPPY = "VERY_UNHAPPY",
  UNHAPPY = "UNHAPPY",
  OK = "OK",
  HAPPY = "HAPPY",
  VERY_HAPPY = "VERY_HAPPY",
}

/** Who the young person lets read their views. Their IRO always may: the views are for the review the IRO chairs. */
export enum ViewsAudience {
  IRO_ONLY = "IRO_ONLY",
  IRO_AND_SOCIAL_WORKER = "IRO_AND_SOCIAL_WORKER",
  EVERYONE_AT_REVIEW = "EVERYONE_AT_REVIEW",
}

registerEnumType(Feeling, { name: "Feeling", description: "A five-point scale from very unhappy to very happy." });
registerEnumType(ViewsAudience, {
  name: "ViewsAudience",
  description: "Who may read the young person's views, as they chose.",
  valuesConfig: {
    IRO_ONLY: { description: "Only their IRO (and the IRO's manager)." },
    IRO_AND_SOCIAL_WORKER: { description: "Their IRO and their social worker." },
    EVERYONE_AT_REVIEW: { description: "Everyone at their review." },
  },
});
