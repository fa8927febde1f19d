import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { SupportRequestMove } from "./support-request-move.entity";
import { SupportRequest } from "./support-request.entity";

/** How many of a young person's requests their tracker and their pack show: the newest. */
export const REQUESTS_SHOWN_PER_YOUNG_PERSON = 10;

export function createSupportRequestLoaders(db: EntityManager) {
  return {
    supportRequestById: new DataLoader<string, SupportRequest | null>(async (ids) => {
      const found = await db.getRepository(SupportRequest).findBy({ id: In([...ids]) });
      return ids.map((id) => found.find((request) => request.id === id) ?? null);
    }),
    /** Each young person's newest requests, newest first, as far as row-level security shows them: one statement for the batch. */
    supportRequestsByYoungPersonId: new DataLoader<string, SupportRequest[]>(async (ids) => {
      const found = await db
        .getRepository(SupportRequest)
        .createQueryBuilder("request")
        .where("request.young_person_id = ANY(:ids)", { ids: [...ids] })
        // Each young person's newest, cut in the database rather than after reading all of them.
        .andWhere(
          `request.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY young_person_id ORDER BY asked_at DESC, id DESC) AS newest
                                            FROM support_request WHERE young_person_id = ANY(:ids)) ranked WHERE newest <= :shown)`,
          { shown: REQUESTS_SHOWN_PER_YOUNG_PERSON },
        )
        .orderBy("request.asked_at", "DESC")
        .addOrderBy("request.id", "DESC")
        .getMany();
      return ids.map((id) => found.filter((request) => request.youngPersonId === id));
    }),
    supportMovesByRequestId: new DataLoader<string, SupportRequestMove[]>(async (ids) => {
      const found = await db.getRepository(SupportRequestMove).find({ where: { requestId: In([...ids]) }, order: { movedAt: "ASC" } });
      return ids.map((id) => found.filter((move) => move.requestId === id));
    }),
  };
}

declare module "../kernel/context" {
  interface Loaders extends ReturnType<typeof createSupportRequestLoaders> {}
}
