import { registerEnumType } from "type-graphql";

/** What an account is for; with the account's relationships to young people, it decides what it may see and do. */
export enum Role {
  YOUNG_PERSON = "YOUNG_PERSON",
  PARENT = "PARENT",
  CARER = "CARER",
  SOCIAL_WORKER = "SOCIAL_WORKER",
  SUPERVISING_SOCIAL_WORKER = "SUPERVISING_SOCIAL_WORKER",
  IRO = "IRO",
  IRO_MANAGER = "IRO_MANAGER",
  ADVOCACY_COORDINATOR = "ADVOCACY_COORDINATOR",
  ADMINISTRATOR = "ADMINISTRATOR",
}

registerEnumType(Role, {
  name: "Role",
  description: "What an account is for; it decides what the account may see and do.",
  valuesConfig: {
    YOUNG_PERSON: { description: "A child or young person in care." },
    PARENT: { description: "A parent of a young person in care." },
    CARER: { description: "A foster, kinship or residential carer." },
    SOCIAL_WORKER: { description: "A young person's allocated social worker." },
    SUPERVISING_SOCIAL_WORKER: { description: "A foster carer's supervising social worker." },
    IRO: { description: "An Independent Reviewing Officer." },
    IRO_MANAGER: { description: "The manager of the IRO service." },
    ADVOCACY_COORDINATOR: { description: "Coordinates advocates and Independent Visitors." },
    ADMINISTRATOR: { description: "Sets up people and accounts for the local authority." },
  },
});
