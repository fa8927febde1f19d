/** When the session ends (ISO times), as the portal's server answers the page; null when it has ended already. */
export type SessionEndsAnswer = { ends: { idleEndsAt: string; expiresAt: string } | null };

/** GOV.UK's timeout warning comes two minutes before the end. */
const WARNING_LEAD_MS = 2 * 60_000;

/** When to warn and when the session ends, as the browser's clock reads it; `canStay` if using it puts the end off. */
export type WarningPlan = Readonly<{ warnAt: number; endsAt: number; canStay: boolean }>;

/**
 * From the API's answer, read at `readAt`: the session ends at the earlier of its idle and fixed ends. The warning
 * never comes before half the idle time has passed, so a short idle time does not interrupt at once. A session
 * already ended is planned to end now.
 */
export function warningPlan({ ends }: SessionEndsAnswer, readAt: number): WarningPlan {
  if (!ends) return { warnAt: readAt, endsAt: readAt, canStay: false };
  const idleEndsAt = Date.parse(ends.idleEndsAt);
  const endsAt = Math.min(idleEndsAt, Date.parse(ends.expiresAt));
  const lead = Math.min(WARNING_LEAD_MS, Math.max(0, (idleEndsAt - readAt) / 2));
  return { warnAt: endsAt - lead, endsAt, canStay: idleEndsAt < Date.parse(ends.expiresAt) };
}
