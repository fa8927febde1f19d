import type { FormError } from "~/components/error-summary";
import { refusedInput } from "~/errors/refused-input.server";
import type { ApiClient, CallOptions } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import type { ChoiceTopic } from "~/graphql/generated/graphql";
import { AnswerChoiceMutation, LockReviewChoicesMutation } from "./choices.operations.server";
import { formText } from "~/session/form-text";
import { CHOICE_TOPICS, reasonFieldId, type SavedChange } from "./iro-choices";

/** What a button on the IRO's review page asks for: `accept:PLACE`, `reason:PLACE`, `lock` or `unlock`. */
export type ChoicesIntent = { answer: ChoiceTopic; accepted: boolean } | { locked: boolean };

export function intentOf(value: FormDataEntryValue | null): ChoicesIntent | null {
  const intent = formText(value);
  if (intent === "lock" || intent === "unlock") return { locked: intent === "lock" };
  const [, kind, topicName] = /^(accept|reason):(\w+)$/.exec(intent) ?? [];
  const topic = CHOICE_TOPICS.find((candidate) => candidate === topicName);
  return topic ? { answer: topic, accepted: kind === "accept" } : null;
}

/** A saved change, or the API's words about what to put right in one topic's answer, with what was typed. */
export type ChoicesOutcome = { saved: SavedChange } | { topic: ChoiceTopic; reason: string; errors: FormError[] };

export async function actOnChoices(intent: ChoicesIntent, form: FormData, options: CallOptions, api: ApiClient = callApi): Promise<ChoicesOutcome> {
  const reviewId = formText(form.get("reviewId"));
  if ("locked" in intent) {
    await api(LockReviewChoicesMutation, { input: { reviewId, locked: intent.locked } }, options);
    return { saved: { locked: intent.locked } };
  }
  const topic = intent.answer;
  const reason = formText(form.get("reason"));
  try {
    await api(AnswerChoiceMutation, { input: { reviewId, topic, accepted: intent.accepted, reason } }, options);
    return { saved: { answered: topic } };
  } catch (error) {
    // Each topic's form has one field to type in, so whatever the API points at, the fix is made there.
    return { topic, reason, errors: refusedInput(error, "iroReview", () => reasonFieldId(topic)) };
  }
}
