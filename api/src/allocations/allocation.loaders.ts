import DataLoader from "dataloader";
import { In, IsNull, type EntityManager } from "typeorm";
import { NetworkLink } from "../people/network-link.entity";
import { IroAllocation } from "./iro-allocation.entity";

/**
 * The young people each person is assigned to now: as their current IRO, or as their social worker. One query for
 * every person asked about in the request.
 */
export function createAllocationLoaders(db: EntityManager) {
  return {
    /** With the IRO's person, as row-level security lets the caller see them (null when it hides them). */
    currentAllocationByYoungPersonId: new DataLoader<string, IroAllocation | null>(async (ids) => {
      const rows = await db.getRepository(IroAllocation).find({ where: { youngPersonId: In([...ids]), endsAt: IsNull() }, relations: { iro: true } });
      const byYoungPerson = new Map(rows.map((row) => [row.youngPersonId, row]));
      return ids.map((id) => byYoungPerson.get(id) ?? null);
    }),
    networkByYoungPersonId: new DataLoader<string, NetworkLink[]>(async (ids) => {
      const rows = await db.getRepository(NetworkLink).find({ where: { youngPersonId: In([...ids]) }, order: { createdAt: "ASC" } });
      return ids.map((id) => rows.filter((row) => row.youngPersonId === id));
    }),
    assignedYoungPersonIds: new DataLoader<string, Set<string>>(async (personIds) => {
      const rows: { person_id: string; young_person_id: string }[] = await db.query(
        `SELECT iro_person_id AS person_id, young_person_id FROM iro_allocation
          WHERE iro_person_id = ANY($1) AND ends_at IS NULL
         UNION
         SELECT person_id, young_person_id FROM network_link
          WHERE person_id = ANY($1) AND relationship = 'SOCIAL_WORKER'`,
        [[...personIds]],
      );
      const byPerson = new Map(personIds.map((id) => [id, new Set<string>()]));
      for (const row of rows) byPerson.get(row.person_id)?.add(row.young_person_id);
      return personIds.map((id) => byPerson.get(id) ?? new Set());
    }),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createAllocationLoaders> {}
}
