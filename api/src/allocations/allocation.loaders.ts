import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";

/**
 * The young people each person is assigned to now: as their current IRO, or as their social worker. One query for
 * every person asked about in the request.
 */
export function createAllocationLoaders(db: EntityManager) {
  return {
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
