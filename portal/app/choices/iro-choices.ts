import { formatDate } from "~/format/dates";
import { listInWords } from "~/format/lists";
import type { ChoiceTopic, IroReviewChoicesQuery } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";

type Choices = NonNullable<IroReviewChoicesQuery["youngPerson"]["nextReview"]>["choices"];
export type SentChoices = NonNullable<Choices["sent"]>;
export type ChoiceAnswer = Choices["answers"][number];

/** One topic of the young person's choices, as the IRO reads it: no lines when the young person did not say. */
export type ChoiceRow = { topic: ChoiceTopic; label: string; lines: string[] };

const firstNames = (people: { firstName: string }[]) => listInWords(people.map((person) => person.firstName));

/**
 * What the young person said about each topic. A topic has lines exactly when one of its answers is set, as the API
 * decides which topics can be answered: an empty list is an answer ("none of these"), not a missing one.
 */
const LINES: Record<ChoiceTopic, (sent: SentChoices, firstName: string) => (string | false | null | undefined)[]> = {
  PLACE: ({ place, placeDetails }) => [place && t(`iroReview.place.${place}`), place && placeDetails && t("iroReview.place.details", { details: placeDetails })],
  FORMAT: ({ meetingShape, attendance }) => [meetingShape && t(`iroReview.meetingShape.${meetingShape}`), attendance && t(`iroReview.attendance.${attendance}`)],
  TIMES: ({ preferredTimes, timesThatDoNotWork }) => [
    preferredTimes &&
      (preferredTimes.length > 0
        ? t("iroReview.times.preferred", { times: listInWords(preferredTimes.map((time) => t(`iroReview.preferredTime.${time}`))) })
        : t("iroReview.times.noPreference")),
    timesThatDoNotWork && t("iroReview.times.notWorking", { times: timesThatDoNotWork }),
  ],
  PEOPLE: ({ invitedPeople, othersInvited }) => [
    invitedPeople && (invitedPeople.length > 0 ? t("iroReview.people.invited", { names: firstNames(invitedPeople) }) : t("iroReview.people.nobodyInvited")),
    othersInvited && t("iroReview.people.others", { names: othersInvited }),
  ],
  MEET_IRO_FIRST: ({ meetIroFirst }, firstName) => [meetIroFirst !== null && t(meetIroFirst ? "iroReview.meetIroFirst.yes" : "iroReview.meetIroFirst.no", { firstName })],
  CHAIRING: ({ chairing }, firstName) => [chairing && t(`iroReview.chairing.${chairing}`, { firstName })],
};

/** The topics in the order the young person answers them. */
export const CHOICE_TOPICS = Object.keys(LINES) as ChoiceTopic[];

export function choiceRows(sent: SentChoices, firstName: string): ChoiceRow[] {
  return CHOICE_TOPICS.map((topic) => ({
    topic,
    label: t(`iroReview.topic.${topic}`),
    lines: LINES[topic](sent, firstName).filter((line): line is string => typeof line === "string" && line !== ""),
  }));
}

/** Who the young person does not want there: for the IRO's eyes only, so it is kept apart from the rows. */
export function notWantedLines({ notWantedPeople, notWantedOthers }: SentChoices): string[] {
  const lines: string[] = [];
  if (notWantedPeople && notWantedPeople.length > 0) lines.push(t("iroReview.private.people", { names: firstNames(notWantedPeople) }));
  if (notWantedOthers) lines.push(t("iroReview.private.others", { names: notWantedOthers }));
  return lines;
}

/** The IRO's answer to one topic as they read it back, and whether the young person has sent new choices since. */
export function answerStatus(answer: ChoiceAnswer | undefined, sent: SentChoices): { status: string; reason: string | null; sentSince: boolean } {
  if (!answer) return { status: t("iroReview.answer.none"), reason: null, sentSince: false };
  const date = formatDate(answer.answeredAt);
  return {
    status: t(answer.accepted ? "iroReview.answer.accepted" : "iroReview.answer.declined", { date }),
    reason: answer.reason,
    sentSince: new Date(sent.updatedAt) > new Date(answer.answeredAt),
  };
}

/** Each topic's answer field has its own id, so an error can link to the one form it is about. */
export const reasonFieldId = (topic: ChoiceTopic) => `reason-${topic}`;

/** What the page says after a change is saved, from the `saved` search parameter the change redirects with. */
export type SavedChange = { answered: ChoiceTopic } | { locked: boolean };

export function savedSearch(change: SavedChange): string {
  return "answered" in change ? `?saved=${change.answered}` : `?saved=${change.locked ? "locked" : "unlocked"}`;
}

export function savedNotice(saved: string | null, firstName: string): string | null {
  if (saved === "locked") return t("iroReview.saved.locked", { firstName });
  if (saved === "unlocked") return t("iroReview.saved.unlocked", { firstName });
  const topic = CHOICE_TOPICS.find((candidate) => candidate === saved);
  return topic ? t("iroReview.saved.answer", { topic: t(`iroReview.topic.${topic}`), firstName }) : null;
}
