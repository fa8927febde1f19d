import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../kernel/context";
import { AllocateIroInput } from "./allocation.inputs";
import { allocateIro, readIros } from "./allocation.service";
import { IroAllocation } from "./iro-allocation.entity";
import { Iro } from "./iro.types";

@Resolver()
export class AllocationResolver {
  @Authorized()
  @Query(() => [Iro], { description: "The IROs of the caller's local authority, by name. For IRO managers." })
  iros(@Ctx() context: Context): Promise<Iro[]> {
    return readIros(context);
  }

  @Authorized()
  @Mutation(() => [IroAllocation], { description: "Allocates an IRO to a young person and any brothers and sisters in care." })
  allocateIro(@Arg("input", () => AllocateIroInput) input: AllocateIroInput, @Ctx() context: Context): Promise<IroAllocation[]> {
    return allocateIro(context, input);
  }
}
