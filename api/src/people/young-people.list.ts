import { Brackets, type SelectQueryBuilder } from "typeorm";
import { viewerHas } from "../kernel/access/require-permission";
import type { CalendarDate } from "../kernel/calendar/calendar-date";
import type { RequestScope } from "../kernel/context";
import type { ReviewTimeliness } from "../reviews/review-due";
import { timelinessCondition, timelinessParameters } from "../reviews/review-timeliness-filter";
import { YoungPeopleOrder } from "./young-people.args";
import { YoungPerson } from "./young-person.entity";

export type YoungPeopleFilter = {
  orderBy: YoungPeopleOrder;
  timeliness: ReviewTimeliness | null;
  iroPersonId: string | null;
  today: CalendarDate;
};

/** The sort key a cursor holds for each order: the first name, or the due date ("" for none), then the id. */
export function cursorKeyOf(orderBy: YoungPeopleOrder, youngPerson: YoungPerson): [string, string] {
  return orderBy === YoungPeopleOrder.REVIEW_DUE ? [youngPerson.reviewDueOn ?? "", youngPerson.id] : [youngPerson.person.firstName, youngPerson.id];
}

/**
 * The order asked and the continuation after the cursor, each written so that an index gives the order and the page is
 * cut after its last row: a young person's id is their person's, so (first_name, id) is person's index on the authority.
 */
function orderAndContinue(query: SelectQueryBuilder<YoungPerson>, orderBy: YoungPeopleOrder, after: [string, string] | null): void {
  if (orderBy === YoungPeopleOrder.FIRST_NAME) {
    query.orderBy("person.first_name", "ASC").addOrderBy("person.id", "ASC");
    if (after) query.andWhere("(person.first_name, person.id) > (:name, :id)", { name: after[0], id: after[1] });
    return;
  }
  // The index on (local_authority_id, review_due_on, id) gives this order; those with nothing due come last.
  query.orderBy("youngPerson.review_due_on", "ASC", "NULLS LAST").addOrderBy("youngPerson.id", "ASC");
  if (!after) return;
  const [dueOn, id] = after;
  if (dueOn === "") {
    query.andWhere("youngPerson.review_due_on IS NULL AND youngPerson.id > :id", { id });
  } else {
    query.andWhere(
      new Brackets((where) =>
        where.where("(youngPerson.review_due_on, youngPerson.id) > (:dueOn, :id)", { dueOn, id }).orWhere("youngPerson.review_due_on IS NULL"),
      ),
    );
  }
}

/**
 * The young people a caller may read, with the filters asked, in SQL so that a page is cut from the filtered list and
 * counted whole. The first filter is the caller's own scope (own, assigned or any); row-level security would hide the
 * rest anyway, but it is a second wall, not the first. Null when the caller may read no one.
 */
async function visibleYoungPeople(scope: RequestScope, filter: YoungPeopleFilter): Promise<SelectQueryBuilder<YoungPerson> | null> {
  const account = scope.viewer?.account;
  if (!account) return null;
  const query = scope.db
    .getRepository(YoungPerson)
    .createQueryBuilder("youngPerson")
    .where("youngPerson.local_authority_id = :authority", { authority: account.localAuthorityId });
  if (!viewerHas(scope, "read:young-person:any")) {
    const assigned = viewerHas(scope, "read:young-person:assigned")
      ? [...(await scope.loaders.assignedYoungPersonIds.load(account.personId))]
      : [];
    const own = viewerHas(scope, "read:young-person:own") ? [account.personId] : [];
    query.andWhere("youngPerson.id = ANY(:ids)", { ids: [...assigned, ...own] });
  }
  if (filter.timeliness) {
    query.andWhere(timelinessCondition(filter.timeliness, "youngPerson.review_due_on", "youngPerson.id"), timelinessParameters(filter.today));
  }
  if (filter.iroPersonId) {
    query.andWhere(
      "EXISTS (SELECT 1 FROM iro_allocation allocation WHERE allocation.young_person_id = youngPerson.id AND allocation.ends_at IS NULL AND allocation.iro_person_id = :iro)",
      { iro: filter.iroPersonId },
    );
  }
  return query;
}

/** Up to `limit` of them in the order asked, from the cursor on, and how many there are in all. */
export async function listVisibleYoungPeople(
  scope: RequestScope,
  filter: YoungPeopleFilter,
  limit: number,
  after: [string, string] | null,
): Promise<{ rows: YoungPerson[]; totalCount: number }> {
  const query = await visibleYoungPeople(scope, filter);
  if (!query) return { rows: [], totalCount: 0 };
  // Counted without the names, which only the page needs. Both rows are in one authority: saying so lets the name order
  // come from person's index on (local_authority_id, first_name, id).
  const counting = query.clone().getCount();
  query.innerJoinAndSelect("youngPerson.person", "person", "person.local_authority_id = youngPerson.local_authority_id");
  orderAndContinue(query, filter.orderBy, after);
  // Asked together, so that the count and the page travel in one round trip.
  const [totalCount, rows] = await Promise.all([counting, query.limit(limit).getMany()]);
  return { rows, totalCount };
}
