import type { FeatureModule } from "../kernel/feature-module";
import { FailedAttempt } from "./failed-attempt.entity";
import { Session } from "./session.entity";
import { SessionResolver } from "./session.resolver";

export const sessionsModule: FeatureModule = {
  name: "sessions",
  entities: [Session, FailedAttempt],
  resolvers: [SessionResolver],
};
