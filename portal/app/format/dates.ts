const LONDON = "Europe/London";

const dateFormat = new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, weekday: "long", day: "numeric", month: "long", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, hour: "numeric", minute: "2-digit", hour12: true });

/** "Thursday 12 March 2026", as the day falls in London. */
export function formatDate(instant: Date | string): string {
  return dateFormat.format(new Date(instant)).replace(",", "");
}

/** "4pm" or "4:30pm", London time. */
export function formatTime(instant: Date | string): string {
  const parts = timeFormat.formatToParts(new Date(instant));
  const hour = parts.find((part) => part.type === "hour")?.value ?? "";
  const minute = parts.find((part) => part.type === "minute")?.value ?? "00";
  const period = (parts.find((part) => part.type === "dayPeriod")?.value ?? "").toLowerCase().replace(/\./g, "");
  return `${hour}${minute === "00" ? "" : `:${minute}`}${period}`;
}

/** A day with no time, such as a due date ("2026-03-12"), read the same wherever the server runs. */
export function formatDay(day: string): string {
  // Noon UTC falls on the same London day in winter and in summer.
  return formatDate(`${day}T12:00:00Z`);
}
