import { registerEnumType } from "type-graphql";

export enum Role {
  YOUNG_PERSON = "YOUNG_PERSON",
  IRO = "IRO",
}

registerEnumType(Role, {
  name: "Role",
  description: "What an account is for; it decides what the account may see and do.",
  valuesConfig: {
    YOUNG_PERSON: { description: "A child or young person in care." },
    IRO: { description: "An Independent Reviewing Officer." },
  },
});
