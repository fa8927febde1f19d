import type { FormError } from "~/components/error-summary";
import { readDay } from "~/arrange/start";
import type { ParticipationCode, RecommendationStatus, ReviewChair, ReviewMeetings } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";
import { formText } from "~/session/form-text";

export const CHAIRS: readonly ReviewChair[] = ["IRO", "YOUNG_PERSON", "CO_CHAIRED"];
export const MEETINGS: readonly ReviewMeetings[] = ["ONE_MEETING", "SERIES"];
export const PARTICIPATION_CODES: readonly ParticipationCode[] = ["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"];
export const STATUSES: readonly RecommendationStatus[] = ["DONE", "IN_PROGRESS", "NOT_DONE"];
export const RECORD_SECTIONS = ["talkedAbout", "goingWell", "worries", "nextSteps", "youToldUs"] as const;
export type RecordSection = (typeof RECORD_SECTIONS)[number];

type Read<T> = { input: T } | { errors: FormError[] };

const oneOf = <T extends string>(values: readonly T[], value: FormDataEntryValue | null): T | undefined => values.find((each) => each === value);
const yesNo = (value: FormDataEntryValue | null): boolean | undefined => (value === "yes" ? true : value === "no" ? false : undefined);

export type ConductInput = {
  chairedBy: ReviewChair;
  chairingDeclined: boolean;
  metIroAloneFirst: boolean;
  meetings: ReviewMeetings;
  participation: ParticipationCode | null;
};

/** How the review went, from its form: every question answered, as the radios allow. The participation code is the API's to judge. */
export function readConduct(form: FormData): Read<ConductInput> {
  const chairedBy = oneOf(CHAIRS, form.get("chairedBy"));
  const chairingDeclined = yesNo(form.get("chairingDeclined")) ?? false;
  const metIroAloneFirst = yesNo(form.get("metIroAloneFirst"));
  const meetings = oneOf(MEETINGS, form.get("meetings"));
  const participation = oneOf(PARTICIPATION_CODES, form.get("participation")) ?? null;
  const errors: FormError[] = [];
  if (!chairedBy) errors.push({ field: "chairedBy", message: t("conduct.error.chairedBy") });
  if (metIroAloneFirst === undefined) errors.push({ field: "metIroAloneFirst", message: t("conduct.error.metIroAloneFirst") });
  if (!meetings) errors.push({ field: "meetings", message: t("conduct.error.meetings") });
  if (errors.length > 0 || !chairedBy || metIroAloneFirst === undefined || !meetings) return { errors };
  return { input: { chairedBy, chairingDeclined, metIroAloneFirst, meetings, participation } };
}

/** A day from the three date boxes named `day`, `month` and `year`, as "2027-03-27". */
export function readDayField(form: FormData, field: string, notReal: string): Read<string> {
  const read = readDay({ day: formText(form.get("day")), month: formText(form.get("month")), year: formText(form.get("year")) });
  if ("problem" in read) return { errors: [{ field: `${field}-${read.problem.parts[0]}`, message: notReal }] };
  const { year, month, day } = read.value;
  return { input: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
}

export type RecommendationInput = { action: string; responsiblePersonId: string | null; responsibleRole: string | null; dueOn: string };

/** A new recommendation: who is the API's to check; the date must be a real one. */
export function readRecommendation(form: FormData): Read<RecommendationInput> {
  const dueOn = readDayField(form, "dueOn", t("recommendations.error.dueOn"));
  if ("errors" in dueOn) return dueOn;
  const person = formText(form.get("responsiblePersonId"));
  const role = formText(form.get("responsibleRole")).trim();
  return { input: { action: formText(form.get("action")), responsiblePersonId: person || null, responsibleRole: role || null, dueOn: dueOn.input } };
}

export function readStatus(form: FormData): Read<{ recommendationId: string; status: RecommendationStatus; note: string | null }> {
  const recommendationId = formText(form.get("recommendationId"));
  const status = oneOf(STATUSES, form.get("status"));
  if (!status) return { errors: [{ field: `status-${recommendationId}`, message: t("recommendations.error.status") }] };
  return { input: { recommendationId, status, note: formText(form.get("note")).trim() || null } };
}

export type MidwayInput = { checkedOn: string; note: string | null; concernRaised: boolean; progress: { recommendationId: string; status: RecommendationStatus; note: string | null }[] };

/** A midway check: the day, whether a concern was raised, and the progress of each recommendation given one. */
export function readMidway(form: FormData, recommendationIds: readonly string[]): Read<MidwayInput> {
  const checkedOn = readDayField(form, "checkedOn", t("midway.error.checkedOn"));
  const concernRaised = yesNo(form.get("concernRaised"));
  const errors: FormError[] = "errors" in checkedOn ? [...checkedOn.errors] : [];
  if (concernRaised === undefined) errors.push({ field: "concernRaised", message: t("midway.error.concern") });
  if (errors.length > 0 || "errors" in checkedOn || concernRaised === undefined) return { errors };
  const progress = recommendationIds.flatMap((id) => {
    const status = oneOf(STATUSES, form.get(`status-${id}`));
    return status ? [{ recommendationId: id, status, note: formText(form.get(`note-${id}`)).trim() || null }] : [];
  });
  return { input: { checkedOn: checkedOn.input, note: formText(form.get("note")).trim() || null, concernRaised, progress } };
}

export const sectionsFrom = (form: FormData): Record<RecordSection, string> =>
  Object.fromEntries(RECORD_SECTIONS.map((section) => [section, formText(form.get(section))])) as Record<RecordSection, string>;
