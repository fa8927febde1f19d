import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { RecordQuestion } from "./record-question.entity";
import { createRecordQuestionsLoaders } from "./record-questions.loaders";
import { RecordQuestionsResolver } from "./record-questions.resolver";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** A young person's questions to their IRO about their record, and the answers: between the two of them (and the IRO's manager). */
    "record-question": true;
  }
}

export const recordQuestionsModule: FeatureModule = {
  name: "record-questions",
  entities: [RecordQuestion],
  resolvers: [RecordQuestionsResolver],
  loaders: createRecordQuestionsLoaders,
  permissions: {
    [Role.YOUNG_PERSON]: ["read:record-question:own", "create:record-question:own"],
    [Role.IRO]: ["read:record-question:assigned", "update:record-question:assigned"],
    [Role.IRO_MANAGER]: ["read:record-question:any", "update:record-question:any"],
  },
};
