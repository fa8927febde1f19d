import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { ReviewConduct } from "./review-conduct.entity";
import { ReviewRecordDraft } from "./review-record-draft.entity";
import { ReviewRecordOpening } from "./review-record-opening.entity";
import { ReviewRecordVersion } from "./review-record-version.entity";
import { createReviewRecordLoaders } from "./review-record.loaders";
import {
  ReviewRecordFieldsOfReviewResolver,
  ReviewRecordFieldsOfYoungPersonResolver,
  ReviewRecordFieldsResolver,
  ReviewRecordResolver,
} from "./review-record.resolver";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** A held review's record, written to the young person, and how the review went (who chaired, the participation code). Drafts are for those who write it. */
    "review-record": true;
    /** The young person saying they have opened their record, so that their IRO sees it. */
    "record-reading": true;
  }
}

export const reviewRecordModule: FeatureModule = {
  name: "review-record",
  entities: [ReviewConduct, ReviewRecordDraft, ReviewRecordVersion, ReviewRecordOpening],
  resolvers: [ReviewRecordResolver, ReviewRecordFieldsOfReviewResolver, ReviewRecordFieldsResolver, ReviewRecordFieldsOfYoungPersonResolver],
  loaders: createReviewRecordLoaders,
  permissions: {
    [Role.YOUNG_PERSON]: ["read:review-record:own", "create:record-reading:own"],
    [Role.SOCIAL_WORKER]: ["read:review-record:assigned"],
    [Role.IRO]: ["read:review-record:assigned", "update:review-record:assigned"],
    [Role.IRO_MANAGER]: ["read:review-record:any", "update:review-record:any"],
  },
};
