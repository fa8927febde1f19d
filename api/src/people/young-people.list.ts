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

function orderAndContinue(query: SelectQueryBuilder<YoungPerson>, orderBy: YoungPeopleOrder, after: [string, string] | null): void {
  if (orderBy === YoungPeopleOrder.FIRST_NAME) {
    query.orderBy("person.first_name", "ASC").addOrderBy("youngPerson.id", "ASC");
    if (after) {
      query.andWhere(
        new Brackets((where) =>
          where
            .where("person.first_name > :name", { name: after[0] })
            .orWhere("person.first_name = :name AND youngPerson.id > :id", { name: after[0], id: after[1] }),
        ),
      );
    }
    return;
  }
  // The index on (review_due_on, id) gives this order; those with nothing due come last.
  query.orderBy("youngPerson.review_due_on", "ASC", "NULLS LAST").addOrderBy("youngPerson.id", "ASC");
  if (!after) return;
  const [dueOn, id] = after;
  if (dueOn === "") {
    query.andWhere("youngPerson.review_due_on IS NULL AND youngPerson.id > :id", { id });
  } else {
    query.andWhere(
      new Brackets((where) =>
        where
          .where("youngPerson.review_due_on > :dueOn", { dueOn })
          .orWhere("youngPerson.review_due_on = :dueOn AND youngPerson.id > :id", { dueOn, id })
          .orWhere("youngPerson.review_due_on IS NULL"),
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
    .innerJoinAndSelect("youngPerson.person", "person")
    .where("person.local_authority_id = :authority", { authority: account.localAuthorityId });
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
  const totalCount = await query.clone().getCount();
  orderAndContinue(query, filter.orderBy, after);
  return { rows: await query.limit(limit).getMany(), totalCount };
}
