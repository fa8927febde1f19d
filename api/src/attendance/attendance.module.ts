import type { FeatureModule } from "../kernel/feature-module";
import { ReviewAttendee } from "./review-attendee.entity";

export const attendanceModule: FeatureModule = {
  name: "attendance",
  entities: [ReviewAttendee],
};
