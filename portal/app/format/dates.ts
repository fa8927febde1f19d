export const LONDON = "Europe/London";

const dateFormat = new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, weekday: "long", day: "numeric", month: "long", year: "numeric" });
const plainDateFormat = new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, day: "numeric", month: "long", year: "numeric" });
const clockFormat = new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, hour: "numeric", minute: "numeric", hourCycle: "h23" });

/** "Thursday 12 March 2026", as the day falls in London. */
export function formatDate(instant: Date | string): string {
  return dateFormat.format(new Date(instant)).replace(",", "");
}

/** "Monday 4 May 2026" for a calendar day ("2026-05-04"), which belongs to no time zone. */
export function formatDay(isoDate: string): string {
  // Noon UTC falls on the same day in London, in winter and in summer.
  return formatDate(`${isoDate}T12:00:00Z`);
}

/** "12 March 2026", as the day falls in London: for headers and dates of birth, where the weekday is only in the way. */
export function formatPlainDate(instant: Date | string): string {
  return plainDateFormat.format(new Date(instant));
}

/** "12 March 2013" for a calendar day ("2013-03-12"), such as a date of birth. */
export function formatPlainDay(isoDate: string): string {
  return formatPlainDate(`${isoDate}T12:00:00Z`);
}

/** "4pm", "4:30pm", "12:05am": a time on a clock, on the 12-hour clock as people say it. */
export function clockTime(hour: number, minute: number): string {
  const period = hour < 12 ? "am" : "pm";
  const onTwelveHours = hour % 12 === 0 ? 12 : hour % 12;
  return `${onTwelveHours}${minute === 0 ? "" : `:${String(minute).padStart(2, "0")}`}${period}`;
}

/** "4pm" or "4:30pm", London time. */
export function formatTime(instant: Date | string): string {
  const parts = clockFormat.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((each) => each.type === type)?.value ?? 0);
  return clockTime(part("hour"), part("minute"));
}

