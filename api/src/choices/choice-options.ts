import { registerEnumType } from "type-graphql";

export enum MeetingPlace {
  MY_HOME = "MY_HOME",
  IRO_OFFICE = "IRO_OFFICE",
  COMMUNITY_PLACE = "COMMUNITY_PLACE",
  ONLINE = "ONLINE",
  SOMEWHERE_ELSE = "SOMEWHERE_ELSE",
}

export enum MeetingShape {
  ALL_TOGETHER = "ALL_TOGETHER",
  SHORT_MEETINGS = "SHORT_MEETINGS",
}

export enum Attendance {
  IN_PERSON = "IN_PERSON",
  ONLINE = "ONLINE",
  MIXED = "MIXED",
}

export enum PreferredTime {
  AFTER_SCHOOL = "AFTER_SCHOOL",
  WEEKEND = "WEEKEND",
  HOLIDAYS = "HOLIDAYS",
}

export enum Chairing {
  I_CHAIR = "I_CHAIR",
  CO_CHAIR = "CO_CHAIR",
  IRO_CHAIRS = "IRO_CHAIRS",
  NOT_SURE = "NOT_SURE",
}

/** The parts of the choices an IRO answers one by one. Who is not wanted is for the IRO to act on, not to answer. */
export enum ChoiceTopic {
  PLACE = "PLACE",
  FORMAT = "FORMAT",
  TIMES = "TIMES",
  PEOPLE = "PEOPLE",
  MEET_IRO_FIRST = "MEET_IRO_FIRST",
  CHAIRING = "CHAIRING",
}

/** A young person works on a draft and sends it; the IRO only ever sees what was sent. */
export enum ChoicesVersion {
  DRAFT = "DRAFT",
  SENT = "SENT",
}

registerEnumType(MeetingPlace, { name: "MeetingPlace", description: "Where the young person would like their review to be." });
registerEnumType(MeetingShape, { name: "MeetingShape", description: "One meeting with everyone, or a series of short ones." });
registerEnumType(Attendance, { name: "Attendance", description: "In person, online, or some of each." });
registerEnumType(PreferredTime, { name: "PreferredTime", description: "Times that suit the young person." });
registerEnumType(Chairing, { name: "Chairing", description: "Who the young person would like to chair the review." });
registerEnumType(ChoiceTopic, { name: "ChoiceTopic", description: "A part of the young person's choices that the IRO answers." });
