import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../kernel/context";
import { Person } from "../people/person.entity";
import { ContributionLink } from "./contribution-link.entity";
import { contributionLinkToSend, createContributionLink } from "./contribution-link.service";
import { ContributionLinkState, CreateContributionLinkInput, NewContributionLink } from "./contribution.types";

@Resolver(() => ContributionLink)
export class ContributionLinkResolver {
  @Authorized()
  @Mutation(() => NewContributionLink, {
    description: "A single-use link for someone in a young person's network to give their views before a review. Any open link for them stops working.",
  })
  async createContributionLink(
    @Arg("input", () => CreateContributionLinkInput) input: CreateContributionLinkInput,
    @Ctx() context: Context,
  ): Promise<NewContributionLink> {
    return Object.assign(new NewContributionLink(), await createContributionLink(context, input));
  }

  @Authorized()
  @Query(() => NewContributionLink, {
    nullable: true,
    description:
      "Someone's link for a review, to send again: only while it can still be used, and only for a link made since links could be shown again. Recorded in the audit.",
  })
  async contributionLinkToSend(
    @Arg("reviewId", () => ID) reviewId: string,
    @Arg("personId", () => ID) personId: string,
    @Ctx() context: Context,
  ): Promise<NewContributionLink | null> {
    const shown = await contributionLinkToSend(context, { reviewId, personId });
    return shown && Object.assign(new NewContributionLink(), shown);
  }

  @FieldResolver(() => Person, { description: "The person invited. Only the first name is ever shown." })
  async person(@Root() link: ContributionLink, @Ctx() { loaders }: Context): Promise<Person> {
    // Only links for views, each made for someone in the network, are given out here (see the loaders).
    const person = link.personId === null ? null : await loaders.personById.load(link.personId);
    if (!person) throw new Error("A contribution link names a person the caller cannot see.");
    return person;
  }

  @FieldResolver(() => ContributionLinkState)
  async state(@Root() link: ContributionLink, @Ctx() { loaders }: Context): Promise<ContributionLinkState> {
    const state = await loaders.contributionLinkStateById.load(link.id);
    if (!state) throw new Error("A contribution link the caller was given cannot be seen.");
    return state;
  }
}
