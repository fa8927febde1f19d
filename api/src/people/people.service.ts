import type { Scope } from "../kernel/access/permissions";
import { requirePermission, viewerHas } from "../kernel/access/require-permission";
import { calendarDate } from "../kernel/calendar/calendar-date";
import { londonDateAfter } from "../kernel/calendar/london-time";
import type { RequestScope } from "../kernel/context";
import { badUserInput, forbidden } from "../kernel/errors";
import { decodeCursor, isText, isUuid, toPage } from "../kernel/pagination";
import type { CreateYoungPersonInput } from "./people.inputs";
import { Person } from "./person.entity";
import { YoungPeopleOrder, type YoungPeopleArgs } from "./young-people.args";
import { cursorKeyOf, listVisibleYoungPeople } from "./young-people.list";
import { requireAccess } from "./young-person-access";
import { YoungPerson } from "./young-person.entity";

export async function readYoungPerson(scope: RequestScope, id: string): Promise<YoungPerson> {
  await requireAccess(scope, "read", "young-person", id);
  const youngPerson = await scope.loaders.youngPersonById.load(id);
  if (!youngPerson) throw new Error("A young person the caller may read was not found.");
  return youngPerson;
}

const isDueOnOrNone = (part: string) => part === "" || /^\d{4}-\d{2}-\d{2}$/.test(part);

/**
 * How close a review is tells of the review: ordering or filtering by it is for callers who may read the reviews of
 * everyone they may list (an administrator lists young people but reads no reviews).
 */
function requireReviewsOfEveryoneListed(scope: RequestScope): void {
  const scopes: Scope[] = ["own", "assigned", "any"];
  if (scopes.some((standing) => viewerHas(scope, `read:young-person:${standing}`) && !viewerHas(scope, `read:review:${standing}`))) throw forbidden();
}

/** A page of the young people the caller may see, in the order and with the filters asked, each recorded in the audit as read. */
export async function readYoungPeople(
  scope: RequestScope,
  args: YoungPeopleArgs,
): Promise<{ items: YoungPerson[]; nextCursor: string | null; totalCount: number }> {
  const { first, after, orderBy, timeliness = null, iroPersonId = null } = args;
  if (timeliness || orderBy === YoungPeopleOrder.REVIEW_DUE) requireReviewsOfEveryoneListed(scope);
  if (iroPersonId && !isUuid(iroPersonId)) throw badUserInput([{ field: "iroPersonId", code: "INVALID_FORMAT", message: "That is not an IRO we know." }]);
  const checks = orderBy === YoungPeopleOrder.REVIEW_DUE ? [isDueOnOrNone, isUuid] : [isText, isUuid];
  const cursor = after ? (decodeCursor(after, checks) as [string, string]) : null;
  const today = calendarDate(londonDateAfter(new Date(), 0));
  const { rows, totalCount } = await listVisibleYoungPeople(scope, { orderBy, timeliness, iroPersonId, today }, first + 1, cursor);
  const page = { ...toPage(rows, first, (row) => cursorKeyOf(orderBy, row)), totalCount };
  for (const youngPerson of page.items) {
    // Each field of the page asks again whether the caller may read this young person: the answer is already here.
    scope.loaders.youngPersonById.prime(youngPerson.id, youngPerson);
    scope.audit.record("read", "young-person", youngPerson.id);
  }
  return page;
}

export async function createYoungPerson(scope: RequestScope, input: CreateYoungPersonInput): Promise<YoungPerson> {
  requirePermission(scope, "create:young-person:any");
  const { dateOfBirth, ...names } = input;
  const person = await scope.db.getRepository(Person).save({ ...names, localAuthorityId: scope.viewer!.account.localAuthorityId });
  await scope.db.getRepository(YoungPerson).insert({ id: person.id, dateOfBirth });
  scope.audit.record("create", "young-person", person.id);
  return Object.assign(new YoungPerson(), { id: person.id, dateOfBirth, person });
}
