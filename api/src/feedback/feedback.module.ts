import type { FeatureModule } from "../kernel/feature-module";
import { Feedback } from "./feedback.entity";

export const feedbackModule: FeatureModule = {
  name: "feedback",
  entities: [Feedback],
};
