import { refusedInput } from "~/errors/refused-input.server";
import type { ApiClient, CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import {
  AdjournReviewMutation,
  ArrangeReviewQuery,
  CancelReviewMutation,
  RearrangeReviewMutation,
  RecordReviewHeldMutation,
  RescheduleReviewMutation,
  ScheduleReviewMutation,
} from "./arrange.operations.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { formText } from "~/session/form-text";
import { asSignedIn } from "~/session/signed-in.server";
import {
  arrangeError,
  readReason,
  readRearrange,
  readReschedule,
  readSchedule,
  valuesFrom,
  type ArrangeError,
  type ArrangeField,
  type ArrangeIntent,
  type ArrangeValues,
} from "./arrange-form";

/**
 * The young person's review as its arranger sees it. Others who may see the young person, such as their social worker,
 * may not arrange the review: there are no arranging pages for them.
 */
export async function loadArrangement(request: Request, youngPersonId: string) {
  const { me, youngPerson } = await asSignedIn(request, (options) => callApi(ArrangeReviewQuery, { id: youngPersonId }, options)).catch(notFoundIfRefused);
  if (me?.role !== "IRO" && me?.role !== "IRO_MANAGER") throw new Response(null, { status: 404 });
  return youngPerson;
}

/** The change made, or what to put right in the form that asked for it, with what was typed. */
export type ArrangeOutcome = { done: ArrangeIntent } | { intent: ArrangeIntent; values: ArrangeValues; errors: ArrangeError[] };

/** The box each of the API's fields is typed into; anything else is about the form as a whole. */
const BOXES_FOR_API: Record<string, [ArrangeField, ...ArrangeField[]]> = {
  scheduledFor: ["day", "month", "year"],
  format: ["format"],
  venue: ["venue"],
  reason: ["reason"],
};

type Attempt = { youngPersonId: string; reviewId: string; now: Date; api: ApiClient; options: CallOptions };

/** Checks the form as the portal can, then asks the API; no errors means the change was made. */
async function attempt(intent: ArrangeIntent, values: ArrangeValues, { youngPersonId, reviewId, now, api, options }: Attempt): Promise<ArrangeError[]> {
  if (intent === "held") {
    await api(RecordReviewHeldMutation, { input: { reviewId } }, options);
    return [];
  }
  if (intent === "schedule") {
    const read = readSchedule(values, now);
    if ("errors" in read) return read.errors;
    await api(ScheduleReviewMutation, { input: { youngPersonId, ...read.input } }, options);
    return [];
  }
  if (intent === "reschedule") {
    const read = readReschedule(values, now);
    if ("errors" in read) return read.errors;
    await api(RescheduleReviewMutation, { input: { reviewId, ...read.input } }, options);
    return [];
  }
  if (intent === "rearrange") {
    const read = readRearrange(values);
    if ("errors" in read) return read.errors;
    await api(RearrangeReviewMutation, { input: { reviewId, ...read.input } }, options);
    return [];
  }
  const read = readReason(intent, values);
  if ("errors" in read) return read.errors;
  const input = { reviewId, ...read.input };
  if (intent === "adjourn") await api(AdjournReviewMutation, { input }, options);
  else await api(CancelReviewMutation, { input }, options);
  return [];
}

export async function arrangeReview(
  intent: ArrangeIntent,
  form: FormData,
  youngPersonId: string,
  options: CallOptions,
  { api = callApi, now = new Date() }: { api?: ApiClient; now?: Date } = {},
): Promise<ArrangeOutcome> {
  const values = valuesFrom(form);
  try {
    const errors = await attempt(intent, values, { youngPersonId, reviewId: formText(form.get("reviewId")), now, api, options });
    return errors.length > 0 ? { intent, values, errors } : { done: intent };
  } catch (error) {
    return { intent, values, errors: refusedInput(error, "arrange").map(({ field, message }) => arrangeError(intent, message, BOXES_FOR_API[field] ?? ["submit"])) };
  }
}
