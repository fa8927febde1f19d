import { LocalDateResolver } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { requirePermission } from "../kernel/access/require-permission";
import { addCalendarMonths, calendarDate, toDayNumber, type CalendarDate } from "../kernel/calendar/calendar-date";
import type { RequestScope } from "../kernel/context";
import { badUserInput } from "../kernel/errors";
import type { SupportFiguresArgs } from "./support-requests.inputs";

/** The longest period the figures are asked for at once: five years, twenty quarters. */
const MAX_MONTHS = 60;

@ObjectType({ description: "One quarter of the period (cut to the period where it starts or ends inside a quarter)." })
export class AdvocacyQuarter {
  @Field(() => LocalDateResolver)
  startsOn: string;

  @Field(() => LocalDateResolver)
  endsOn: string;

  @Field(() => Int, { description: "Young people who had an advocate allocated on any day of it." })
  youngPeopleWithAdvocate: number;
}

@ObjectType({ description: "The advocacy and Independent Visitor figures for a period, for the coordinator's reports." })
export class SupportFigures {
  @Field(() => LocalDateResolver)
  from: string;

  @Field(() => LocalDateResolver)
  to: string;

  @Field(() => [AdvocacyQuarter])
  quarters: AdvocacyQuarter[];

  @Field(() => Int, { description: "Young people matched with an Independent Visitor on the period's last day." })
  independentVisitorsMatched: number;

  @Field(() => Int, { description: "Young people waiting for an Independent Visitor on the period's last day." })
  independentVisitorsWaiting: number;

  @Field(() => Int, { description: "Requests allocated or matched during the period." })
  allocatedInPeriod: number;

  @Field(() => Float, { nullable: true, description: "The median days from asking to allocation of advocates allocated in the period; null if none." })
  medianDaysToAdvocate: number | null;

  @Field(() => Float, { nullable: true, description: "The median days from asking to matching of Independent Visitors matched in the period; null if none." })
  medianDaysToIndependentVisitor: number | null;
}

const LONDON_DAY = (column: string) => `(${column} AT TIME ZONE 'Europe/London')::date`;

// Each quarter the period touches, cut to the period, with the young people whose advocate was allocated by its end
// and not closed before its start. Row-level security keeps it to the caller's authority.
const QUARTERS_SQL = `
SELECT to_char(greatest(q.starts_on, $1::date), 'YYYY-MM-DD') AS starts_on,
       to_char(least((q.starts_on + interval '3 months' - interval '1 day')::date, $2::date), 'YYYY-MM-DD') AS ends_on,
       (SELECT count(DISTINCT r.young_person_id)::int FROM support_request r
         WHERE r.kind = 'ADVOCATE' AND r.allocated_at IS NOT NULL
           AND ${LONDON_DAY("r.allocated_at")} <= least((q.starts_on + interval '3 months' - interval '1 day')::date, $2::date)
           AND (r.closed_at IS NULL OR ${LONDON_DAY("r.closed_at")} >= greatest(q.starts_on, $1::date))) AS young_people
  FROM (SELECT s::date AS starts_on FROM generate_series(date_trunc('quarter', $1::timestamp), $2::timestamp, interval '3 months') AS s) AS q
 ORDER BY q.starts_on`;

const TOTALS_SQL = `
SELECT count(*) FILTER (WHERE kind = 'INDEPENDENT_VISITOR' AND allocated_on <= $2::date AND (closed_on IS NULL OR closed_on > $2::date))::int AS matched,
       count(*) FILTER (WHERE kind = 'INDEPENDENT_VISITOR' AND asked_on <= $2::date AND (allocated_on IS NULL OR allocated_on > $2::date)
                          AND (closed_on IS NULL OR closed_on > $2::date))::int AS waiting,
       count(*) FILTER (WHERE allocated_on BETWEEN $1::date AND $2::date)::int AS allocated,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY allocated_on - asked_on)
         FILTER (WHERE kind = 'ADVOCATE' AND allocated_on BETWEEN $1::date AND $2::date) AS advocate_median,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY allocated_on - asked_on)
         FILTER (WHERE kind = 'INDEPENDENT_VISITOR' AND allocated_on BETWEEN $1::date AND $2::date) AS visitor_median
  FROM (SELECT kind, ${LONDON_DAY("asked_at")} AS asked_on, ${LONDON_DAY("allocated_at")} AS allocated_on, ${LONDON_DAY("closed_at")} AS closed_on
          FROM support_request) AS r`;

function dayOf(text: string, field: "from" | "to"): CalendarDate {
  try {
    return calendarDate(text);
  } catch {
    throw badUserInput([{ field, code: "INVALID_FORMAT", message: "Enter a real date." }]);
  }
}

function checkPeriod(args: SupportFiguresArgs): void {
  const from = dayOf(args.from, "from");
  const to = dayOf(args.to, "to");
  if (toDayNumber(to) < toDayNumber(from)) {
    throw badUserInput([{ field: "to", code: "CONFLICTING", message: "The last day must be the same as or after the first day." }]);
  }
  if (toDayNumber(to) >= toDayNumber(addCalendarMonths(from, MAX_MONTHS))) {
    throw badUserInput([{ field: "to", code: "OUT_OF_RANGE", message: "Ask for five years at most." }]);
  }
}

/** The figures for a period, counted in PostgreSQL: the quarters and the totals go together, in one round trip. */
export async function readSupportFigures(scope: RequestScope, args: SupportFiguresArgs): Promise<SupportFigures> {
  requirePermission(scope, "read:support-figures:any");
  checkPeriod(args);
  const [quarters, [totals]] = await Promise.all([
    scope.db.query(QUARTERS_SQL, [args.from, args.to]) as Promise<{ starts_on: string; ends_on: string; young_people: number }[]>,
    scope.db.query(TOTALS_SQL, [args.from, args.to]) as Promise<
      { matched: number; waiting: number; allocated: number; advocate_median: number | null; visitor_median: number | null }[]
    >,
  ]);
  if (!totals) throw new Error("The support figures' totals came back with no row.");
  return Object.assign(new SupportFigures(), {
    from: args.from,
    to: args.to,
    quarters: quarters.map((row) =>
      Object.assign(new AdvocacyQuarter(), { startsOn: row.starts_on, endsOn: row.ends_on, youngPeopleWithAdvocate: row.young_people }),
    ),
    independentVisitorsMatched: totals.matched,
    independentVisitorsWaiting: totals.waiting,
    allocatedInPeriod: totals.allocated,
    medianDaysToAdvocate: totals.advocate_median === null ? null : Number(totals.advocate_median),
    medianDaysToIndependentVisitor: totals.visitor_median === null ? null : Number(totals.visitor_median),
  });
}
