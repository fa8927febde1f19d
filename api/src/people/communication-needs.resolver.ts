import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { requireFieldAccess } from "./young-person-access";
import type { Context } from "../kernel/context";
import { CommunicationNeeds } from "./communication-needs.entity";
import { updateCommunicationNeeds } from "./communication-needs.service";
import { UpdateCommunicationNeedsInput } from "./people.inputs";
import { YoungPerson } from "./young-person.entity";

@Resolver(() => YoungPerson)
export class CommunicationNeedsResolver {
  @FieldResolver(() => CommunicationNeeds, { nullable: true, description: "Null until the IRO records any." })
  async communicationNeeds(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<CommunicationNeeds | null> {
    await requireFieldAccess(context, "read", "communication-needs", youngPerson.id);
    return context.loaders.communicationNeedsByYoungPersonId.load(youngPerson.id);
  }

  @Authorized()
  @Mutation(() => CommunicationNeeds, { description: "Records what a young person needs to take part in their reviews." })
  updateCommunicationNeeds(
    @Arg("input", () => UpdateCommunicationNeedsInput) input: UpdateCommunicationNeedsInput,
    @Ctx() context: Context,
  ): Promise<CommunicationNeeds> {
    return updateCommunicationNeeds(context, input);
  }
}
