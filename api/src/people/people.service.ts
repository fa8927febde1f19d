import { requirePermission } from "../kernel/access/require-permission";
import type { RequestScope } from "../kernel/context";
import { decodeCursor, isText, isUuid, toPage, type PageArgs } from "../kernel/pagination";
import type { CreateYoungPersonInput } from "./people.inputs";
import { Person } from "./person.entity";
import { listVisibleYoungPeople } from "./young-people.list";
import { requireAccess } from "./young-person-access";
import { YoungPerson } from "./young-person.entity";

export async function readYoungPerson(scope: RequestScope, id: string): Promise<YoungPerson> {
  await requireAccess(scope, "read", "young-person", id);
  const youngPerson = await scope.loaders.youngPersonById.load(id);
  if (!youngPerson) throw new Error("A young person the caller may read was not found.");
  return youngPerson;
}

/** A page of the young people the caller may see, each recorded in the audit as read. */
export async function readYoungPeople(scope: RequestScope, { first, after }: PageArgs): Promise<{ items: YoungPerson[]; nextCursor: string | null }> {
  const cursor = after ? (decodeCursor(after, [isText, isUuid]) as [string, string]) : null;
  const rows = await listVisibleYoungPeople(scope, first + 1, cursor);
  const page = toPage(rows, first, (row) => [row.person.firstName, row.id]);
  for (const youngPerson of page.items) scope.audit.record("read", "young-person", youngPerson.id);
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
