const LONDON = "Europe/London";

function londonOffsetMinutes(instant: Date): number {
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, timeZoneName: "shortOffset" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?/.exec(name ?? "");
  if (!match?.[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

/** The instant at which London's clocks show `date` (YYYY-MM-DD) and `time` (HH:MM), in winter or summer time. */
export function atLondonTime(date: string, time: string): Date {
  const asIfUtc = new Date(`${date}T${time}:00Z`);
  return new Date(asIfUtc.getTime() - londonOffsetMinutes(asIfUtc) * 60_000);
}

/** The calendar date in London `days` after `from`, as YYYY-MM-DD. */
export function londonDateAfter(from: Date, days: number): string {
  const later = new Date(from.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: LONDON }).format(later);
}
