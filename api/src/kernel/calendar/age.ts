import type { CalendarDate } from "./calendar-date";

/**
 * Whole years from a date of birth to `today`: on their birthday a child is a year older. Someone born on 29 February
 * turns a year older on 1 March in a year without one, as the law in England counts it.
 */
export function ageOn(dateOfBirth: CalendarDate, today: CalendarDate): number {
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return today.slice(5) >= dateOfBirth.slice(5) ? years : years - 1;
}
