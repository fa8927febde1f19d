import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../kernel/context";
import { NetworkLink } from "./network-link.entity";
import { addToNetwork } from "./network.service";
import { AddToNetworkInput } from "./people.inputs";
import { Person } from "./person.entity";

@Resolver(() => NetworkLink)
export class NetworkResolver {
  @Authorized()
  @Mutation(() => NetworkLink, { description: "Adds someone to a young person's network." })
  addToNetwork(@Arg("input", () => AddToNetworkInput) input: AddToNetworkInput, @Ctx() context: Context): Promise<NetworkLink> {
    return addToNetwork(context, input);
  }

  @FieldResolver(() => Person)
  async person(@Root() link: NetworkLink, @Ctx() { loaders }: Context): Promise<Person> {
    const person = await loaders.personById.load(link.personId);
    if (!person) throw new Error("A network link names a person the caller cannot see.");
    return person;
  }
}
