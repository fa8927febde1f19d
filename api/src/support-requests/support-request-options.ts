import { registerEnumType } from "type-graphql";

/** The two kinds of someone on a young person's side. */
export enum SupportKind {
  ADVOCATE = "ADVOCATE",
  INDEPENDENT_VISITOR = "INDEPENDENT_VISITOR",
}

/** Where a request is. The moves between them are kept in one place: support-request-moves.ts. */
export enum SupportStatus {
  ASKED = "ASKED",
  WITH_COORDINATOR = "WITH_COORDINATOR",
  REFERRED = "REFERRED",
  ALLOCATED = "ALLOCATED",
  CLOSED = "CLOSED",
}

/** How soon the young person would like someone. */
export enum SupportHowSoon {
  SOON = "SOON",
  WITHIN_A_MONTH = "WITHIN_A_MONTH",
  NO_RUSH = "NO_RUSH",
}

/** How the young person would like to be contacted about their request. */
export enum ContactPreference {
  PHONE_CALL = "PHONE_CALL",
  TEXT_MESSAGE = "TEXT_MESSAGE",
  MEET_IN_PERSON = "MEET_IN_PERSON",
  THROUGH_MY_IRO = "THROUGH_MY_IRO",
}

/** Why a request was closed, in a form the young person can read in their own words. */
export enum SupportClosedReason {
  WITHDRAWN = "WITHDRAWN",
  NO_LONGER_NEEDED = "NO_LONGER_NEEDED",
  SUPPORT_ENDED = "SUPPORT_ENDED",
  COULD_NOT_REACH = "COULD_NOT_REACH",
  NOT_AVAILABLE = "NOT_AVAILABLE",
}

registerEnumType(SupportKind, {
  name: "SupportKind",
  description: "Someone on a young person's side.",
  valuesConfig: {
    ADVOCATE: { description: "An independent person who helps a young person say what they want, in or outside reviews." },
    INDEPENDENT_VISITOR: { description: "A volunteer befriender matched with a young person, often for years." },
  },
});
registerEnumType(SupportStatus, {
  name: "SupportStatus",
  description: "Where a request for an advocate or an Independent Visitor is.",
  valuesConfig: {
    ASKED: { description: "Asked for; nobody has picked it up yet." },
    WITH_COORDINATOR: { description: "The coordinator is working on it." },
    REFERRED: { description: "Referred to the provider." },
    ALLOCATED: { description: "An advocate is allocated, or an Independent Visitor matched." },
    CLOSED: { description: "Closed, with a reason." },
  },
});
registerEnumType(SupportHowSoon, { name: "SupportHowSoon", description: "How soon the young person would like someone." });
registerEnumType(ContactPreference, { name: "ContactPreference", description: "How the young person would like to be contacted." });
registerEnumType(SupportClosedReason, {
  name: "SupportClosedReason",
  description: "Why a request was closed.",
  valuesConfig: {
    WITHDRAWN: { description: "The young person withdrew it. Only they may give this reason." },
    NO_LONGER_NEEDED: { description: "The young person said they no longer need it." },
    SUPPORT_ENDED: { description: "The advocacy finished, or the Independent Visitor match ended." },
    COULD_NOT_REACH: { description: "Nobody could reach the young person." },
    NOT_AVAILABLE: { description: "The provider has nobody to offer." },
  },
});
