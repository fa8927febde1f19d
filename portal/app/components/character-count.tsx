import { useEffect, useState } from "react";
import { t } from "~/messages/messages";
import { characterCount, limitInWords } from "~/question-page/text-limits";

/** How long typing must pause before a screen reader hears the count: it should not speak at every key. */
export const COUNT_ANNOUNCE_DELAY_MS = 1000;

/** The id of a box's count, for its aria-describedby. */
export const countId = (id: string) => `${id}-info`;

/** "You have 120 characters left", or how many too many: in words, not only in colour. */
export function countInWords(limit: number, typed: number): string {
  const left = limit - typed;
  if (left >= 0) return t(left === 1 ? "characterCount.leftOne" : "characterCount.left", { count: limitInWords(left) });
  return t(left === -1 ? "characterCount.overOne" : "characterCount.over", { count: limitInWords(-left) });
}

/** What a box with a limit counts: the characters typed so far, kept up to date by `onInput`. */
export function useTypedCount(initial: string) {
  const [typed, setTyped] = useState(() => characterCount(initial));
  return { typed, onInput: (text: string) => setTyped(characterCount(text)) };
}

/**
 * GOV.UK's character count, under its box. Without JavaScript it is the limit, in a hint the box is described by.
 * With it, what is left shows as the person types, and a polite live region tells a screen reader once typing
 * pauses. The box takes more than the limit, so nothing pasted is cut off unseen: the count says by how much.
 */
export function CharacterCount({ id, limit, typed }: { id: string; limit: number; typed: number }) {
  const [counting, setCounting] = useState(false);
  const [announced, setAnnounced] = useState(typed);
  useEffect(() => setCounting(true), []);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(typed), COUNT_ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const isOver = typed > limit;
  return (
    <>
      <span id={countId(id)} className={counting ? "visually-hidden" : "hint character-count"}>
        {t("characterCount.limit", { limit: limitInWords(limit) })}
      </span>
      {counting ? (
        <>
          <span className={isOver ? "error-message character-count" : "hint character-count"} aria-hidden="true" data-testid="character-count">
            {countInWords(limit, typed)}
          </span>
          <span className="visually-hidden" aria-live="polite">
            {countInWords(limit, announced)}
          </span>
        </>
      ) : null}
    </>
  );
}
