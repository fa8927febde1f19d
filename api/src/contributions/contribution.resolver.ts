import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../kernel/context";
import { Person } from "../people/person.entity";
import { Relationship } from "../people/relationship";
import { ContributionAnswers, toContributionAnswers } from "./contribution-answers";
import { Contribution } from "./contribution.entity";
import { openContributionForm, saveContributionDraft, sentContribution, submitContribution } from "./contribution.service";
import {
  ContributionFormResult,
  SaveContributionDraftInput,
  SaveContributionDraftResult,
  SentContribution,
  SubmitContributionInput,
  SubmitContributionResult,
} from "./contribution.types";

/**
 * What the holder of a single-use link does, with no account: the token is their only key, and opens one form. A
 * token that opens nothing is answered like a closed link (UNKNOWN), never as an error, so the page can explain it.
 */
@Resolver(() => Contribution)
export class ContributionResolver {
  @Query(() => ContributionFormResult, { description: "The form a single-use link opens, with its draft; or why the link cannot be used." })
  contributionForm(@Arg("token", { description: "The link's token." }) token: string, @Ctx() context: Context): Promise<typeof ContributionFormResult> {
    return openContributionForm(context, token);
  }

  @Query(() => SentContribution, {
    nullable: true,
    description: "What was sent through a used link, for its holder to keep a copy of, until the link would have expired; null for any other token.",
  })
  sentContribution(@Arg("token", { description: "The link's token." }) token: string, @Ctx() context: Context): Promise<SentContribution | null> {
    return sentContribution(context, token);
  }

  @Mutation(() => SaveContributionDraftResult, { description: "Keeps the draft of a link's form as its holder writes it." })
  saveContributionDraft(
    @Arg("input", () => SaveContributionDraftInput) input: SaveContributionDraftInput,
    @Ctx() context: Context,
  ): Promise<typeof SaveContributionDraftResult> {
    return saveContributionDraft(context, input);
  }

  @Mutation(() => SubmitContributionResult, {
    description: "Sends a link's contribution and spends the link. The same submission key again gives the same answer and keeps nothing more.",
  })
  submitContribution(
    @Arg("input", () => SubmitContributionInput) input: SubmitContributionInput,
    @Ctx() context: Context,
  ): Promise<typeof SubmitContributionResult> {
    return submitContribution(context, input);
  }

  @FieldResolver(() => Person, { description: "Who sent it. Only the first name is ever shown." })
  async person(@Root() contribution: Contribution, @Ctx() { loaders }: Context): Promise<Person> {
    const { personId } = linkOf(contribution);
    const person = personId === null ? null : await loaders.personById.load(personId);
    if (!person) throw new Error("A contribution names a person the caller cannot see.");
    return person;
  }

  @FieldResolver(() => Relationship, { description: "How the sender is related to the young person: it decided the questions." })
  relationship(@Root() contribution: Contribution): Relationship {
    return linkOf(contribution).relationship;
  }

  @FieldResolver(() => ContributionAnswers, { description: "What was sent." })
  answers(@Root() contribution: Contribution): ContributionAnswers {
    return toContributionAnswers(contribution.submittedAnswers ?? {});
  }
}

function linkOf(contribution: Contribution) {
  if (!contribution.link) throw new Error("A contribution was given out without its link (see contributionsByReviewId).");
  return contribution.link;
}
