import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { requireFieldAccess } from "./young-person-access";
import type { Context } from "../kernel/context";
import { ReviewDue } from "../reviews/review-due";
import { Review } from "../reviews/review.entity";
import { NetworkLink } from "./network-link.entity";
import { CreateYoungPersonInput } from "./people.inputs";
import { createYoungPerson, readYoungPeople, readYoungPerson } from "./people.service";
import { Person } from "./person.entity";
import { StaffContact } from "./staff-contact.entity";
import { readCurrentIroContact } from "./staff-contact.service";
import { YoungPerson } from "./young-person.entity";
import { YoungPeopleArgs } from "./young-people.args";

@ObjectType({ description: "A page of young people, in the order asked." })
class YoungPersonPage {
  @Field(() => [YoungPerson])
  items: YoungPerson[];

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page; null on the last page." })
  nextCursor: string | null;

  @Field(() => Int, { description: "How many young people the filters find, on every page." })
  totalCount: number;
}

@Resolver(() => YoungPerson)
export class YoungPersonResolver {
  @Authorized()
  @Query(() => YoungPerson, { description: "One young person's record, if the caller may see it." })
  youngPerson(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<YoungPerson> {
    return readYoungPerson(context, id);
  }

  @Authorized()
  @Query(() => YoungPersonPage, { description: "The young people the caller may see: their own record, their caseload, or their authority's." })
  youngPeople(@Args(() => YoungPeopleArgs) args: YoungPeopleArgs, @Ctx() context: Context): Promise<YoungPersonPage> {
    return readYoungPeople(context, args);
  }

  @Authorized()
  @Mutation(() => YoungPerson, { description: "Records a young person new to the service." })
  createYoungPerson(@Arg("input", () => CreateYoungPersonInput) input: CreateYoungPersonInput, @Ctx() context: Context): Promise<YoungPerson> {
    return createYoungPerson(context, input);
  }

  @FieldResolver(() => ReviewDue, { nullable: true, description: "When the next review is due by law; null with no open period of care." })
  async reviewDue(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<ReviewDue | null> {
    await requireFieldAccess(context, "read", "review", youngPerson.id);
    return context.loaders.reviewDueByYoungPersonId.load(youngPerson.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The IRO allocated now." })
  async currentIro(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<Person | null> {
    await requireFieldAccess(context, "read", "young-person", youngPerson.id);
    const allocation = await context.loaders.currentAllocationByYoungPersonId.load(youngPerson.id);
    return allocation?.iro ?? null;
  }

  @FieldResolver(() => StaffContact, { nullable: true, description: "How to reach the IRO allocated now: their full name, work phone and email." })
  currentIroContact(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<StaffContact | null> {
    return readCurrentIroContact(context, youngPerson.id);
  }

  @FieldResolver(() => [NetworkLink], { description: "The people in the young person's network." })
  async network(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<NetworkLink[]> {
    await requireFieldAccess(context, "read", "network", youngPerson.id);
    const links = await context.loaders.networkByYoungPersonId.load(youngPerson.id);
    // A link may name someone the caller may not see (a young parent in care with another IRO): leave it out.
    const people = await context.loaders.personById.loadMany(links.map((link) => link.personId));
    return links.filter((_link, index) => people[index] && !(people[index] instanceof Error));
  }

  @FieldResolver(() => Boolean, { description: "Whether the young person has made their account yet." })
  hasAccount(@Root() youngPerson: YoungPerson, @Ctx() { loaders }: Context): Promise<boolean> {
    return loaders.hasAccountByPersonId.load(youngPerson.id);
  }

  @FieldResolver(() => String)
  firstName(@Root() youngPerson: YoungPerson): string {
    return youngPerson.person.firstName;
  }

  @FieldResolver(() => Review, {
    nullable: true,
    description: "The review planned now, even once its start has passed and until it is recorded as held, adjourned or cancelled.",
  })
  async plannedReview(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<Review | null> {
    await requireFieldAccess(context, "read", "review", youngPerson.id);
    return context.loaders.plannedReviewByYoungPersonId.load(youngPerson.id);
  }

  @FieldResolver(() => Review, { nullable: true, description: "The next review from now on, if one is planned." })
  async nextReview(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<Review | null> {
    // Checked again here so that a new path to a young person cannot open their reviews by accident.
    await requireFieldAccess(context, "read", "review", youngPerson.id);
    return context.loaders.nextReviewByYoungPersonId.load(youngPerson.id);
  }
}
