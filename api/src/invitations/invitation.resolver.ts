import { Role } from "../kernel/access/role";
import { MaxLength } from "class-validator";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../kernel/context";
import { SignedIn } from "../sessions/sign-in.results";
import { issueInvitation } from "./invitation-issue.service";
import {
  ActivateInvitationInput,
  ActivationResult,
  InvitationCheck,
  InvitationCode,
  InvitationValid,
  toInvitationRefused,
} from "./invitation.types";

@ArgsType()
class InvitationArgs {
  @Field({ description: "The invitation code, as typed." })
  @MaxLength(40, { message: "That is too long to be a code." })
  code: string;
}

@Resolver()
export class InvitationResolver {
  @Authorized()
  @Mutation(() => InvitationCode, { description: "A new invitation code for a young person; any earlier code stops working." })
  async createInvitation(@Arg("youngPersonId", () => ID) youngPersonId: string, @Ctx() context: Context): Promise<InvitationCode> {
    return Object.assign(new InvitationCode(), await issueInvitation(context, youngPersonId));
  }

  @Query(() => InvitationCheck, { description: "Whether a code can be used, before the young person chooses a username." })
  async invitation(@Args(() => InvitationArgs) { code }: InvitationArgs, @Ctx() { services, clientAddress }: Context): Promise<typeof InvitationCheck> {
    const result = await services.invitations.check(code, clientAddress);
    return "reason" in result ? toInvitationRefused(result) : Object.assign(new InvitationValid(), result);
  }

  @Mutation(() => ActivationResult, { description: "Makes a young person's account from their code, and signs them in." })
  async activateInvitation(
    @Arg("input", () => ActivateInvitationInput) input: ActivateInvitationInput,
    @Ctx() { services, clientAddress, requestId }: Context,
  ): Promise<typeof ActivationResult> {
    const result = await services.invitations.activate(input, { address: clientAddress, requestId });
    return "reason" in result ? toInvitationRefused(result) : Object.assign(new SignedIn(), result, { role: Role.YOUNG_PERSON });
  }
}
