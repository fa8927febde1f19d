import { IsOptional, MaxLength } from "class-validator";
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { requireAccess, requireFieldAccess } from "./young-person-access";
import type { Context } from "../kernel/context";
import { CommunicationNeeds } from "./communication-needs.entity";
import { YoungPerson } from "./young-person.entity";

const LIMIT = 500;

@InputType({ description: "Each field replaces what was recorded; empty or null means none." })
class UpdateCommunicationNeedsInput {
  @Field(() => ID)
  youngPersonId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: "Keep the language to 100 characters." })
  interpreterLanguage?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMIT, { message: `Keep the way of communicating to ${LIMIT} characters.` })
  alternativeCommunication?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMIT, { message: `Keep anything else to ${LIMIT} characters.` })
  otherNeeds?: string | null;
}

const orNull = (text: string | null | undefined) => text?.trim() || null;

@Resolver(() => YoungPerson)
export class CommunicationNeedsResolver {
  @FieldResolver(() => CommunicationNeeds, { nullable: true, description: "Null until the IRO records any." })
  async communicationNeeds(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<CommunicationNeeds | null> {
    await requireFieldAccess(context, "read", "communication-needs", youngPerson.id);
    return context.loaders.communicationNeedsByYoungPersonId.load(youngPerson.id);
  }

  @Authorized()
  @Mutation(() => CommunicationNeeds, { description: "Records what a young person needs to take part in their reviews." })
  async updateCommunicationNeeds(
    @Arg("input", () => UpdateCommunicationNeedsInput) input: UpdateCommunicationNeedsInput,
    @Ctx() context: Context,
  ): Promise<CommunicationNeeds> {
    await requireAccess(context, "update", "communication-needs", input.youngPersonId);
    const repository = context.db.getRepository(CommunicationNeeds);
    const values = {
      youngPersonId: input.youngPersonId,
      interpreterLanguage: orNull(input.interpreterLanguage),
      alternativeCommunication: orNull(input.alternativeCommunication),
      otherNeeds: orNull(input.otherNeeds),
      updatedByAccountId: context.viewer!.account.id,
      updatedAt: new Date(),
    };
    await repository.upsert(values, ["youngPersonId"]);
    return repository.create(values);
  }
}
