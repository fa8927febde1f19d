// The migrations in the order they run. `npm run migration:new -- <Name>` writes a new one and adds it here.
import { Foundation1795379671943 } from "./1795379671943-Foundation";
import { PeopleAndAccess1795381914566 } from "./1795381914566-PeopleAndAccess";
import { ReviewLifecycle1795385985150 } from "./1795385985150-ReviewLifecycle";
import { ReviewArrangers1795400000000 } from "./1795400000000-ReviewArrangers";
import { ReviewArrangements1795400100000 } from "./1795400100000-ReviewArrangements";
import { ReviewChoices1795400200000 } from "./1795400200000-ReviewChoices";
import { ContributionLinks1795400300000 } from "./1795400300000-ContributionLinks";
import { ViewsOfTheYoungPerson1795400500000 } from "./1795400500000-ViewsOfTheYoungPerson";
import { PackAndCommunicationNeeds1795400700000 } from "./1795400700000-PackAndCommunicationNeeds";
import { ViewsFollowTheNewestAudience1795400800000 } from "./1795400800000-ViewsFollowTheNewestAudience";
import { PrivateChoicesApart1795400900000 } from "./1795400900000-PrivateChoicesApart";
import { PoliciesMatchPermissions1795401000000 } from "./1795401000000-PoliciesMatchPermissions";
import { ChoicesLockedByTheirIroAlone1795401100000 } from "./1795401100000-ChoicesLockedByTheirIroAlone";
import { ReviewDueDatesKeptInTheDatabase1795402100000 } from "./1795402100000-ReviewDueDatesKeptInTheDatabase";
import { ReviewRearranged1795403100000 } from "./1795403100000-ReviewRearranged";
import { StaffWorkContacts1795404100000 } from "./1795404100000-StaffWorkContacts";
import { PackReadWhenTheReaderSaysSo1795405100000 } from "./1795405100000-PackReadWhenTheReaderSaysSo";
import { AWallThePlannerCanRead1795406100000 } from "./1795406100000-AWallThePlannerCanRead";
import { AttemptsPendingWhileChecked1795407100000 } from "./1795407100000-AttemptsPendingWhileChecked";
import { ReviewAttendanceAndFeedback1795408100000 } from "./1795408100000-ReviewAttendanceAndFeedback";
import { SomeoneOnMySide1795410100000 } from "./1795410100000-SomeoneOnMySide";
import { ReviewRecords1795409100000 } from "./1795409100000-ReviewRecords";

export const migrations: Function[] = [
  Foundation1795379671943,
  PeopleAndAccess1795381914566,
  ReviewLifecycle1795385985150,
  ReviewArrangers1795400000000,
  ReviewArrangements1795400100000,
  ReviewChoices1795400200000,
  ContributionLinks1795400300000,
  ViewsOfTheYoungPerson1795400500000,
  PackAndCommunicationNeeds1795400700000,
  ViewsFollowTheNewestAudience1795400800000,
  PrivateChoicesApart1795400900000,
  PoliciesMatchPermissions1795401000000,
  ChoicesLockedByTheirIroAlone1795401100000,
  ReviewDueDatesKeptInTheDatabase1795402100000,
  ReviewRearranged1795403100000,
  StaffWorkContacts1795404100000,
  PackReadWhenTheReaderSaysSo1795405100000,
  AWallThePlannerCanRead1795406100000,
  AttemptsPendingWhileChecked1795407100000,
  ReviewAttendanceAndFeedback1795408100000,
  ReviewRecords1795409100000,
  SomeoneOnMySide1795410100000,
];
