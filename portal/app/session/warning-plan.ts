/**
 * When the session ends (ISO times), as the portal's server answers the page, and the server's time when it answered;
 * `ends` is null when the session has ended already.
 */
export type SessionEndsAnswer = { ends: { idleEndsAt: string; expiresAt: string } | null; answeredAt: string };

/** An answer for a session that has not ended yet. */
export type LiveSessionEnds = SessionEndsAnswer & { ends: NonNullable<SessionEndsAnswer["ends"]> };

/**
 * Whether there is anything to warn about. A session that has already ended (signed out elsewhere, or the cookie
 * cleared) has not: the page stays as it is, and what is sent next from it is kept while they sign in again (kept/),
 * so no one is taken away mid-sentence.
 */
export const isLive = (answer: SessionEndsAnswer): answer is LiveSessionEnds => answer.ends !== null;

/** GOV.UK's timeout warning comes two minutes before the end. */
const WARNING_LEAD_MS = 2 * 60_000;

/** When to warn and when the session ends, as the browser's clock reads it; `canStay` if using it puts the end off. */
export type WarningPlan = Readonly<{ warnAt: number; endsAt: number; canStay: boolean }>;

/**
 * From the answer to a question the browser asked at `readAt` (its own clock): the session ends at the earlier of its
 * idle and fixed ends. The server's times are moved onto the browser's clock, which may be minutes out; the time
 * the answer took only makes the end come sooner, never later. The warning never comes before half the idle time
 * has passed, so a short idle time does not interrupt at once.
 */
export function warningPlan({ ends, answeredAt }: LiveSessionEnds, readAt: number): WarningPlan {
  const onBrowserClock = (time: string) => Date.parse(time) - Date.parse(answeredAt) + readAt;
  const idleEndsAt = onBrowserClock(ends.idleEndsAt);
  const expiresAt = onBrowserClock(ends.expiresAt);
  const endsAt = Math.min(idleEndsAt, expiresAt);
  const lead = Math.min(WARNING_LEAD_MS, Math.max(0, (idleEndsAt - readAt) / 2));
  return { warnAt: endsAt - lead, endsAt, canStay: idleEndsAt < expiresAt };
}
