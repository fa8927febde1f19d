import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../kernel/context";
import { PageArgs } from "../kernel/pagination";
import { WorryAlert } from "./worry-alert.entity";
import { RaiseWorryInput } from "./worries.inputs";
import { acknowledgeWorry, raiseWorry, readOpenWorries, readWorry } from "./worries.service";

@ObjectType({ description: "A page of alerts not yet acknowledged, oldest first." })
class WorryAlertPage {
  @Field(() => [WorryAlert])
  items: WorryAlert[];

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page; null on the last page." })
  nextCursor: string | null;
}

const fullName = (person: { firstName: string; lastName: string } | null) => (person ? `${person.firstName} ${person.lastName}` : null);

@Resolver(() => WorryAlert)
export class WorryAlertResolver {
  @Authorized()
  @Mutation(() => WorryAlert, { description: "The young person asks their IRO or social worker to contact them. The same submission key answers with the same alert." })
  raiseWorry(@Arg("input", () => RaiseWorryInput) input: RaiseWorryInput, @Ctx() context: Context): Promise<WorryAlert> {
    return raiseWorry(context, input);
  }

  @Authorized()
  @Mutation(() => WorryAlert, { description: "The young person's IRO or social worker says they have the alert; the first to do so is kept." })
  acknowledgeWorry(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<WorryAlert> {
    return acknowledgeWorry(context, id);
  }

  @Authorized()
  @Query(() => WorryAlert, { description: "One alert, if the caller may see it." })
  worryAlert(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<WorryAlert> {
    return readWorry(context, id);
  }

  @Authorized()
  @Query(() => WorryAlertPage, { description: "The alerts not yet acknowledged that the caller is one of the people to act on; none for anyone else." })
  openWorryAlerts(@Args(() => PageArgs) args: PageArgs, @Ctx() context: Context): Promise<WorryAlertPage> {
    return readOpenWorries(context, args);
  }

  @FieldResolver(() => String, { nullable: true })
  async youngPersonName(@Root() alert: WorryAlert, @Ctx() { loaders }: Context): Promise<string | null> {
    return fullName(await loaders.personById.load(alert.youngPersonId));
  }

  @FieldResolver(() => String, { nullable: true, description: "The IRO who was told; null if none was allocated." })
  async toldIroName(@Root() alert: WorryAlert, @Ctx() { loaders }: Context): Promise<string | null> {
    return alert.iroPersonId ? fullName(await loaders.personById.load(alert.iroPersonId)) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The social worker who was told; null if none was linked." })
  async toldSocialWorkerName(@Root() alert: WorryAlert, @Ctx() { loaders }: Context): Promise<string | null> {
    return alert.socialWorkerPersonId ? fullName(await loaders.personById.load(alert.socialWorkerPersonId)) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Who acknowledged it; null until someone does." })
  async acknowledgedByName(@Root() alert: WorryAlert, @Ctx() { loaders }: Context): Promise<string | null> {
    return alert.acknowledgedByAccountId ? fullName(await loaders.personByAccountId.load(alert.acknowledgedByAccountId)) : null;
  }
}
