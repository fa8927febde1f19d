import type { DataSource } from "typeorm";
import type { Config } from "../config/config";
import { SessionService } from "../sessions/session.service";
import { SignInService } from "../sessions/sign-in.service";

/** The API's long-lived services, made once at start and shared by every request. */
export type Services = Readonly<{ sessions: SessionService; signIn: SignInService }>;

export function createServices(db: DataSource, config: Pick<Config, "sessionTtlMs">): Services {
  const sessions = new SessionService(db, config.sessionTtlMs);
  return { sessions, signIn: new SignInService(db, sessions) };
}
