import { IsNull } from "typeorm";
import { viewerHas } from "../kernel/access/require-permission";
import { londonDateAfter } from "../kernel/calendar/london-time";
import { calendarDate } from "../kernel/calendar/calendar-date";
import { addWorkingDays } from "../kernel/calendar/working-days";
import type { RequestScope } from "../kernel/context";
import { notFound } from "../kernel/errors";
import { decodeCursor, isTimestamp, isUuid, toPage, type PageArgs } from "../kernel/pagination";
import { Relationship } from "../people/relationship";
import { requireAccess } from "../people/young-person-access";
import { WorryAlert } from "./worry-alert.entity";
import { CONTACT_WITHIN_WORKING_DAYS } from "./worry-options";
import type { RaiseWorryInput } from "./worries.inputs";

/**
 * Stores the alert first, naming the IRO and the social worker it goes to and the day the young person may expect
 * contact by. The same submission key answers with the alert it stored, so a double click stores one.
 */
export async function raiseWorry(scope: RequestScope, input: RaiseWorryInput): Promise<WorryAlert> {
  await requireAccess(scope, "create", "worry", input.youngPersonId);
  const alerts = scope.db.getRepository(WorryAlert);
  const already = await alerts.findOneBy({ youngPersonId: input.youngPersonId, submissionKey: input.submissionKey });
  if (already) return already;
  const [allocation, network] = await Promise.all([
    scope.loaders.currentAllocationByYoungPersonId.load(input.youngPersonId),
    scope.loaders.networkByYoungPersonId.load(input.youngPersonId),
  ]);
  const raisedAt = new Date();
  const today = calendarDate(londonDateAfter(raisedAt, 0));
  await alerts
    .createQueryBuilder()
    .insert()
    .values({
      youngPersonId: input.youngPersonId,
      wants: input.wants,
      howSoon: input.howSoon,
      about: input.about && /\S/.test(input.about) ? input.about : null,
      submissionKey: input.submissionKey,
      raisedAt,
      contactBy: addWorkingDays(today, CONTACT_WITHIN_WORKING_DAYS[input.howSoon]),
      iroPersonId: allocation?.iroPersonId ?? null,
      socialWorkerPersonId: network.find((link) => link.relationship === Relationship.SOCIAL_WORKER)?.personId ?? null,
    })
    // The same key sent at the same moment: the first stores it, the other finds it below.
    .orIgnore()
    .execute();
  return alerts.findOneByOrFail({ youngPersonId: input.youngPersonId, submissionKey: input.submissionKey });
}

async function requireAlertAccess(scope: RequestScope, action: "read" | "update", id: string): Promise<WorryAlert> {
  const alert = isUuid(id) ? await scope.db.getRepository(WorryAlert).findOneBy({ id }) : null;
  if (!alert) throw notFound();
  await requireAccess(scope, action, "worry", alert.youngPersonId);
  return alert;
}

export function readWorry(scope: RequestScope, id: string): Promise<WorryAlert> {
  return requireAlertAccess(scope, "read", id);
}

/** The IRO or the social worker says they have it. The first to do so is kept; acknowledging again changes nothing. */
export async function acknowledgeWorry(scope: RequestScope, id: string): Promise<WorryAlert> {
  const alert = await requireAlertAccess(scope, "update", id);
  await scope.db
    .getRepository(WorryAlert)
    .update({ id: alert.id, acknowledgedAt: IsNull() }, { acknowledgedAt: new Date(), acknowledgedByAccountId: scope.viewer!.account.id });
  return scope.db.getRepository(WorryAlert).findOneByOrFail({ id: alert.id });
}

/**
 * The alerts not yet acknowledged that the caller is one of the people to act on (an IRO's or a social worker's young
 * people), oldest first; nobody else has any to act on.
 */
export async function readOpenWorries(scope: RequestScope, args: PageArgs) {
  if (!viewerHas(scope, "update:worry:assigned")) return { items: [], nextCursor: null };
  const query = scope.db.getRepository(WorryAlert).createQueryBuilder("alert").where("alert.acknowledged_at IS NULL");
  if (args.after) {
    const [raisedAt, id] = decodeCursor(args.after, [isTimestamp, isUuid]) as [string, string];
    query.andWhere("(alert.raised_at, alert.id) > (:raisedAt, :id)", { raisedAt, id });
  }
  const rows = await query.orderBy("alert.raised_at", "ASC").addOrderBy("alert.id", "ASC").take(args.first + 1).getMany();
  const page = toPage(rows, args.first, (row) => [row.raisedAt.toISOString(), row.id]);
  for (const alert of page.items) scope.audit.record("read", "worry", alert.youngPersonId);
  return page;
}
