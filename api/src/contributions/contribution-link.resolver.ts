import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../kernel/context";
import { Person } from "../people/person.entity";
import { ContributionLink } from "./contribution-link.entity";
import { createContributionLink } from "./contribution-link.service";
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

  @FieldResolver(() => Person, { description: "The person invited. Only the first name is ever shown." })
  async person(@Root() link: ContributionLink, @Ctx() { loaders }: Context): Promise<Person> {
    const person = await loaders.personById.load(link.personId);
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
