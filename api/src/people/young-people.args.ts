import { ArgsType, Field, ID, registerEnumType } from "type-graphql";
import { PageArgs } from "../kernel/pagination";
import { ReviewTimeliness } from "../reviews/review-due";

export enum YoungPeopleOrder {
  FIRST_NAME = "FIRST_NAME",
  REVIEW_DUE = "REVIEW_DUE",
}
registerEnumType(YoungPeopleOrder, {
  name: "YoungPeopleOrder",
  valuesConfig: {
    FIRST_NAME: { description: "By first name." },
    REVIEW_DUE: { description: "The review due soonest first; those with no review due (no open period of care) last." },
  },
});

@ArgsType()
export class YoungPeopleArgs extends PageArgs {
  @Field(() => YoungPeopleOrder, { defaultValue: YoungPeopleOrder.FIRST_NAME })
  orderBy: YoungPeopleOrder;

  @Field(() => ReviewTimeliness, { nullable: true, description: "Only those whose next review is this close, late or planned late. Needs leave to read their reviews." })
  timeliness?: ReviewTimeliness | null;

  @Field(() => ID, { nullable: true, description: "Only those allocated to this IRO now." })
  iroPersonId?: string | null;
}
