import { In, IsNull, type EntityManager } from "typeorm";
import { Account } from "../accounts/account.entity";
import { requirePermission } from "../kernel/access/require-permission";
import { Role } from "../kernel/access/role";
import type { RequestScope } from "../kernel/context";
import { badUserInput } from "../kernel/errors";
import { NetworkLink } from "../people/network-link.entity";
import { PARENT_RELATIONSHIPS, Relationship } from "../people/relationship";
import { requireAccess } from "../people/young-person-access";
import { YoungPerson } from "../people/young-person.entity";
import type { AllocateIroInput } from "./allocation.inputs";
import { IroAllocation } from "./iro-allocation.entity";
import { Iro } from "./iro.types";

/** The young person and every looked-after brother or sister linked to them, however distantly. */
async function siblingGroup(db: EntityManager, youngPersonId: string): Promise<string[]> {
  const group = new Set([youngPersonId]);
  let frontier = [youngPersonId];
  while (frontier.length > 0) {
    const links = await db.getRepository(NetworkLink).find({
      where: [
        { youngPersonId: In(frontier), relationship: Relationship.SIBLING },
        { personId: In(frontier), relationship: Relationship.SIBLING },
      ],
    });
    const found = links.flatMap((link) => [link.youngPersonId, link.personId]).filter((id) => !group.has(id));
    const lookedAfter = found.length ? await db.getRepository(YoungPerson).findBy({ id: In(found) }) : [];
    frontier = lookedAfter.map((youngPerson) => youngPerson.id);
    for (const id of frontier) group.add(id);
  }
  return [...group];
}

/** Looked-after parents of the group, and the group's own looked-after children. */
async function parentsAndChildrenInCare(db: EntityManager, group: string[]): Promise<string[]> {
  const links = await db.getRepository(NetworkLink).find({
    where: [
      { youngPersonId: In(group), relationship: In([...PARENT_RELATIONSHIPS]) },
      { personId: In(group), relationship: In([...PARENT_RELATIONSHIPS]) },
    ],
  });
  const relatives = links.flatMap((link) => [link.youngPersonId, link.personId]).filter((id) => !group.includes(id));
  if (relatives.length === 0) return [];
  return (await db.getRepository(YoungPerson).findBy({ id: In(relatives) })).map((youngPerson) => youngPerson.id);
}

/**
 * Allocates an IRO by the service's rules: brothers and sisters in care share their IRO, so the whole group moves
 * together; a young parent and their child in care have different IROs. The allocation each replaces is ended, not
 * deleted, so who was the IRO when stays on record.
 */
export async function allocateIro(scope: RequestScope, input: AllocateIroInput): Promise<IroAllocation[]> {
  await requireAccess(scope, "update", "allocation", input.youngPersonId);
  const { db } = scope;
  const now = new Date();
  const localAuthorityId = scope.viewer!.account.localAuthorityId;
  const iroAccount = await db.getRepository(Account).findOneBy({ personId: input.iroPersonId, role: Role.IRO, localAuthorityId });
  if (!iroAccount) throw badUserInput([{ field: "iroPersonId", code: "NOT_ELIGIBLE", message: "That person is not an IRO in this local authority." }]);

  const group = await siblingGroup(db, input.youngPersonId);
  const relatives = await parentsAndChildrenInCare(db, group);
  // Two managers allocating at once take turns, so neither can break the rules the other checked. Locks are taken
  // in id order, so two such allocations never wait on each other in a circle.
  await db.query("SELECT id FROM young_person WHERE id = ANY($1) ORDER BY id FOR UPDATE", [[...group, ...relatives]]);
  if (relatives.length > 0 && (await db.getRepository(IroAllocation).existsBy({ youngPersonId: In(relatives), iroPersonId: input.iroPersonId, endsAt: IsNull() }))) {
    throw badUserInput([{ field: "iroPersonId", code: "NOT_ELIGIBLE", message: "A young parent and their child in care need different IROs. Choose another IRO." }]);
  }

  const allocations = db.getRepository(IroAllocation);
  const current = await allocations.findBy({ youngPersonId: In(group), endsAt: IsNull() });
  const moving = group.filter((id) => !current.some((allocation) => allocation.youngPersonId === id && allocation.iroPersonId === input.iroPersonId));
  const ending = current.filter((allocation) => moving.includes(allocation.youngPersonId));
  if (ending.length > 0) await allocations.update({ id: In(ending.map((allocation) => allocation.id)) }, { endsAt: now });
  const made = await allocations.save(moving.map((youngPersonId) => ({ youngPersonId, iroPersonId: input.iroPersonId, startsAt: now, endsAt: null, reason: input.reason })));
  for (const allocation of made) scope.audit.record("update", "allocation", allocation.youngPersonId);
  return made;
}

/** Every IRO in the manager's authority, by name: an authority has a few dozen at most, so the list is not paged. */
export async function readIros(scope: RequestScope): Promise<Iro[]> {
  requirePermission(scope, "read:allocation:any");
  const rows: { person_id: string; name: string }[] = await scope.db.query(
    `SELECT p.id AS person_id, p.first_name || ' ' || p.last_name AS name
       FROM account a JOIN person p ON p.id = a.person_id
      WHERE a.role = 'IRO' AND a.local_authority_id = $1
      ORDER BY p.first_name, p.last_name, p.id`,
    [scope.viewer!.account.localAuthorityId],
  );
  return rows.map((row) => Object.assign(new Iro(), { personId: row.person_id, name: row.name }));
}
