import type { FormError } from "~/components/error-summary";
import type { ReviewFormat } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";
import { formText } from "~/session/form-text";
import { readStart, type StartProblem } from "./start";

/**
 * What each form asks for, named by its button's `intent`. Cancelling has a page of its own, which asks to confirm;
 * the others are forms on the arranging page.
 */
export const ARRANGE_INTENTS = ["schedule", "reschedule", "rearrange", "held", "adjourn", "cancel"] as const;
export type ArrangeIntent = (typeof ARRANGE_INTENTS)[number];
export type ReasonIntent = "reschedule" | "rearrange" | "adjourn" | "cancel";

export function intentOf(value: FormDataEntryValue | null): ArrangeIntent | null {
  return ARRANGE_INTENTS.find((intent) => intent === formText(value)) ?? null;
}

export const REVIEW_FORMATS: readonly ReviewFormat[] = ["IN_PERSON", "ONLINE", "MIXED", "SERIES_OF_MEETINGS"];

/** Everything the forms ask, as typed, so that a refused form shows it again. */
const FIELDS = ["day", "month", "year", "time", "format", "venue", "reason"] as const;
export type ArrangeField = (typeof FIELDS)[number] | "submit";
export type ArrangeValues = Record<(typeof FIELDS)[number], string>;

export function valuesFrom(form: FormData): ArrangeValues {
  return Object.fromEntries(FIELDS.map((field) => [field, formText(form.get(field))])) as ArrangeValues;
}

export const NO_VALUES: ArrangeValues = Object.fromEntries(FIELDS.map((field) => [field, ""])) as ArrangeValues;

/**
 * Each form's boxes have ids of their own, as three forms on the page ask for a reason. A problem with the form as a
 * whole (the review is no longer planned, say) points at its button.
 */
export const fieldId = (intent: ArrangeIntent, field: ArrangeField) => `${intent}-${field}`;

/** An error, where the error summary leads (`field`), and every box it is about, each marked as wrong. */
export type ArrangeError = FormError & { boxes: string[] };

export const arrangeError = (intent: ArrangeIntent, message: string, [field, ...others]: [ArrangeField, ...ArrangeField[]]): ArrangeError => ({
  field: fieldId(intent, field),
  message,
  boxes: [field, ...others].map((box) => fieldId(intent, box)),
});

type Read<T> = { input: T } | { errors: ArrangeError[] };

const startErrors = (intent: ArrangeIntent, problems: StartProblem[]): ArrangeError[] =>
  problems.map(({ parts, message }) => arrangeError(intent, message, parts));

function reasonErrors(intent: ReasonIntent, reason: string): ArrangeError[] {
  return reason.trim() === "" ? [arrangeError(intent, t(`arrange.error.reason.${intent}`), ["reason"])] : [];
}

const formatOf = (values: ArrangeValues) => REVIEW_FORMATS.find((each) => each === values.format);
const formatErrors = (intent: "schedule" | "rearrange", format: ReviewFormat | undefined) =>
  format ? [] : [arrangeError(intent, t("arrange.error.format"), ["format"])];
/** An empty venue is sent as none. */
const venueOf = (values: ArrangeValues) => (values.venue.trim() === "" ? null : values.venue);

/** A new review: its start, how it meets and where. */
export function readSchedule(values: ArrangeValues, now: Date): Read<{ scheduledFor: string; format: ReviewFormat; venue: string | null }> {
  const start = readStart(values, now);
  const format = formatOf(values);
  const errors = [...("problems" in start ? startErrors("schedule", start.problems) : []), ...formatErrors("schedule", format)];
  if (errors.length > 0 || "problems" in start || !format) return { errors };
  return { input: { scheduledFor: start.start.toISOString(), format, venue: venueOf(values) } };
}

/** How and where a planned review meets now, and why it changes. */
export function readRearrange(values: ArrangeValues): Read<{ format: ReviewFormat; venue: string | null; reason: string }> {
  const format = formatOf(values);
  const errors = [...formatErrors("rearrange", format), ...reasonErrors("rearrange", values.reason)];
  if (errors.length > 0 || !format) return { errors };
  return { input: { format, venue: venueOf(values), reason: values.reason } };
}

/** A planned review's new start, and why it moves. */
export function readReschedule(values: ArrangeValues, now: Date): Read<{ scheduledFor: string; reason: string }> {
  const start = readStart(values, now);
  const errors = [...("problems" in start ? startErrors("reschedule", start.problems) : []), ...reasonErrors("reschedule", values.reason)];
  if (errors.length > 0 || "problems" in start) return { errors };
  return { input: { scheduledFor: start.start.toISOString(), reason: values.reason } };
}

/** Why a planned review is adjourned or cancelled. */
export function readReason(intent: "adjourn" | "cancel", values: ArrangeValues): Read<{ reason: string }> {
  const errors = reasonErrors(intent, values.reason);
  return errors.length > 0 ? { errors } : { input: { reason: values.reason } };
}
