import { IsUUID, MaxLength, MinLength } from "class-validator";
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { requireAccess } from "../people/young-person-access";
import type { Context } from "../kernel/context";
import { allocateIro } from "./allocation.service";
import { IroAllocation } from "./iro-allocation.entity";

@InputType()
class AllocateIroInput {
  @Field(() => ID)
  youngPersonId: string;

  @Field(() => ID, { description: "The person id of the IRO." })
  @IsUUID("all", { message: "Choose an IRO from the list." })
  iroPersonId: string;

  @Field({ description: "Why, for the record." })
  @MinLength(3, { message: "Say why the IRO is being allocated or changed." })
  @MaxLength(500, { message: "Keep the reason to 500 characters." })
  reason: string;
}

@Resolver()
export class AllocationResolver {
  @Authorized()
  @Mutation(() => [IroAllocation], { description: "Allocates an IRO to a young person and any brothers and sisters in care." })
  async allocateIro(@Arg("input", () => AllocateIroInput) input: AllocateIroInput, @Ctx() context: Context): Promise<IroAllocation[]> {
    await requireAccess(context, "update", "allocation", input.youngPersonId);
    const made = await allocateIro(context.db, { ...input, localAuthorityId: context.viewer!.account.localAuthorityId });
    for (const allocation of made) context.audit.record("update", "allocation", allocation.youngPersonId);
    return made;
  }
}
