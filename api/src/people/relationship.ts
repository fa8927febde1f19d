import { registerEnumType } from "type-graphql";

/** How someone in a young person's network is related to them. */
export enum Relationship {
  MOTHER = "MOTHER",
  FATHER = "FATHER",
  PARENT = "PARENT",
  SIBLING = "SIBLING",
  FOSTER_CARER = "FOSTER_CARER",
  KINSHIP_CARER = "KINSHIP_CARER",
  RESIDENTIAL_CARER = "RESIDENTIAL_CARER",
  SOCIAL_WORKER = "SOCIAL_WORKER",
  SUPERVISING_SOCIAL_WORKER = "SUPERVISING_SOCIAL_WORKER",
  ADVOCATE = "ADVOCATE",
  INDEPENDENT_VISITOR = "INDEPENDENT_VISITOR",
  OTHER = "OTHER",
}

registerEnumType(Relationship, { name: "Relationship", description: "How someone is related to a young person." });

export const PARENT_RELATIONSHIPS: readonly Relationship[] = [Relationship.MOTHER, Relationship.FATHER, Relationship.PARENT];
