import { IsDateString, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { requirePermission } from "../kernel/access/require-permission";
import { requireAccess } from "./young-person-access";
import type { Context } from "../kernel/context";
import { badUserInput } from "../kernel/errors";
import { NetworkLink } from "./network-link.entity";
import { Person } from "./person.entity";
import { Relationship } from "./relationship";
import { YoungPerson } from "./young-person.entity";
import { NotBlank } from "../kernel/input-constraints";

@InputType()
class NameInput {
  @Field()
  @NotBlank({ message: "Enter a first name." })
  @MaxLength(100, { message: "Keep the first name to 100 characters." })
  firstName: string;

  @Field()
  @NotBlank({ message: "Enter a last name." })
  @MaxLength(100, { message: "Keep the last name to 100 characters." })
  lastName: string;
}

@InputType()
class CreateYoungPersonInput extends NameInput {
  @Field({ description: "YYYY-MM-DD." })
  @IsDateString({ strict: true }, { message: "Enter the date of birth as YYYY-MM-DD." })
  dateOfBirth: string;
}

@InputType()
class AddToNetworkInput {
  @Field(() => ID)
  youngPersonId: string;

  @Field(() => ID, { nullable: true, description: "Someone already known, such as a brother or sister in care." })
  @IsOptional()
  @IsUUID("all", { message: "Choose someone from the list." })
  personId?: string | null;

  @Field(() => NameInput, { nullable: true, description: "Someone new to the service." })
  @IsOptional()
  newPerson?: NameInput | null;

  @Field(() => Relationship)
  relationship: Relationship;

  @Field({ defaultValue: true })
  mayBeInvited: boolean;
}

@Resolver(() => NetworkLink)
export class NetworkResolver {
  @Authorized()
  @Mutation(() => YoungPerson, { description: "Records a young person new to the service." })
  async createYoungPerson(@Arg("input", () => CreateYoungPersonInput) input: CreateYoungPersonInput, @Ctx() context: Context): Promise<YoungPerson> {
    requirePermission(context, "create:young-person:any");
    const account = context.viewer!.account;
    const { dateOfBirth, ...names } = input;
    const person = await context.db.getRepository(Person).save({ ...names, localAuthorityId: account.localAuthorityId });
    await context.db.getRepository(YoungPerson).insert({ id: person.id, dateOfBirth });
    context.audit.record("create", "young-person", person.id);
    return Object.assign(new YoungPerson(), { id: person.id, dateOfBirth, person });
  }

  @Authorized()
  @Mutation(() => NetworkLink, { description: "Adds someone to a young person's network." })
  async addToNetwork(@Arg("input", () => AddToNetworkInput) input: AddToNetworkInput, @Ctx() context: Context): Promise<NetworkLink> {
    await requireAccess(context, "update", "network", input.youngPersonId);
    if (Boolean(input.personId) === Boolean(input.newPerson)) {
      throw badUserInput([{ field: "personId", code: "CONFLICTING", message: "Choose someone already known, or enter a new person, not both." }]);
    }
    const localAuthorityId = context.viewer!.account.localAuthorityId;
    const personId = input.personId ?? (await context.db.getRepository(Person).save({ ...input.newPerson!, localAuthorityId })).id;
    if (!(await context.loaders.personById.load(personId))) throw badUserInput([{ field: "personId", code: "NOT_ON_THE_LIST", message: "We could not find that person." }]);
    return context.db.getRepository(NetworkLink).save({
      youngPersonId: input.youngPersonId,
      personId,
      relationship: input.relationship,
      mayBeInvited: input.mayBeInvited,
    });
  }

  @FieldResolver(() => Person)
  async person(@Root() link: NetworkLink, @Ctx() { loaders }: Context): Promise<Person> {
    const person = await loaders.personById.load(link.personId);
    if (!person) throw new Error("A network link names a person the caller cannot see.");
    return person;
  }
}
