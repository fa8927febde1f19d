import { clockTime, formatDay } from "~/format/dates";
import { listInWords } from "~/format/lists";
import { londonDay, londonInstant } from "~/format/london-time";
import { t } from "~/messages/messages";

/** The boxes a review's start is typed into: a date as GOV.UK asks for one, in three, and a time. */
export const DATE_PARTS = ["day", "month", "year"] as const;
export type DatePart = (typeof DATE_PARTS)[number];
export type StartPart = DatePart | "time";
export type StartFields = Record<StartPart, string>;

/** What is wrong with a start, and the boxes it is about: the first is where the error summary leads. */
export type StartProblem = { parts: [StartPart, ...StartPart[]]; message: string };

type Day = { year: number; month: number; day: number };
type Read<T> = { value: T } | { problem: StartProblem };

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A month as a number, or by name ("March", "mar"), as GOV.UK asks services to accept. */
function monthNumber(typed: string): number {
  if (/^\d{1,2}$/.test(typed)) return Number(typed);
  const index = typed.length >= 3 ? MONTH_NAMES.findIndex((name) => typed.toLowerCase().startsWith(name)) : -1;
  return index + 1;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day typed into the three date boxes, or what is wrong with it: the date questions of other pages read theirs with this too. */
export function readDay(fields: Record<DatePart, string>): Read<Day> {
  const typed = { day: fields.day.trim(), month: fields.month.trim(), year: fields.year.trim() };
  const missing = DATE_PARTS.filter((part) => typed[part] === "");
  const [firstMissing, ...otherMissing] = missing;
  if (firstMissing && missing.length === DATE_PARTS.length) return { problem: { parts: [...DATE_PARTS], message: t("arrange.error.dateMissing") } };
  if (firstMissing) {
    const parts = listInWords(missing.map((part) => t(`arrange.part.${part}`)));
    return { problem: { parts: [firstMissing, ...otherMissing], message: t("arrange.error.dateIncomplete", { parts }) } };
  }
  const notReal = (part: DatePart): Read<Day> => ({ problem: { parts: [part], message: t("arrange.error.dateNotReal") } });
  if (!/^\d+$/.test(typed.year)) return notReal("year");
  if (typed.year.length !== 4) return { problem: { parts: ["year"], message: t("arrange.error.yearDigits") } };
  const year = Number(typed.year);
  const month = monthNumber(typed.month);
  if (month < 1 || month > 12) return notReal("month");
  const day = /^\d{1,2}$/.test(typed.day) ? Number(typed.day) : 0;
  if (day < 1 || day > daysIn(year, month)) return notReal("day");
  return { value: { year, month, day } };
}

/** "16:30", "16.30", "4:30pm", "4.30 pm", "4pm": the ways people write a time. A bare "4" could be either, so it is asked again. */
function readTime(typed: string): Read<{ hour: number; minute: number }> {
  const trimmed = typed.trim().toLowerCase().replace(/\./g, ":").replace(/(a|p):m:?$/, "$1m");
  if (trimmed === "") return { problem: { parts: ["time"], message: t("arrange.error.timeMissing") } };
  const notReal: Read<{ hour: number; minute: number }> = { problem: { parts: ["time"], message: t("arrange.error.timeNotReal") } };
  const twelveHour = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)$/.exec(trimmed);
  if (twelveHour) {
    const [, hours, minutes = "0", period] = twelveHour;
    const hour = Number(hours);
    const minute = Number(minutes);
    if (hour < 1 || hour > 12 || minute > 59) return notReal;
    return { value: { hour: (hour % 12) + (period === "pm" ? 12 : 0), minute } };
  }
  const twentyFourHour = /^(\d{1,2}):(\d{2})$/.exec(trimmed);
  if (!twentyFourHour) return notReal;
  const hour = Number(twentyFourHour[1]);
  const minute = Number(twentyFourHour[2]);
  return hour > 23 || minute > 59 ? notReal : { value: { hour, minute } };
}

const isoDay = ({ year, month, day }: Day) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/**
 * The instant a review starts, from the date and time typed as London's clocks show them, winter or summer. Refused,
 * with a problem for each group of boxes, when either is missing or unreal, when the clocks skip that time, or when
 * it has passed.
 */
export function readStart(fields: StartFields, now: Date): { start: Date } | { problems: StartProblem[] } {
  const day = readDay(fields);
  const time = readTime(fields.time);
  if ("problem" in day || "problem" in time) {
    return { problems: [day, time].flatMap((read) => ("problem" in read ? [read.problem] : [])) };
  }
  const start = londonInstant({ ...day.value, ...time.value });
  if (!start) {
    const message = t("arrange.error.timeSkipped", { time: clockTime(time.value.hour, time.value.minute), date: formatDay(isoDay(day.value)) });
    return { problems: [{ parts: ["time"], message }] };
  }
  if (start.getTime() <= now.getTime()) return { problems: [{ parts: [...DATE_PARTS], message: t("arrange.error.past") }] };
  return { start };
}

/** A date four weeks from now, as the boxes take it ("21 12 2026"), for the hint: an example that is never past. */
export function dateExample(now: Date): string {
  const [year, month, day] = londonDay(new Date(now.getTime() + 28 * 86_400_000)).split("-").map(Number);
  return `${day} ${month} ${year}`;
}
