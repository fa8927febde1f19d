import { t, type MessageId } from "~/messages/messages";

type After<Prefix extends string, Id> = Id extends `${Prefix}${infer Key}` ? Key : never;

/** What is said both ways: in full (`views.long.*`) and in fewer, simpler words for younger children (`views.short.*`). */
export type WordsKey = After<"views.long.", MessageId> & After<"views.short.", MessageId>;

/** A message in the words the young person chose: fewer, simpler ones, or the full ones. */
export function words(key: WordsKey, shorter: boolean, values?: Record<string, string>): string {
  return t(shorter ? `views.short.${key}` : `views.long.${key}`, values);
}

/**
 * Younger children start with fewer words (the API suggests them by age); once they have a draft, what it says wins,
 * so switching either way sticks.
 */
export function usesShorterWords(suggested: boolean, draft: { usedShorterVersion: boolean } | null): boolean {
  return draft ? draft.usedShorterVersion : suggested;
}
