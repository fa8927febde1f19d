import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { ChoiceAnswer } from "./choice-answer.entity";
import { ChoiceSetResolver, ReviewChoicesFieldsResolver, ReviewChoicesResolver } from "./choices.resolver";
import { PrivateChoiceSet } from "./private-choice-set.entity";
import { ReviewChoiceSet } from "./review-choice-set.entity";
import { createChoicesLoaders } from "./choices.loaders";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** The young person's choices about their review. */
    "choices": true;
    /** The part of the choices only they and their IRO see: who they do not want there. */
    "private-choices": true;
    /** The IRO's answer to a choice. */
    "choice-answer": true;
  }
}

export const choicesModule: FeatureModule = {
  name: "choices",
  entities: [ReviewChoiceSet, PrivateChoiceSet, ChoiceAnswer],
  resolvers: [ReviewChoicesResolver, ReviewChoicesFieldsResolver, ChoiceSetResolver],
  loaders: createChoicesLoaders,
  permissions: {
    [Role.YOUNG_PERSON]: ["read:choices:own", "update:choices:own", "read:private-choices:own", "read:choice-answer:own"],
    [Role.SOCIAL_WORKER]: ["read:choices:assigned", "read:choice-answer:assigned"],
    [Role.IRO]: ["read:choices:assigned", "read:private-choices:assigned", "read:choice-answer:assigned", "create:choice-answer:assigned", "lock:choices:assigned"],
    [Role.IRO_MANAGER]: ["read:choices:any", "read:choice-answer:any"],
  },
};
