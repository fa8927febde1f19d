import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { may } from "../people/young-person-access";
import type { Context, ViewerAccount } from "../kernel/context";
import { YoungPerson } from "../people/young-person.entity";
import { Account } from "./account.entity";

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Account, { nullable: true, description: "The signed-in account, or null when nobody is signed in." })
  me(@Ctx() { viewer }: Context): ViewerAccount | null {
    return viewer?.account ?? null;
  }

  @FieldResolver(() => String, { description: "The first name of the person who holds the account." })
  async firstName(@Root() account: Account, @Ctx() { loaders }: Context): Promise<string> {
    const person = await loaders.personById.load(account.personId);
    return person?.firstName ?? "";
  }

  @FieldResolver(() => YoungPerson, { nullable: true, description: "For a young person's account, their record." })
  async youngPerson(@Root() account: Account, @Ctx() context: Context): Promise<YoungPerson | null> {
    if (!(await may(context, "read", "young-person", account.personId))) return null;
    context.audit.record("read", "young-person", account.personId);
    return context.loaders.youngPersonById.load(account.personId);
  }
}
