import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../kernel/context";
import { AllocateIroInput } from "./allocation.inputs";
import { allocateIro } from "./allocation.service";
import { IroAllocation } from "./iro-allocation.entity";

@Resolver()
export class AllocationResolver {
  @Authorized()
  @Mutation(() => [IroAllocation], { description: "Allocates an IRO to a young person and any brothers and sisters in care." })
  allocateIro(@Arg("input", () => AllocateIroInput) input: AllocateIroInput, @Ctx() context: Context): Promise<IroAllocation[]> {
    return allocateIro(context, input);
  }
}
