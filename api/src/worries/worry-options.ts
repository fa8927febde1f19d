import { registerEnumType } from "type-graphql";

/** Whom the young person wants to contact them. Both are shown the alert, whichever they choose. */
export enum WorryContact {
  IRO = "IRO",
  SOCIAL_WORKER = "SOCIAL_WORKER",
  EITHER = "EITHER",
}

/** How soon the young person wants to be contacted; it decides the day they are told to expect contact by. */
export enum WorryHowSoon {
  AS_SOON_AS_POSSIBLE = "AS_SOON_AS_POSSIBLE",
  WITHIN_A_FEW_DAYS = "WITHIN_A_FEW_DAYS",
}

/** The working days within which someone will make contact, for each answer to "how soon". */
export const CONTACT_WITHIN_WORKING_DAYS: Readonly<Record<WorryHowSoon, number>> = {
  AS_SOON_AS_POSSIBLE: 1,
  WITHIN_A_FEW_DAYS: 3,
};

registerEnumType(WorryContact, { name: "WorryContact", description: "Whom a worried young person wants to contact them." });
registerEnumType(WorryHowSoon, {
  name: "WorryHowSoon",
  description: "How soon a worried young person wants to be contacted.",
  valuesConfig: {
    AS_SOON_AS_POSSIBLE: { description: "By the end of the next working day." },
    WITHIN_A_FEW_DAYS: { description: "Within three working days." },
  },
});
