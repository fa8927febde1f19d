import { registerEnumType } from "type-graphql";
import { PARENT_RELATIONSHIPS, Relationship } from "../people/relationship";

/** Who answers a feedback form: each kind has its own form, and the service counts returns by kind. */
export enum FeedbackRespondent {
  YOUNG_PERSON = "YOUNG_PERSON",
  PARENT = "PARENT",
  FOSTER_OR_KINSHIP_CARER = "FOSTER_OR_KINSHIP_CARER",
  RESIDENTIAL_CARER = "RESIDENTIAL_CARER",
  SOCIAL_WORKER = "SOCIAL_WORKER",
  SUPERVISING_SOCIAL_WORKER = "SUPERVISING_SOCIAL_WORKER",
  OTHER_PROFESSIONAL = "OTHER_PROFESSIONAL",
}

registerEnumType(FeedbackRespondent, { name: "FeedbackRespondent", description: "The kind of person giving feedback after a review." });

const BY_RELATIONSHIP: Partial<Record<Relationship, FeedbackRespondent>> = {
  ...Object.fromEntries(PARENT_RELATIONSHIPS.map((relationship) => [relationship, FeedbackRespondent.PARENT])),
  [Relationship.FOSTER_CARER]: FeedbackRespondent.FOSTER_OR_KINSHIP_CARER,
  [Relationship.KINSHIP_CARER]: FeedbackRespondent.FOSTER_OR_KINSHIP_CARER,
  [Relationship.RESIDENTIAL_CARER]: FeedbackRespondent.RESIDENTIAL_CARER,
  [Relationship.SOCIAL_WORKER]: FeedbackRespondent.SOCIAL_WORKER,
  [Relationship.SUPERVISING_SOCIAL_WORKER]: FeedbackRespondent.SUPERVISING_SOCIAL_WORKER,
};

/** The form for someone in the network: by how they are related; anyone else who came answers as a professional. */
export function respondentFor(relationship: Relationship): FeedbackRespondent {
  return BY_RELATIONSHIP[relationship] ?? FeedbackRespondent.OTHER_PROFESSIONAL;
}
