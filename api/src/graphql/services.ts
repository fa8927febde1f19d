import type { DataSource } from "typeorm";
import type { Config } from "../config/config";
import type { Services } from "../kernel/context";
import { InvitationService } from "../invitations/invitation.service";
import { AttemptThrottle } from "../sessions/attempt-throttle";
import { SessionService } from "../sessions/session.service";
import { SignInService } from "../sessions/sign-in.service";

declare module "../kernel/context" {
  /** The API's long-lived services, made once at start and shared by every request. */
  interface Services {
    readonly sessions: SessionService;
    readonly signIn: SignInService;
    readonly invitations: InvitationService;
  }
}

export function createServices(db: DataSource, config: Pick<Config, "sessionTtlMs" | "sessionIdleMs">): Services {
  const sessions = new SessionService(db, { absoluteMs: config.sessionTtlMs, idleMs: config.sessionIdleMs });
  const throttle = new AttemptThrottle(db);
  return {
    sessions,
    signIn: new SignInService(db, sessions, throttle),
    invitations: new InvitationService(db, sessions, throttle),
  };
}
