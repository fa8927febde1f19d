import { registerEnumType } from "type-graphql";

export enum ReviewFormat {
  IN_PERSON = "IN_PERSON",
  ONLINE = "ONLINE",
  MIXED = "MIXED",
  SERIES_OF_MEETINGS = "SERIES_OF_MEETINGS",
}

registerEnumType(ReviewFormat, {
  name: "ReviewFormat",
  description: "How a review meets.",
  valuesConfig: {
    IN_PERSON: { description: "Everyone in one room." },
    ONLINE: { description: "Everyone joins by video or phone." },
    MIXED: { description: "Some in the room, some joining online." },
    SERIES_OF_MEETINGS: { description: "Several shorter meetings instead of one, often as the young person asked." },
  },
});
