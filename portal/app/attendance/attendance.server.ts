import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import type { CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import type { AttendeeInput, FeedbackRespondent, ReviewAttendanceQuery } from "~/graphql/generated/graphql";
import { draftOf } from "~/feedback/feedback-form";
import { RecordReviewAttendeesMutation, ReviewAttendanceQuery as AttendanceQuery } from "~/feedback/feedback.operations.server";
import { formText } from "~/session/form-text";
import { OTHER_ROWS, RESPONDENTS, type AttendancePage, type MadeFeedbackLink } from "./attendance-form";

type YoungPerson = NonNullable<ReviewAttendanceQuery["youngPerson"]>;
type Attendee = NonNullable<YoungPerson["lastHeldReview"]>["attendees"][number];

/** Where an attendee's feedback stands, as a key of the page's words. */
function stateOf(attendee: Attendee): string {
  if (!attendee.feedbackAsked) return "notAsked";
  return attendee.linkState ?? "portal";
}

export async function loadAttendance(youngPersonId: string, options: CallOptions): Promise<AttendancePage> {
  const { me, youngPerson } = await callApi(AttendanceQuery, { id: youngPersonId }, options);
  const review = youngPerson.lastHeldReview ?? null;
  const attendees = review?.attendees ?? [];
  const came = new Set(attendees.map((attendee) => attendee.personId));
  const feedbackFor = new Map((review?.feedback ?? []).map((sent) => [sent.attendeeId, { submittedAt: sent.submittedAt, answers: draftOf(sent.answers) }]));
  const network = youngPerson.network.map((link) => ({ personId: link.person.id, name: link.person.firstName, relationship: link.relationship as string }));
  return {
    isIro: me?.role === "IRO",
    firstName: youngPerson.firstName,
    review: review && { id: review.id, scheduledFor: review.scheduledFor },
    attendees: attendees.map((attendee) => ({
      id: attendee.id,
      name: attendee.name,
      respondent: attendee.respondent,
      state: stateOf(attendee),
      feedback: feedbackFor.get(attendee.id) ?? null,
    })),
    // Everyone not yet recorded: the young person first, then their network.
    candidates: [{ personId: youngPerson.id, name: youngPerson.firstName, relationship: null }, ...network].filter((candidate) => !came.has(candidate.personId)),
  };
}

/** The people the form says came: those ticked from the list, then anyone named, each asked for feedback if ticked. */
export function attendeesFromForm(form: FormData): AttendeeInput[] {
  const asked = new Set(form.getAll("ask").map(formText));
  const fromList = form.getAll("came").map(formText).map((personId) => ({ personId, askForFeedback: asked.has(personId) }));
  const named = OTHER_ROWS.flatMap((row): AttendeeInput[] => {
    const name = formText(form.get(`other-${row}-name`)).trim();
    const role = formText(form.get(`other-${row}-role`)).trim();
    if (!name && !role) return [];
    const respondent = formText(form.get(`other-${row}-respondent`));
    return [
      {
        name,
        role,
        respondent: (RESPONDENTS as readonly string[]).includes(respondent) ? (respondent as FeedbackRespondent) : null,
        askForFeedback: asked.has(`other-${row}`),
      },
    ];
  });
  return [...fromList, ...named];
}

export type RecordOutcome = { links: MadeFeedbackLink[]; closesAt: string } | { errors: FormError[] };

/** Records who came and gives back each feedback link's address on the portal's own origin; the portal keeps no copy. */
export async function recordAttendance(form: FormData, portalOrigin: string, options: CallOptions): Promise<RecordOutcome> {
  const reviewId = formText(form.get("reviewId"));
  try {
    const { recordReviewAttendees } = await callApi(RecordReviewAttendeesMutation, { input: { reviewId, attendees: attendeesFromForm(form) } }, options);
    return {
      closesAt: recordReviewAttendees.feedbackClosesAt,
      links: recordReviewAttendees.links.map(({ token, attendee }) => ({ name: attendee.name, url: new URL(`/feedback/${encodeURIComponent(token)}`, portalOrigin).toString() })),
    };
  } catch (error) {
    return { errors: refusedInput(error, "attendees", (field) => (field.startsWith("attendees") ? "came" : field)) };
  }
}
