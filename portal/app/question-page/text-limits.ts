/**
 * The most characters the API takes in each box a question page asks, by feature and field: the portal's one copy
 * of the API's limits (api/src/views/views.inputs.ts, api/src/choices/choices.inputs.ts,
 * api/src/contributions/contribution-questions.ts). The boxes count down from them, and the words for an answer the
 * API found too long name them. `answers.*` stands for every answer under `answers`.
 */
export const TEXT_LIMITS = {
  views: { goingWell: 4000, worryingMe: 4000, wouldLikeToChange: 4000, talkAboutAtReview: 4000, anythingElse: 4000 },
  choices: { placeDetails: 200, timesThatDoNotWork: 1000, othersInvited: 1000, notWantedOthers: 1000 },
  contribute: { "answers.*": 4000 },
  support: { why: 1000 },
  worried: { about: 1000 },
  feedback: { "answers.*": 2000 },
} as const satisfies Record<string, Readonly<Record<string, number>>>;

export type LimitedFeature = keyof typeof TEXT_LIMITS;

/** The limit of a field, or of every field under its parent; undefined where the API sets none. */
export function textLimit(feature: string, field: string): number | undefined {
  const limits: Readonly<Record<string, number>> | undefined = (TEXT_LIMITS as Record<string, Readonly<Record<string, number>>>)[feature];
  if (!limits) return undefined;
  return limits[field] ?? (field.includes(".") ? limits[`${field.slice(0, field.lastIndexOf("."))}.*`] : undefined);
}

/**
 * How many characters the API counts in a text, as class-validator's MaxLength does: one for each letter or emoji,
 * and none for the marks that ask for an emoji's colour or plain form.
 */
export function characterCount(text: string): number {
  return [...text].filter((character) => character !== "\uFE0E" && character !== "\uFE0F").length;
}

/** A limit as the pages write it: "4,000". */
export const limitInWords = (limit: number) => limit.toLocaleString("en-GB");
