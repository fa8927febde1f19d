import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../kernel/context";
import { unauthenticated } from "../kernel/errors";
import { SessionEnds } from "./session-ends.types";
import { SignInInput } from "./sign-in.inputs";
import { minutesToWait, SignedIn, SignInRefusalReason, SignInRefused, SignInResult } from "./sign-in.results";

@Resolver()
export class SessionResolver {
  @Mutation(() => SignInResult, { description: "Checks a username and passphrase and, if they match, starts a session." })
  async signIn(@Arg("input", () => SignInInput) input: SignInInput, @Ctx() { services, clientAddress }: Context): Promise<typeof SignInResult> {
    const outcome = await services.signIn.signIn(input.username, input.passphrase, clientAddress);
    if (outcome.ok) return Object.assign(new SignedIn(), outcome.session, { role: outcome.account.role });
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
  @Query(() => SessionEnds, { description: "When the session whose token came with this request will end." })
  async sessionEnds(@Ctx() { viewer, services }: Context): Promise<SessionEnds> {
    return endsOrSignIn(viewer ? await services.sessions.ends(viewer.sessionId) : null);
  }

  @Authorized()
  @Mutation(() => SessionEnds, { description: "Counts as use of the session now, so its idle time starts again. Says when it will end." })
  async staySignedIn(@Ctx() { viewer, services }: Context): Promise<SessionEnds> {
    return endsOrSignIn(viewer ? await services.sessions.keepAlive(viewer.sessionId) : null);
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

/** A session that ended between the check of its token and this answer (signed out elsewhere) is ended, as a 401 says. */
function endsOrSignIn(ends: SessionEnds | null): SessionEnds {
  if (!ends) throw unauthenticated("Your session has ended. Please sign in again.");
  return Object.assign(new SessionEnds(), ends);
}
