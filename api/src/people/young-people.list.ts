import { Brackets } from "typeorm";
import { viewerHas } from "../kernel/access/require-permission";
import type { RequestScope } from "../kernel/context";
import { YoungPerson } from "./young-person.entity";

/**
 * The young people a caller may read, by first name then id, from the cursor on. The filter is the caller's own
 * scope (own, assigned or any); row-level security would hide the rest anyway, but it is a second wall, not the first.
 */
export async function listVisibleYoungPeople(scope: RequestScope, limit: number, after: [string, string] | null): Promise<YoungPerson[]> {
  const account = scope.viewer?.account;
  if (!account) return [];
  const query = scope.db
    .getRepository(YoungPerson)
    .createQueryBuilder("youngPerson")
    .innerJoinAndSelect("youngPerson.person", "person")
    .where("person.local_authority_id = :authority", { authority: account.localAuthorityId })
    .orderBy("person.first_name", "ASC")
    .addOrderBy("youngPerson.id", "ASC")
    .limit(limit);
  if (!viewerHas(scope, "read:young-person:any")) {
    const assigned = viewerHas(scope, "read:young-person:assigned")
      ? [...(await scope.loaders.assignedYoungPersonIds.load(account.personId))]
      : [];
    const own = viewerHas(scope, "read:young-person:own") ? [account.personId] : [];
    query.andWhere("youngPerson.id = ANY(:ids)", { ids: [...assigned, ...own] });
  }
  if (after) {
    query.andWhere(
      new Brackets((where) =>
        where
          .where("person.first_name > :name", { name: after[0] })
          .orWhere("person.first_name = :name AND youngPerson.id > :id", { name: after[0], id: after[1] }),
      ),
    );
  }
  return query.getMany();
}
