import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../graphql/context";
import { SignInInput } from "./sign-in.inputs";
import { SignedIn, SignInRefusalReason, SignInRefused, SignInResult } from "./sign-in.results";

@Resolver()
export class SessionResolver {
  @Mutation(() => SignInResult, { description: "Checks a username and passphrase and, if they match, starts a session." })
  async signIn(@Arg("input", () => SignInInput) input: SignInInput, @Ctx() { services }: Context): Promise<typeof SignInResult> {
    const outcome = await services.signIn.signIn(input.username, input.passphrase);
    if (!outcome.ok) {
      return Object.assign(new SignInRefused(), {
        reason: SignInRefusalReason.WRONG_USERNAME_OR_PASSPHRASE,
        message: "The username or passphrase is not right.",
      });
    }
    return Object.assign(new SignedIn(), outcome.session);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends the session whose token came with this request." })
  async signOut(@Ctx() { viewer, services }: Context): Promise<boolean> {
    if (viewer) await services.sessions.revoke(viewer.sessionId);
    return true;
  }
}
