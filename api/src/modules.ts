import type { EntityManager } from "typeorm";
import { accountsModule } from "./accounts/accounts.module";
import { allocationsModule } from "./allocations/allocations.module";
import { auditModule } from "./audit/audit.module";
import { choicesModule } from "./choices/choices.module";
import { contributionsModule } from "./contributions/contributions.module";
import { invitationsModule } from "./invitations/invitations.module";
import type { Permission, PermissionTable } from "./kernel/access/permissions";
import { Role } from "./kernel/access/role";
import type { Loaders } from "./kernel/context";
import type { FeatureModule } from "./kernel/feature-module";
import { packModule } from "./pack/pack.module";
import { peopleModule } from "./people/people.module";
import { reviewsModule } from "./reviews/reviews.module";
import { sessionsModule } from "./sessions/sessions.module";
import { tenancyModule } from "./tenancy/tenancy.module";
import { viewsModule } from "./views/views.module";
import { supportRequestsModule } from "./support-requests/support-requests.module";
import { worriesModule } from "./worries/worries.module";
import { attendanceModule } from "./attendance/attendance.module";
import { feedbackModule } from "./feedback/feedback.module";
import { reviewRecordModule } from "./review-record/review-record.module";
import { recommendationsModule } from "./recommendations/recommendations.module";
import { recordQuestionsModule } from "./record-questions/record-questions.module";
import { midwayReviewsModule } from "./midway-reviews/midway-reviews.module";

/** The API is these domains. Adding one means adding it here and its migration to migrations/index.ts. */
export const modules: readonly FeatureModule[] = [
  tenancyModule,
  peopleModule,
  accountsModule,
  sessionsModule,
  invitationsModule,
  allocationsModule,
  reviewsModule,
  choicesModule,
  viewsModule,
  contributionsModule,
  packModule,
  auditModule,
  supportRequestsModule,
  worriesModule,
  attendanceModule,
  feedbackModule,
  reviewRecordModule,
  recommendationsModule,
  recordQuestionsModule,
  midwayReviewsModule,
];

/** Every table the API maps. The migrations must create exactly these (a test compares them). */
export const entities = modules.flatMap((module) => module.entities ?? []);

export const resolvers = modules.flatMap((module) => module.resolvers ?? []);

/** What each role may do: each domain's grants, put together. */
export const ROLE_PERMISSIONS: PermissionTable = Object.fromEntries(
  Object.values(Role).map((role) => [role, modules.flatMap((module): readonly Permission[] => module.permissions?.[role] ?? [])]),
) as Record<Role, Permission[]>;

/** Fresh per request, so nothing cached for one caller is ever served to another. */
export function createLoaders(db: EntityManager): Loaders {
  return Object.assign({}, ...modules.map((module) => module.loaders?.(db) ?? {})) as Loaders;
}
