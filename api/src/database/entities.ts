import { Account } from "../accounts/account.entity";
import { IroAllocation } from "../allocations/iro-allocation.entity";
import { AuditEvent } from "../audit/audit-event.entity";
import { ChoiceAnswer } from "../choices/choice-answer.entity";
import { PrivateChoiceSet } from "../choices/private-choice-set.entity";
import { ReviewChoiceSet } from "../choices/review-choice-set.entity";
import { ContributionLink } from "../contributions/contribution-link.entity";
import { Contribution } from "../contributions/contribution.entity";
import { Invitation } from "../invitations/invitation.entity";
import { NetworkLink } from "../people/network-link.entity";
import { CommunicationNeeds } from "../people/communication-needs.entity";
import { Person } from "../people/person.entity";
import { PackOpening } from "../pack/pack-opening.entity";
import { YoungPerson } from "../people/young-person.entity";
import { CarePeriod } from "../reviews/care-period.entity";
import { ReviewChange } from "../reviews/review-change.entity";
import { Review } from "../reviews/review.entity";
import { FailedAttempt } from "../sessions/failed-attempt.entity";
import { Session } from "../sessions/session.entity";
import { LocalAuthority } from "../tenancy/local-authority.entity";
import { ViewsDraft } from "../views/views-draft.entity";
import { ViewsVersion } from "../views/views-version.entity";

/** Every table the API maps. The migrations must create exactly these (a test compares them). */
export const entities = [
  LocalAuthority,
  Person,
  YoungPerson,
  NetworkLink,
  IroAllocation,
  Account,
  Session,
  FailedAttempt,
  Invitation,
  CarePeriod,
  Review,
  ReviewChange,
  ReviewChoiceSet,
  PrivateChoiceSet,
  ChoiceAnswer,
  ViewsDraft,
  ViewsVersion,
  CommunicationNeeds,
  PackOpening,
  AuditEvent,
  ContributionLink,
  Contribution,
];
