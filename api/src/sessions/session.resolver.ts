import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../kernel/context";
import { SignInInput } from "./sign-in.inputs";
import { minutesToWait, SignedIn, SignInRefusalReason, SignInRefused, SignInResult } from "./sign-in.results";

@Resolver()
export class SessionResolver {
  @Mutation(() => SignInResult, { description: "Checks a username and passphrase and, if they match, starts a session." })
  async signIn(@Arg("input", () => SignInInput) input: SignInInput, @Ctx() { services, clientAddress }: Context): Promise<typeof SignInResult> {
    const outcome = await services.signIn.signIn(input.username, input.passphrase, clientAddress);
    if (outcome.ok) return Object.assign(new SignedIn(), outcome.session);
    if (outcome.reason === "throttled") {
      return Object.assign(new SignInRefused(), {
        reason: SignInRefusalReason.TOO_MANY_ATTEMPTS,
        message: `You have tried too many times. Please wait ${minutesToWait(outcome.retryAfterSeconds)}, then try again.`,
        retryAfterSeconds: outcome.retryAfterSeconds,
      });
    }
    return Object.assign(new SignInRefused(), {
      reason: SignInRefusalReason.WRONG_USERNAME_OR_PASSPHRASE,
      message: "The username or passphrase is not right.",
      retryAfterSeconds: null,
    });
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends the session whose token came with this request." })
  async signOut(@Ctx() { viewer, services }: Context): Promise<boolean> {
    if (viewer) await services.sessions.revoke(viewer.sessionId);
    return true;
  }

  @Authorized()
  @Mutation(() => Int, { description: "Ends every session of the signed-in account, on every device. Returns how many." })
  async signOutEverywhere(@Ctx() { viewer, services }: Context): Promise<number> {
    return viewer ? services.sessions.revokeAll(viewer.account.id) : 0;
  }
}
