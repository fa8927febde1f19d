import { registerEnumType } from "type-graphql";

export enum ReviewChair {
  IRO = "IRO",
  YOUNG_PERSON = "YOUNG_PERSON",
  CO_CHAIRED = "CO_CHAIRED",
}
registerEnumType(ReviewChair, {
  name: "ReviewChair",
  description: "Who chaired a review that was held.",
  valuesConfig: {
    IRO: { description: "The IRO chaired it." },
    YOUNG_PERSON: { description: "The young person chaired it." },
    CO_CHAIRED: { description: "The young person and the IRO chaired it together." },
  },
});

export enum ReviewMeetings {
  ONE_MEETING = "ONE_MEETING",
  SERIES = "SERIES",
}
registerEnumType(ReviewMeetings, { name: "ReviewMeetings", description: "Whether the review was one meeting or a series of meetings." });

/**
 * How the young person took part, as the statistical returns (SSDA903) code it. PN0 is for a child under 4 on the
 * day of the review, and only for them.
 */
export enum ParticipationCode {
  PN0 = "PN0",
  PN1 = "PN1",
  PN2 = "PN2",
  PN3 = "PN3",
  PN4 = "PN4",
  PN5 = "PN5",
  PN6 = "PN6",
  PN7 = "PN7",
}
registerEnumType(ParticipationCode, {
  name: "ParticipationCode",
  description: "How the young person took part in a review, as the statistical returns code it.",
  valuesConfig: {
    PN0: { description: "Under 4 on the day of the review." },
    PN1: { description: "Attended and spoke for themselves." },
    PN2: { description: "Attended, and an advocate spoke for them." },
    PN3: { description: "Attended, and their views were shared another way (such as a symbol board or a note)." },
    PN4: { description: "Attended without saying their views." },
    PN5: { description: "Did not attend, and an advocate spoke for them." },
    PN6: { description: "Did not attend, and their views were shared another way." },
    PN7: { description: "Did not attend and their views were not shared." },
  },
});

/** Below this age on the day of the review, a child's participation is PN0 and nothing else. */
export const PN0_BELOW_AGE = 4;
