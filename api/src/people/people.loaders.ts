import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { Account } from "../accounts/account.entity";
import type { Loaders } from "../kernel/context";
import type { Statement } from "../kernel/prepared-statements";
import { CommunicationNeeds } from "./communication-needs.entity";
import { Person } from "./person.entity";
import { StaffContact } from "./staff-contact.entity";
import { YoungPerson } from "./young-person.entity";

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

export function createPeopleLoaders(db: EntityManager) {
  return {
    personById: new DataLoader<string, Person | null>(async (ids) =>
      byId(await db.getRepository(Person).findBy({ id: In([...ids]) }), ids),
    ),
    /** Whose account it is, as the caller may see them: null for someone row-level security hides. */
    personByAccountId: new DataLoader<string, Person | null>(async (accountIds) => {
      const accounts = await db.getRepository(Account).find({ select: { id: true, personId: true }, where: { id: In([...accountIds]) } });
      const people = await db.getRepository(Person).findBy({ id: In(accounts.map((account) => account.personId)) });
      const personIdByAccount = new Map(accounts.map((account) => [account.id, account.personId]));
      return byId(people, accountIds.map((id) => personIdByAccount.get(id) ?? ""));
    }),
    hasAccountByPersonId: new DataLoader<string, boolean>(async (ids) => {
      const accounts = await db.getRepository(Account).find({ select: { personId: true }, where: { personId: In([...ids]) } });
      const withAccount = new Set(accounts.map((account) => account.personId));
      return ids.map((id) => withAccount.has(id));
    }),
    communicationNeedsByYoungPersonId: new DataLoader<string, CommunicationNeeds | null>(async (ids) => {
      const found = await db.getRepository(CommunicationNeeds).findBy({ youngPersonId: In([...ids]) });
      return ids.map((id) => found.find((needs) => needs.youngPersonId === id) ?? null);
    }),
    /** A member of staff's work phone and email: null when none is kept, or row-level security hides it. */
    staffContactByPersonId: new DataLoader<string, StaffContact | null>(async (ids) => {
      const found = await db.getRepository(StaffContact).findBy({ personId: In([...ids]) });
      return ids.map((id) => found.find((contact) => contact.personId === id) ?? null);
    }),
    youngPersonById: new DataLoader<string, YoungPerson | null>(async (ids) =>
      byId(await db.getRepository(YoungPerson).find({ where: { id: In([...ids]) }, relations: { person: true } }), ids),
    ),
  };
}

/**
 * The caller's own person, read in the request's first round trip once the claims are set, so that row-level security
 * decides it as any read: nearly every page names the person signed in, and then that costs no round trip of its own.
 */
export const CALLERS_PERSON: Statement = {
  text: `SELECT id, local_authority_id, first_name, last_name, created_at FROM person
          WHERE id = NULLIF(current_setting('my_review.person_id', true), '')::uuid`,
};

type PersonRow = { id: string; local_authority_id: string; first_name: string; last_name: string; created_at: Date };

/** Gives the request's person loader the row `CALLERS_PERSON` read, if it read one. */
export function primeCallersPerson(loaders: Loaders, rows: readonly unknown[]): void {
  const row = rows[0] as PersonRow | undefined;
  if (!row) return;
  const person = Object.assign(new Person(), { id: row.id, localAuthorityId: row.local_authority_id, firstName: row.first_name, lastName: row.last_name, createdAt: row.created_at });
  loaders.personById.prime(person.id, person);
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createPeopleLoaders> {}
}
