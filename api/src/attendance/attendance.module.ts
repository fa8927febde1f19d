import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { createAttendanceLoaders } from "./attendance.loaders";
import { AttendanceResolver, LastHeldReviewResolver, ReviewAttendanceResolver } from "./attendance.resolver";
import { ReviewAttendee } from "./review-attendee.entity";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** Who came to a held review, and whether they were asked for feedback. */
    "review-attendee": true;
  }
}

export const attendanceModule: FeatureModule = {
  name: "attendance",
  entities: [ReviewAttendee],
  resolvers: [AttendanceResolver, ReviewAttendanceResolver, LastHeldReviewResolver],
  loaders: createAttendanceLoaders,
  permissions: {
    [Role.SOCIAL_WORKER]: ["read:review-attendee:assigned"],
    [Role.IRO]: ["create:review-attendee:assigned", "read:review-attendee:assigned"],
    [Role.IRO_MANAGER]: ["read:review-attendee:any"],
  },
};
