/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ReviewDueFields on ReviewDue {\n    sequence\n    dueOn\n    timeliness\n  }\n": typeof types.ReviewDueFieldsFragmentDoc,
    "\n  query ArrangeReview($id: ID!) {\n    me {\n      role\n    }\n    youngPerson(id: $id) {\n      firstName\n      reviewDue {\n        ...ReviewDueFields\n      }\n      plannedReview {\n        ...ReviewPlan\n        history {\n          id\n          kind\n          startBefore\n          startAfter\n          formatBefore\n          formatAfter\n          venueBefore\n          venueAfter\n          reason\n          occurredAt\n          changedBy {\n            firstName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArrangeReviewDocument,
    "\n  mutation ScheduleReview($input: ScheduleReviewInput!) {\n    scheduleReview(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleReviewDocument,
    "\n  mutation RescheduleReview($input: RescheduleReviewInput!) {\n    rescheduleReview(input: $input) {\n      id\n    }\n  }\n": typeof types.RescheduleReviewDocument,
    "\n  mutation RearrangeReview($input: RearrangeReviewInput!) {\n    rearrangeReview(input: $input) {\n      id\n    }\n  }\n": typeof types.RearrangeReviewDocument,
    "\n  mutation RecordReviewHeld($input: RecordReviewHeldInput!) {\n    recordReviewHeld(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordReviewHeldDocument,
    "\n  mutation AdjournReview($input: AdjournReviewInput!) {\n    adjournReview(input: $input) {\n      id\n    }\n  }\n": typeof types.AdjournReviewDocument,
    "\n  mutation CancelReview($input: CancelReviewInput!) {\n    cancelReview(input: $input) {\n      id\n    }\n  }\n": typeof types.CancelReviewDocument,
    "\n  fragment ChoiceSetFields on ChoiceSet {\n    place\n    placeDetails\n    meetingShape\n    attendance\n    preferredTimes\n    timesThatDoNotWork\n    invitedPeople {\n      ...PersonName\n    }\n    othersInvited\n    notWantedPeople {\n      ...PersonName\n    }\n    notWantedOthers\n    meetIroFirst\n    chairing\n    updatedAt\n  }\n": typeof types.ChoiceSetFieldsFragmentDoc,
    "\n  fragment ChoiceAnswerFields on ChoiceAnswer {\n    topic\n    accepted\n    reason\n    answeredAt\n  }\n": typeof types.ChoiceAnswerFieldsFragmentDoc,
    "\n  query MyReview {\n    me {\n      youngPerson {\n        id\n        currentIro {\n          firstName\n        }\n        currentIroContact {\n          ...StaffContactFields\n        }\n        nextReview {\n          ...ReviewPlan\n          choices {\n            lockedAt\n            hasUnsentChanges\n            sent {\n              updatedAt\n            }\n            draft {\n              ...ChoiceSetFields\n            }\n            answers {\n              ...ChoiceAnswerFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyReviewDocument,
    "\n  query MyNetwork {\n    me {\n      youngPerson {\n        network {\n          ...NetworkMember\n        }\n      }\n    }\n  }\n": typeof types.MyNetworkDocument,
    "\n  mutation SaveReviewChoices($input: SaveReviewChoicesInput!) {\n    saveReviewChoices(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveReviewChoicesDocument,
    "\n  mutation SendReviewChoices($reviewId: ID!) {\n    sendReviewChoices(reviewId: $reviewId) {\n      id\n    }\n  }\n": typeof types.SendReviewChoicesDocument,
    "\n  query IroReviewChoices($id: ID!) {\n    me {\n      role\n    }\n    youngPerson(id: $id) {\n      firstName\n      reviewDue {\n        dueOn\n        timeliness\n      }\n      nextReview {\n        ...ReviewWhen\n        choices {\n          lockedAt\n          sent {\n            ...ChoiceSetFields\n          }\n          answers {\n            ...ChoiceAnswerFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.IroReviewChoicesDocument,
    "\n  mutation AnswerChoice($input: AnswerChoiceInput!) {\n    answerChoice(input: $input) {\n      id\n    }\n  }\n": typeof types.AnswerChoiceDocument,
    "\n  mutation LockReviewChoices($input: LockReviewChoicesInput!) {\n    lockReviewChoices(input: $input) {\n      id\n    }\n  }\n": typeof types.LockReviewChoicesDocument,
    "\n  fragment ContributionAnswerFields on ContributionAnswers {\n    howThingsAreGoing\n    whatIsGoingWell\n    whatWorriesYou\n    whatToTalkAbout\n    familyTime\n    yourInvolvement\n    dailyLife\n    supportForYou\n    carePlanProgress\n    changesSinceLastReview\n    howYouKnowThem\n    anythingElse\n  }\n": typeof types.ContributionAnswerFieldsFragmentDoc,
    "\n  query ContributionLinks($id: ID!) {\n    youngPerson(id: $id) {\n      firstName\n      network {\n        ...NetworkMember\n      }\n      nextReview {\n        ...ReviewWhen\n        contributionLinks {\n          person {\n            id\n          }\n          state\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n": typeof types.ContributionLinksDocument,
    "\n  fragment LinkToSend on NewContributionLink {\n    token\n    link {\n      expiresAt\n      person {\n        firstName\n      }\n    }\n  }\n": typeof types.LinkToSendFragmentDoc,
    "\n  mutation CreateContributionLink($input: CreateContributionLinkInput!) {\n    createContributionLink(input: $input) {\n      ...LinkToSend\n    }\n  }\n": typeof types.CreateContributionLinkDocument,
    "\n  query ContributionForm($token: String!) {\n    contributionForm(token: $token) {\n      __typename\n      ... on ContributionForm {\n        youngPersonFirstName\n        reviewScheduledFor\n        relationship\n        questions\n        draft {\n          ...ContributionAnswerFields\n        }\n        draftSavedAt\n        expiresAt\n        iro {\n          ...StaffContactFields\n        }\n      }\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": typeof types.ContributionFormDocument,
    "\n  mutation SaveContributionDraft($input: SaveContributionDraftInput!) {\n    saveContributionDraft(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": typeof types.SaveContributionDraftDocument,
    "\n  mutation SubmitContribution($input: SubmitContributionInput!) {\n    submitContribution(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": typeof types.SubmitContributionDocument,
    "\n  query ContributionLinkToSend($reviewId: ID!, $personId: ID!) {\n    contributionLinkToSend(reviewId: $reviewId, personId: $personId) {\n      ...LinkToSend\n    }\n  }\n": typeof types.ContributionLinkToSendDocument,
    "\n  query SentContribution($token: String!) {\n    sentContribution(token: $token) {\n      youngPersonFirstName\n      questions\n      submittedAt\n      answers {\n        ...ContributionAnswerFields\n      }\n    }\n  }\n": typeof types.SentContributionDocument,
    "\n  fragment FeedbackAnswerFields on FeedbackAnswers {\n    listenedTo\n    viewsTakenIntoAccount\n    wellOrganised\n    youngPersonAtTheCentre\n    keepTheSame\n    change\n    anythingElse\n    mayQuote\n  }\n": typeof types.FeedbackAnswerFieldsFragmentDoc,
    "\n  query ReviewAttendance($id: ID!) {\n    me {\n      role\n    }\n    youngPerson(id: $id) {\n      id\n      firstName\n      network {\n        relationship\n        person {\n          id\n          firstName\n        }\n      }\n      lastHeldReview {\n        id\n        scheduledFor\n        attendees {\n          id\n          personId\n          name\n          role\n          relationship\n          respondent\n          feedbackAsked\n          linkState\n        }\n        feedback {\n          id\n          attendeeId\n          respondent\n          submittedAt\n          answers {\n            ...FeedbackAnswerFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewAttendanceDocument,
    "\n  mutation RecordReviewAttendees($input: RecordReviewAttendeesInput!) {\n    recordReviewAttendees(input: $input) {\n      feedbackClosesAt\n      links {\n        token\n        attendee {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RecordReviewAttendeesDocument,
    "\n  query FeedbackForm($token: String!) {\n    feedbackForm(token: $token) {\n      __typename\n      ... on FeedbackForm {\n        youngPersonFirstName\n        reviewHeldAt\n        respondent\n        closesAt\n        draftSavedAt\n        draft {\n          ...FeedbackAnswerFields\n        }\n      }\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": typeof types.FeedbackFormDocument,
    "\n  mutation SaveFeedbackDraft($input: FeedbackDraftInput!) {\n    saveFeedbackDraft(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": typeof types.SaveFeedbackDraftDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": typeof types.SubmitFeedbackDocument,
    "\n  query MyFeedback {\n    myFeedback {\n      reviewHeldAt\n      closesAt\n      notNowCount\n      submittedAt\n      draftSavedAt\n      draft {\n        ...FeedbackAnswerFields\n      }\n    }\n  }\n": typeof types.MyFeedbackDocument,
    "\n  mutation SaveMyFeedbackDraft($input: MyFeedbackDraftInput!) {\n    saveMyFeedbackDraft(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": typeof types.SaveMyFeedbackDraftDocument,
    "\n  mutation SubmitMyFeedback($input: SubmitMyFeedbackInput!) {\n    submitMyFeedback(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": typeof types.SubmitMyFeedbackDocument,
    "\n  mutation NotNowToFeedback {\n    notNowToFeedback {\n      notNowCount\n    }\n  }\n": typeof types.NotNowToFeedbackDocument,
    "\n  fragment SharedCommentsPage on SharedFeedbackCommentPage {\n    items {\n      respondent\n      question\n      text\n      submittedAt\n    }\n    nextCursor\n  }\n": typeof types.SharedCommentsPageFragmentDoc,
    "\n  query FeedbackFigures($input: FeedbackFiguresInput!, $commentsAfter: String) {\n    feedbackFigures(input: $input) {\n      returns {\n        respondent\n        sent\n        returned\n      }\n      ratings {\n        question\n        rating\n        count\n      }\n      sharedComments(after: $commentsAfter) {\n        ...SharedCommentsPage\n      }\n      iros {\n        iroPersonId\n        iroName\n        sent\n        returned\n      }\n    }\n  }\n": typeof types.FeedbackFiguresDocument,
    "\n  query FeedbackSharedComments($input: FeedbackFiguresInput!, $after: String) {\n    feedbackFigures(input: $input) {\n      sharedComments(after: $after) {\n        ...SharedCommentsPage\n      }\n    }\n  }\n": typeof types.FeedbackSharedCommentsDocument,
    "\n  fragment PersonName on Person {\n    id\n    firstName\n  }\n": typeof types.PersonNameFragmentDoc,
    "\n  fragment ReviewWhen on Review {\n    id\n    scheduledFor\n  }\n": typeof types.ReviewWhenFragmentDoc,
    "\n  fragment ReviewPlan on Review {\n    ...ReviewWhen\n    format\n    venue\n  }\n": typeof types.ReviewPlanFragmentDoc,
    "\n  fragment NetworkMember on NetworkLink {\n    mayBeInvited\n    relationship\n    person {\n      ...PersonName\n    }\n  }\n": typeof types.NetworkMemberFragmentDoc,
    "\n  fragment StaffContactFields on StaffContact {\n    name\n    phone\n    email\n  }\n": typeof types.StaffContactFieldsFragmentDoc,
    "\n  query Home {\n    me {\n      firstName\n      role\n      youngPerson {\n        currentIroContact {\n          ...StaffContactFields\n        }\n        nextReview {\n          scheduledFor\n        }\n        supportRequests {\n          ...SupportRequestSummary\n        }\n      }\n    }\n    myFeedback {\n      submittedAt\n      notNowCount\n    }\n    openWorryAlerts {\n      items {\n        ...OpenWorry\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment CommunicationNeedsFields on CommunicationNeeds {\n    interpreterLanguage\n    alternativeCommunication\n    otherNeeds\n  }\n": typeof types.CommunicationNeedsFieldsFragmentDoc,
    "\n  query NextReviewId($id: ID!) {\n    youngPerson(id: $id) {\n      firstName\n      nextReview {\n        id\n      }\n    }\n  }\n": typeof types.NextReviewIdDocument,
    "\n  query PreReviewPack($reviewId: ID!) {\n    preReviewPack(reviewId: $reviewId) {\n      readUpTo\n      shownAt\n      fullName\n      dateOfBirth\n      iroName\n      viewsBefore {\n        number\n        ...ViewsAnswerFields\n      }\n      youngPerson {\n        firstName\n        communicationNeeds {\n          ...CommunicationNeedsFields\n          updatedAt\n        }\n        supportRequests {\n          ...SupportRequestSummary\n        }\n        participationHistory {\n          reviewId\n          scheduledFor\n          code\n        }\n      }\n      review {\n        ...ReviewPlan\n        recommendationsFromLastReview {\n          ...RecommendationFields\n        }\n        choices {\n          sent {\n            ...ChoiceSetFields\n          }\n          answers {\n            ...ChoiceAnswerFields\n          }\n        }\n        views {\n          latest {\n            ...ViewsSent\n            ...ViewsAnswerFields\n          }\n        }\n        contributions(first: 20) {\n          id\n          relationship\n          submittedAt\n          person {\n            firstName\n          }\n          answers {\n            ...ContributionAnswerFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PreReviewPackDocument,
    "\n  query CommunicationNeeds($id: ID!) {\n    youngPerson(id: $id) {\n      firstName\n      communicationNeeds {\n        ...CommunicationNeedsFields\n      }\n    }\n  }\n": typeof types.CommunicationNeedsDocument,
    "\n  mutation UpdateCommunicationNeeds($input: UpdateCommunicationNeedsInput!) {\n    updateCommunicationNeeds(input: $input) {\n      updatedAt\n    }\n  }\n": typeof types.UpdateCommunicationNeedsDocument,
    "\n  mutation MarkPackRead($reviewId: ID!, $upTo: DateTimeISO!) {\n    markPackRead(reviewId: $reviewId, upTo: $upTo)\n  }\n": typeof types.MarkPackReadDocument,
    "\n  fragment WorkDeadlineFields on WorkDeadline {\n    dueOn\n    doneAt\n    timeliness\n    doneOnTime\n  }\n": typeof types.WorkDeadlineFieldsFragmentDoc,
    "\n  fragment RecommendationFields on Recommendation {\n    id\n    number\n    action\n    responsible\n    dueOn\n    status\n    statusNote\n  }\n": typeof types.RecommendationFieldsFragmentDoc,
    "\n  fragment RecordSectionsFields on RecordSections {\n    talkedAbout\n    goingWell\n    worries\n    nextSteps\n    youToldUs\n  }\n": typeof types.RecordSectionsFieldsFragmentDoc,
    "\n  fragment RecordQuestionFields on RecordQuestion {\n    id\n    kind\n    message\n    askedAt\n    answer\n    answeredAt\n  }\n": typeof types.RecordQuestionFieldsFragmentDoc,
    "\n  query HeldReview($youngPersonId: ID!, $reviewId: ID!) {\n    me {\n      role\n    }\n    youngPerson(id: $youngPersonId) {\n      firstName\n      network {\n        person {\n          id\n          firstName\n        }\n        relationship\n      }\n    }\n    heldReview(reviewId: $reviewId) {\n      id\n      youngPersonId\n      scheduledFor\n      attendees {\n        id\n      }\n      youngPersonWasUnderFour\n      conduct {\n        chairedBy\n        chairingDeclined\n        metIroAloneFirst\n        meetings\n        participation\n      }\n      recommendations {\n        ...RecommendationFields\n      }\n      recommendationsIssuedAt\n      recommendationsDeadline {\n        ...WorkDeadlineFields\n      }\n      record {\n        draft {\n          ...RecordSectionsFields\n          savedAt\n        }\n        latest {\n          number\n          completedAt\n        }\n        firstOpenedAt\n        deadline {\n          ...WorkDeadlineFields\n        }\n      }\n      recordQuestions {\n        ...RecordQuestionFields\n      }\n      midwayReviews {\n        id\n        checkedOn\n        note\n        concernRaised\n      }\n    }\n  }\n": typeof types.HeldReviewDocument,
    "\n  mutation RecordReviewConduct($input: RecordReviewConductInput!) {\n    recordReviewConduct(input: $input) {\n      participation\n    }\n  }\n": typeof types.RecordReviewConductDocument,
    "\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      id\n    }\n  }\n": typeof types.AddRecommendationDocument,
    "\n  mutation IssueRecommendations($reviewId: ID!) {\n    issueRecommendations(reviewId: $reviewId)\n  }\n": typeof types.IssueRecommendationsDocument,
    "\n  mutation UpdateRecommendationStatus($input: RecommendationProgressInput!) {\n    updateRecommendationStatus(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateRecommendationStatusDocument,
    "\n  mutation SaveReviewRecordDraft($input: SaveReviewRecordDraftInput!) {\n    saveReviewRecordDraft(input: $input) {\n      savedAt\n    }\n  }\n": typeof types.SaveReviewRecordDraftDocument,
    "\n  mutation CompleteReviewRecord($input: CompleteReviewRecordInput!) {\n    completeReviewRecord(input: $input) {\n      number\n    }\n  }\n": typeof types.CompleteReviewRecordDocument,
    "\n  mutation AnswerRecordQuestion($input: AnswerRecordQuestionInput!) {\n    answerRecordQuestion(input: $input) {\n      id\n    }\n  }\n": typeof types.AnswerRecordQuestionDocument,
    "\n  mutation RecordMidwayReview($input: RecordMidwayReviewInput!) {\n    recordMidwayReview(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordMidwayReviewDocument,
    "\n  query MyReviewRecords {\n    me {\n      firstName\n      youngPerson {\n        id\n      }\n    }\n  }\n": typeof types.MyReviewRecordsDocument,
    "\n  query ReviewRecords($youngPersonId: ID!, $after: String) {\n    reviewRecords(youngPersonId: $youngPersonId, first: 20, after: $after) {\n      items {\n        id\n        scheduledFor\n        record {\n          latest {\n            number\n            completedAt\n          }\n        }\n      }\n      nextCursor\n    }\n  }\n": typeof types.ReviewRecordsDocument,
    "\n  query MyReviewRecord($reviewId: ID!) {\n    me {\n      firstName\n    }\n    heldReview(reviewId: $reviewId) {\n      id\n      scheduledFor\n      recommendations {\n        ...RecommendationFields\n      }\n      record {\n        latest {\n          ...RecordSectionsFields\n          number\n          reason\n          completedAt\n        }\n        versions {\n          number\n          reason\n          completedAt\n        }\n      }\n      recordQuestions {\n        ...RecordQuestionFields\n      }\n    }\n  }\n": typeof types.MyReviewRecordDocument,
    "\n  mutation MarkReviewRecordOpened($reviewId: ID!) {\n    markReviewRecordOpened(reviewId: $reviewId)\n  }\n": typeof types.MarkReviewRecordOpenedDocument,
    "\n  mutation AskAboutReviewRecord($input: AskAboutReviewRecordInput!) {\n    askAboutReviewRecord(input: $input) {\n      id\n    }\n  }\n": typeof types.AskAboutReviewRecordDocument,
    "\n  fragment SessionStarted on SignedIn {\n    token\n    expiresAt\n    accountId\n    role\n  }\n": typeof types.SessionStartedFragmentDoc,
    "\n  fragment InvitationRefusal on InvitationRefused {\n    reason\n    retryAfterSeconds\n  }\n": typeof types.InvitationRefusalFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignedIn {\n        ...SessionStarted\n      }\n      ... on SignInRefused {\n        reason\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query InvitationCheck($code: String!) {\n    invitation(code: $code) {\n      __typename\n      ... on InvitationValid {\n        firstName\n      }\n      ... on InvitationRefused {\n        ...InvitationRefusal\n      }\n    }\n  }\n": typeof types.InvitationCheckDocument,
    "\n  mutation ActivateInvitation($input: ActivateInvitationInput!) {\n    activateInvitation(input: $input) {\n      __typename\n      ... on SignedIn {\n        ...SessionStarted\n      }\n      ... on InvitationRefused {\n        ...InvitationRefusal\n      }\n    }\n  }\n": typeof types.ActivateInvitationDocument,
    "\n  query ViewerRole {\n    me {\n      role\n    }\n  }\n": typeof types.ViewerRoleDocument,
    "\n  fragment SessionEndsAt on SessionEnds {\n    idleEndsAt\n    expiresAt\n  }\n": typeof types.SessionEndsAtFragmentDoc,
    "\n  query SessionEnds {\n    sessionEnds {\n      ...SessionEndsAt\n    }\n  }\n": typeof types.SessionEndsDocument,
    "\n  mutation StaySignedIn {\n    staySignedIn {\n      ...SessionEndsAt\n    }\n  }\n": typeof types.StaySignedInDocument,
    "\n  fragment SupportRequestSummary on SupportRequest {\n    id\n    kind\n    status\n    askedAt\n    askedOnBehalf\n    statusChangedAt\n    allocatedAt\n    closedAt\n    closedReason\n  }\n": typeof types.SupportRequestSummaryFragmentDoc,
    "\n  query GetSupport {\n    me {\n      youngPerson {\n        id\n        supportRequests {\n          ...SupportRequestSummary\n        }\n      }\n    }\n    supportProviders {\n      advocacy\n      independentVisitors\n    }\n  }\n": typeof types.GetSupportDocument,
    "\n  mutation RequestSupport($input: RequestSupportInput!) {\n    requestSupport(input: $input) {\n      id\n    }\n  }\n": typeof types.RequestSupportDocument,
    "\n  mutation WithdrawSupportRequest($requestId: ID!) {\n    withdrawSupportRequest(requestId: $requestId) {\n      id\n    }\n  }\n": typeof types.WithdrawSupportRequestDocument,
    "\n  query SupportQueue($kind: SupportKind, $status: SupportStatus, $after: String) {\n    supportRequests(kind: $kind, status: $status, after: $after) {\n      totalCount\n      nextCursor\n      items {\n        id\n        kind\n        status\n        ageInDays\n        askedOnBehalf\n        youngPersonName\n      }\n    }\n  }\n": typeof types.SupportQueueDocument,
    "\n  query SupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      ...SupportRequestSummary\n      youngPersonName\n      why\n      howSoon\n      contactPreference\n      allowedMoves\n      moves {\n        from\n        to\n        closedReason\n        note\n        movedAt\n      }\n    }\n  }\n": typeof types.SupportRequestDocument,
    "\n  mutation MoveSupportRequest($input: MoveSupportRequestInput!) {\n    moveSupportRequest(input: $input) {\n      status\n    }\n  }\n": typeof types.MoveSupportRequestDocument,
    "\n  query SupportFigures($from: String!, $to: String!) {\n    supportFigures(from: $from, to: $to) {\n      from\n      to\n      quarters {\n        startsOn\n        endsOn\n        youngPeopleWithAdvocate\n      }\n      independentVisitorsMatched\n      independentVisitorsWaiting\n      allocatedInPeriod\n      medianDaysToAdvocate\n      medianDaysToIndependentVisitor\n    }\n  }\n": typeof types.SupportFiguresDocument,
    "\n  query AskForSupport($id: ID!) {\n    youngPerson(id: $id) {\n      id\n      firstName\n    }\n  }\n": typeof types.AskForSupportDocument,
    "\n  fragment ViewsAnswerFields on ViewsAnswers {\n    usedShorterVersion\n    goingWell\n    worryingMe\n    wouldLikeToChange\n    talkAboutAtReview\n    feelingAboutHome\n    feelingAboutSchool\n    feelingAboutHealth\n    feelingAboutFamilyTime\n    feelingAboutFriendsAndActivities\n    anythingElse\n  }\n": typeof types.ViewsAnswerFieldsFragmentDoc,
    "\n  fragment ViewsSent on ViewsVersion {\n    number\n    audience\n    submittedAt\n  }\n": typeof types.ViewsSentFragmentDoc,
    "\n  query MyViews {\n    me {\n      youngPerson {\n        suggestsShorterViews\n        currentIro {\n          firstName\n        }\n        nextReview {\n          ...ReviewWhen\n          views {\n            hasUnsubmittedChanges\n            latest {\n              ...ViewsSent\n            }\n            draft {\n              audience\n              ...ViewsAnswerFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyViewsDocument,
    "\n  mutation SaveViewsDraft($input: SaveViewsDraftInput!) {\n    saveViewsDraft(input: $input) {\n      savedAt\n    }\n  }\n": typeof types.SaveViewsDraftDocument,
    "\n  mutation SubmitViews($input: SubmitViewsInput!) {\n    submitViews(input: $input) {\n      number\n    }\n  }\n": typeof types.SubmitViewsDocument,
    "\n  mutation RaiseWorry($input: RaiseWorryInput!) {\n    raiseWorry(input: $input) {\n      id\n    }\n  }\n": typeof types.RaiseWorryDocument,
    "\n  query Worried {\n    me {\n      youngPerson {\n        id\n      }\n    }\n  }\n": typeof types.WorriedDocument,
    "\n  query WorryTold($id: ID!) {\n    worryAlert(id: $id) {\n      contactBy\n      toldIroName\n      toldSocialWorkerName\n      acknowledgedAt\n      acknowledgedByName\n    }\n  }\n": typeof types.WorryToldDocument,
    "\n  fragment OpenWorry on WorryAlert {\n    id\n    youngPersonName\n    wants\n    howSoon\n    about\n    raisedAt\n    contactBy\n  }\n": typeof types.OpenWorryFragmentDoc,
    "\n  query StaffLayout {\n    me {\n      role\n    }\n    openWorryAlerts {\n      items {\n        ...OpenWorry\n      }\n    }\n  }\n": typeof types.StaffLayoutDocument,
    "\n  mutation AcknowledgeWorry($id: ID!) {\n    acknowledgeWorry(id: $id) {\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeWorryDocument,
    "\n  query YoungPeople($after: String, $orderBy: YoungPeopleOrder, $timeliness: ReviewTimeliness, $iroPersonId: ID) {\n    youngPeople(first: 20, after: $after, orderBy: $orderBy, timeliness: $timeliness, iroPersonId: $iroPersonId) {\n      totalCount\n      items {\n        id\n        firstName\n        hasAccount\n        currentIro {\n          id\n          firstName\n        }\n        nextReview {\n          scheduledFor\n        }\n        reviewDue {\n          ...ReviewDueFields\n        }\n        recordWork {\n          reviewId\n          scheduledFor\n          recommendations {\n            ...WorkDeadlineFields\n          }\n          record {\n            ...WorkDeadlineFields\n          }\n          openQuestions\n          questionReviewId\n        }\n      }\n      nextCursor\n    }\n  }\n": typeof types.YoungPeopleDocument,
    "\n  query CaseloadViewer {\n    me {\n      role\n    }\n  }\n": typeof types.CaseloadViewerDocument,
    "\n  query CaseloadIros {\n    iros {\n      personId\n      name\n    }\n  }\n": typeof types.CaseloadIrosDocument,
    "\n  query YoungPersonName($id: ID!) {\n    youngPerson(id: $id) {\n      firstName\n      hasAccount\n    }\n  }\n": typeof types.YoungPersonNameDocument,
    "\n  mutation CreateInvitation($youngPersonId: ID!) {\n    createInvitation(youngPersonId: $youngPersonId) {\n      code\n      expiresAt\n    }\n  }\n": typeof types.CreateInvitationDocument,
};
const documents: Documents = {
    "\n  fragment ReviewDueFields on ReviewDue {\n    sequence\n    dueOn\n    timeliness\n  }\n": types.ReviewDueFieldsFragmentDoc,
    "\n  query ArrangeReview($id: ID!) {\n    me {\n      role\n    }\n    youngPerson(id: $id) {\n      firstName\n      reviewDue {\n        ...ReviewDueFields\n      }\n      plannedReview {\n        ...ReviewPlan\n        history {\n          id\n          kind\n          startBefore\n          startAfter\n          formatBefore\n          formatAfter\n          venueBefore\n          venueAfter\n          reason\n          occurredAt\n          changedBy {\n            firstName\n          }\n        }\n      }\n    }\n  }\n": types.ArrangeReviewDocument,
    "\n  mutation ScheduleReview($input: ScheduleReviewInput!) {\n    scheduleReview(input: $input) {\n      id\n    }\n  }\n": types.ScheduleReviewDocument,
    "\n  mutation RescheduleReview($input: RescheduleReviewInput!) {\n    rescheduleReview(input: $input) {\n      id\n    }\n  }\n": types.RescheduleReviewDocument,
    "\n  mutation RearrangeReview($input: RearrangeReviewInput!) {\n    rearrangeReview(input: $input) {\n      id\n    }\n  }\n": types.RearrangeReviewDocument,
    "\n  mutation RecordReviewHeld($input: RecordReviewHeldInput!) {\n    recordReviewHeld(input: $input) {\n      id\n    }\n  }\n": types.RecordReviewHeldDocument,
    "\n  mutation AdjournReview($input: AdjournReviewInput!) {\n    adjournReview(input: $input) {\n      id\n    }\n  }\n": types.AdjournReviewDocument,
    "\n  mutation CancelReview($input: CancelReviewInput!) {\n    cancelReview(input: $input) {\n      id\n    }\n  }\n": types.CancelReviewDocument,
    "\n  fragment ChoiceSetFields on ChoiceSet {\n    place\n    placeDetails\n    meetingShape\n    attendance\n    preferredTimes\n    timesThatDoNotWork\n    invitedPeople {\n      ...PersonName\n    }\n    othersInvited\n    notWantedPeople {\n      ...PersonName\n    }\n    notWantedOthers\n    meetIroFirst\n    chairing\n    updatedAt\n  }\n": types.ChoiceSetFieldsFragmentDoc,
    "\n  fragment ChoiceAnswerFields on ChoiceAnswer {\n    topic\n    accepted\n    reason\n    answeredAt\n  }\n": types.ChoiceAnswerFieldsFragmentDoc,
    "\n  query MyReview {\n    me {\n      youngPerson {\n        id\n        currentIro {\n          firstName\n        }\n        currentIroContact {\n          ...StaffContactFields\n        }\n        nextReview {\n          ...ReviewPlan\n          choices {\n            lockedAt\n            hasUnsentChanges\n            sent {\n              updatedAt\n            }\n            draft {\n              ...ChoiceSetFields\n            }\n            answers {\n              ...ChoiceAnswerFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyReviewDocument,
    "\n  query MyNetwork {\n    me {\n      youngPerson {\n        network {\n          ...NetworkMember\n        }\n      }\n    }\n  }\n": types.MyNetworkDocument,
    "\n  mutation SaveReviewChoices($input: SaveReviewChoicesInput!) {\n    saveReviewChoices(input: $input) {\n      id\n    }\n  }\n": types.SaveReviewChoicesDocument,
    "\n  mutation SendReviewChoices($reviewId: ID!) {\n    sendReviewChoices(reviewId: $reviewId) {\n      id\n    }\n  }\n": types.SendReviewChoicesDocument,
    "\n  query IroReviewChoices($id: ID!) {\n    me {\n      role\n    }\n    youngPerson(id: $id) {\n      firstName\n      reviewDue {\n        dueOn\n        timeliness\n      }\n      nextReview {\n        ...ReviewWhen\n        choices {\n          lockedAt\n          sent {\n            ...ChoiceSetFields\n          }\n          answers {\n            ...ChoiceAnswerFields\n          }\n        }\n      }\n    }\n  }\n": types.IroReviewChoicesDocument,
    "\n  mutation AnswerChoice($input: AnswerChoiceInput!) {\n    answerChoice(input: $input) {\n      id\n    }\n  }\n": types.AnswerChoiceDocument,
    "\n  mutation LockReviewChoices($input: LockReviewChoicesInput!) {\n    lockReviewChoices(input: $input) {\n      id\n    }\n  }\n": types.LockReviewChoicesDocument,
    "\n  fragment ContributionAnswerFields on ContributionAnswers {\n    howThingsAreGoing\n    whatIsGoingWell\n    whatWorriesYou\n    whatToTalkAbout\n    familyTime\n    yourInvolvement\n    dailyLife\n    supportForYou\n    carePlanProgress\n    changesSinceLastReview\n    howYouKnowThem\n    anythingElse\n  }\n": types.ContributionAnswerFieldsFragmentDoc,
    "\n  query ContributionLinks($id: ID!) {\n    youngPerson(id: $id) {\n      firstName\n      network {\n        ...NetworkMember\n      }\n      nextReview {\n        ...ReviewWhen\n        contributionLinks {\n          person {\n            id\n          }\n          state\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n": types.ContributionLinksDocument,
    "\n  fragment LinkToSend on NewContributionLink {\n    token\n    link {\n      expiresAt\n      person {\n        firstName\n      }\n    }\n  }\n": types.LinkToSendFragmentDoc,
    "\n  mutation CreateContributionLink($input: CreateContributionLinkInput!) {\n    createContributionLink(input: $input) {\n      ...LinkToSend\n    }\n  }\n": types.CreateContributionLinkDocument,
    "\n  query ContributionForm($token: String!) {\n    contributionForm(token: $token) {\n      __typename\n      ... on ContributionForm {\n        youngPersonFirstName\n        reviewScheduledFor\n        relationship\n        questions\n        draft {\n          ...ContributionAnswerFields\n        }\n        draftSavedAt\n        expiresAt\n        iro {\n          ...StaffContactFields\n        }\n      }\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": types.ContributionFormDocument,
    "\n  mutation SaveContributionDraft($input: SaveContributionDraftInput!) {\n    saveContributionDraft(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": types.SaveContributionDraftDocument,
    "\n  mutation SubmitContribution($input: SubmitContributionInput!) {\n    submitContribution(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": types.SubmitContributionDocument,
    "\n  query ContributionLinkToSend($reviewId: ID!, $personId: ID!) {\n    contributionLinkToSend(reviewId: $reviewId, personId: $personId) {\n      ...LinkToSend\n    }\n  }\n": types.ContributionLinkToSendDocument,
    "\n  query SentContribution($token: String!) {\n    sentContribution(token: $token) {\n      youngPersonFirstName\n      questions\n      submittedAt\n      answers {\n        ...ContributionAnswerFields\n      }\n    }\n  }\n": types.SentContributionDocument,
    "\n  fragment FeedbackAnswerFields on FeedbackAnswers {\n    listenedTo\n    viewsTakenIntoAccount\n    wellOrganised\n    youngPersonAtTheCentre\n    keepTheSame\n    change\n    anythingElse\n    mayQuote\n  }\n": types.FeedbackAnswerFieldsFragmentDoc,
    "\n  query ReviewAttendance($id: ID!) {\n    me {\n      role\n    }\n    youngPerson(id: $id) {\n      id\n      firstName\n      network {\n        relationship\n        person {\n          id\n          firstName\n        }\n      }\n      lastHeldReview {\n        id\n        scheduledFor\n        attendees {\n          id\n          personId\n          name\n          role\n          relationship\n          respondent\n          feedbackAsked\n          linkState\n        }\n        feedback {\n          id\n          attendeeId\n          respondent\n          submittedAt\n          answers {\n            ...FeedbackAnswerFields\n          }\n        }\n      }\n    }\n  }\n": types.ReviewAttendanceDocument,
    "\n  mutation RecordReviewAttendees($input: RecordReviewAttendeesInput!) {\n    recordReviewAttendees(input: $input) {\n      feedbackClosesAt\n      links {\n        token\n        attendee {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RecordReviewAttendeesDocument,
    "\n  query FeedbackForm($token: String!) {\n    feedbackForm(token: $token) {\n      __typename\n      ... on FeedbackForm {\n        youngPersonFirstName\n        reviewHeldAt\n        respondent\n        closesAt\n        draftSavedAt\n        draft {\n          ...FeedbackAnswerFields\n        }\n      }\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": types.FeedbackFormDocument,
    "\n  mutation SaveFeedbackDraft($input: FeedbackDraftInput!) {\n    saveFeedbackDraft(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": types.SaveFeedbackDraftDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": types.SubmitFeedbackDocument,
    "\n  query MyFeedback {\n    myFeedback {\n      reviewHeldAt\n      closesAt\n      notNowCount\n      submittedAt\n      draftSavedAt\n      draft {\n        ...FeedbackAnswerFields\n      }\n    }\n  }\n": types.MyFeedbackDocument,
    "\n  mutation SaveMyFeedbackDraft($input: MyFeedbackDraftInput!) {\n    saveMyFeedbackDraft(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": types.SaveMyFeedbackDraftDocument,
    "\n  mutation SubmitMyFeedback($input: SubmitMyFeedbackInput!) {\n    submitMyFeedback(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n": types.SubmitMyFeedbackDocument,
    "\n  mutation NotNowToFeedback {\n    notNowToFeedback {\n      notNowCount\n    }\n  }\n": types.NotNowToFeedbackDocument,
    "\n  fragment SharedCommentsPage on SharedFeedbackCommentPage {\n    items {\n      respondent\n      question\n      text\n      submittedAt\n    }\n    nextCursor\n  }\n": types.SharedCommentsPageFragmentDoc,
    "\n  query FeedbackFigures($input: FeedbackFiguresInput!, $commentsAfter: String) {\n    feedbackFigures(input: $input) {\n      returns {\n        respondent\n        sent\n        returned\n      }\n      ratings {\n        question\n        rating\n        count\n      }\n      sharedComments(after: $commentsAfter) {\n        ...SharedCommentsPage\n      }\n      iros {\n        iroPersonId\n        iroName\n        sent\n        returned\n      }\n    }\n  }\n": types.FeedbackFiguresDocument,
    "\n  query FeedbackSharedComments($input: FeedbackFiguresInput!, $after: String) {\n    feedbackFigures(input: $input) {\n      sharedComments(after: $after) {\n        ...SharedCommentsPage\n      }\n    }\n  }\n": types.FeedbackSharedCommentsDocument,
    "\n  fragment PersonName on Person {\n    id\n    firstName\n  }\n": types.PersonNameFragmentDoc,
    "\n  fragment ReviewWhen on Review {\n    id\n    scheduledFor\n  }\n": types.ReviewWhenFragmentDoc,
    "\n  fragment ReviewPlan on Review {\n    ...ReviewWhen\n    format\n    venue\n  }\n": types.ReviewPlanFragmentDoc,
    "\n  fragment NetworkMember on NetworkLink {\n    mayBeInvited\n    relationship\n    person {\n      ...PersonName\n    }\n  }\n": types.NetworkMemberFragmentDoc,
    "\n  fragment StaffContactFields on StaffContact {\n    name\n    phone\n    email\n  }\n": types.StaffContactFieldsFragmentDoc,
    "\n  query Home {\n    me {\n      firstName\n      role\n      youngPerson {\n        currentIroContact {\n          ...StaffContactFields\n        }\n        nextReview {\n          scheduledFor\n        }\n        supportRequests {\n          ...SupportRequestSummary\n        }\n      }\n    }\n    myFeedback {\n      submittedAt\n      notNowCount\n    }\n    openWorryAlerts {\n      items {\n        ...OpenWorry\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  fragment CommunicationNeedsFields on CommunicationNeeds {\n    interpreterLanguage\n    alternativeCommunication\n    otherNeeds\n  }\n": types.CommunicationNeedsFieldsFragmentDoc,
    "\n  query NextReviewId($id: ID!) {\n    youngPerson(id: $id) {\n      firstName\n      nextReview {\n        id\n      }\n    }\n  }\n": types.NextReviewIdDocument,
    "\n  query PreReviewPack($reviewId: ID!) {\n    preReviewPack(reviewId: $reviewId) {\n      readUpTo\n      shownAt\n      fullName\n      dateOfBirth\n      iroName\n      viewsBefore {\n        number\n        ...ViewsAnswerFields\n      }\n      youngPerson {\n        firstName\n        communicationNeeds {\n          ...CommunicationNeedsFields\n          updatedAt\n        }\n        supportRequests {\n          ...SupportRequestSummary\n        }\n        participationHistory {\n          reviewId\n          scheduledFor\n          code\n        }\n      }\n      review {\n        ...ReviewPlan\n        recommendationsFromLastReview {\n          ...RecommendationFields\n        }\n        choices {\n          sent {\n            ...ChoiceSetFields\n          }\n          answers {\n            ...ChoiceAnswerFields\n          }\n        }\n        views {\n          latest {\n            ...ViewsSent\n            ...ViewsAnswerFields\n          }\n        }\n        contributions(first: 20) {\n          id\n          relationship\n          submittedAt\n          person {\n            firstName\n          }\n          answers {\n            ...ContributionAnswerFields\n          }\n        }\n      }\n    }\n  }\n": types.PreReviewPackDocument,
    "\n  query CommunicationNeeds($id: ID!) {\n    youngPerson(id: $id) {\n      firstName\n      communicationNeeds {\n        ...CommunicationNeedsFields\n      }\n    }\n  }\n": types.CommunicationNeedsDocument,
    "\n  mutation UpdateCommunicationNeeds($input: UpdateCommunicationNeedsInput!) {\n    updateCommunicationNeeds(input: $input) {\n      updatedAt\n    }\n  }\n": types.UpdateCommunicationNeedsDocument,
    "\n  mutation MarkPackRead($reviewId: ID!, $upTo: DateTimeISO!) {\n    markPackRead(reviewId: $reviewId, upTo: $upTo)\n  }\n": types.MarkPackReadDocument,
    "\n  fragment WorkDeadlineFields on WorkDeadline {\n    dueOn\n    doneAt\n    timeliness\n    doneOnTime\n  }\n": types.WorkDeadlineFieldsFragmentDoc,
    "\n  fragment RecommendationFields on Recommendation {\n    id\n    number\n    action\n    responsible\n    dueOn\n    status\n    statusNote\n  }\n": types.RecommendationFieldsFragmentDoc,
    "\n  fragment RecordSectionsFields on RecordSections {\n    talkedAbout\n    goingWell\n    worries\n    nextSteps\n    youToldUs\n  }\n": types.RecordSectionsFieldsFragmentDoc,
    "\n  fragment RecordQuestionFields on RecordQuestion {\n    id\n    kind\n    message\n    askedAt\n    answer\n    answeredAt\n  }\n": types.RecordQuestionFieldsFragmentDoc,
    "\n  query HeldReview($youngPersonId: ID!, $reviewId: ID!) {\n    me {\n      role\n    }\n    youngPerson(id: $youngPersonId) {\n      firstName\n      network {\n        person {\n          id\n          firstName\n        }\n        relationship\n      }\n    }\n    heldReview(reviewId: $reviewId) {\n      id\n      youngPersonId\n      scheduledFor\n      attendees {\n        id\n      }\n      youngPersonWasUnderFour\n      conduct {\n        chairedBy\n        chairingDeclined\n        metIroAloneFirst\n        meetings\n        participation\n      }\n      recommendations {\n        ...RecommendationFields\n      }\n      recommendationsIssuedAt\n      recommendationsDeadline {\n        ...WorkDeadlineFields\n      }\n      record {\n        draft {\n          ...RecordSectionsFields\n          savedAt\n        }\n        latest {\n          number\n          completedAt\n        }\n        firstOpenedAt\n        deadline {\n          ...WorkDeadlineFields\n        }\n      }\n      recordQuestions {\n        ...RecordQuestionFields\n      }\n      midwayReviews {\n        id\n        checkedOn\n        note\n        concernRaised\n      }\n    }\n  }\n": types.HeldReviewDocument,
    "\n  mutation RecordReviewConduct($input: RecordReviewConductInput!) {\n    recordReviewConduct(input: $input) {\n      participation\n    }\n  }\n": types.RecordReviewConductDocument,
    "\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      id\n    }\n  }\n": types.AddRecommendationDocument,
    "\n  mutation IssueRecommendations($reviewId: ID!) {\n    issueRecommendations(reviewId: $reviewId)\n  }\n": types.IssueRecommendationsDocument,
    "\n  mutation UpdateRecommendationStatus($input: RecommendationProgressInput!) {\n    updateRecommendationStatus(input: $input) {\n      id\n    }\n  }\n": types.UpdateRecommendationStatusDocument,
    "\n  mutation SaveReviewRecordDraft($input: SaveReviewRecordDraftInput!) {\n    saveReviewRecordDraft(input: $input) {\n      savedAt\n    }\n  }\n": types.SaveReviewRecordDraftDocument,
    "\n  mutation CompleteReviewRecord($input: CompleteReviewRecordInput!) {\n    completeReviewRecord(input: $input) {\n      number\n    }\n  }\n": types.CompleteReviewRecordDocument,
    "\n  mutation AnswerRecordQuestion($input: AnswerRecordQuestionInput!) {\n    answerRecordQuestion(input: $input) {\n      id\n    }\n  }\n": types.AnswerRecordQuestionDocument,
    "\n  mutation RecordMidwayReview($input: RecordMidwayReviewInput!) {\n    recordMidwayReview(input: $input) {\n      id\n    }\n  }\n": types.RecordMidwayReviewDocument,
    "\n  query MyReviewRecords {\n    me {\n      firstName\n      youngPerson {\n        id\n      }\n    }\n  }\n": types.MyReviewRecordsDocument,
    "\n  query ReviewRecords($youngPersonId: ID!, $after: String) {\n    reviewRecords(youngPersonId: $youngPersonId, first: 20, after: $after) {\n      items {\n        id\n        scheduledFor\n        record {\n          latest {\n            number\n            completedAt\n          }\n        }\n      }\n      nextCursor\n    }\n  }\n": types.ReviewRecordsDocument,
    "\n  query MyReviewRecord($reviewId: ID!) {\n    me {\n      firstName\n    }\n    heldReview(reviewId: $reviewId) {\n      id\n      scheduledFor\n      recommendations {\n        ...RecommendationFields\n      }\n      record {\n        latest {\n          ...RecordSectionsFields\n          number\n          reason\n          completedAt\n        }\n        versions {\n          number\n          reason\n          completedAt\n        }\n      }\n      recordQuestions {\n        ...RecordQuestionFields\n      }\n    }\n  }\n": types.MyReviewRecordDocument,
    "\n  mutation MarkReviewRecordOpened($reviewId: ID!) {\n    markReviewRecordOpened(reviewId: $reviewId)\n  }\n": types.MarkReviewRecordOpenedDocument,
    "\n  mutation AskAboutReviewRecord($input: AskAboutReviewRecordInput!) {\n    askAboutReviewRecord(input: $input) {\n      id\n    }\n  }\n": types.AskAboutReviewRecordDocument,
    "\n  fragment SessionStarted on SignedIn {\n    token\n    expiresAt\n    accountId\n    role\n  }\n": types.SessionStartedFragmentDoc,
    "\n  fragment InvitationRefusal on InvitationRefused {\n    reason\n    retryAfterSeconds\n  }\n": types.InvitationRefusalFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignedIn {\n        ...SessionStarted\n      }\n      ... on SignInRefused {\n        reason\n        retryAfterSeconds\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query InvitationCheck($code: String!) {\n    invitation(code: $code) {\n      __typename\n      ... on InvitationValid {\n        firstName\n      }\n      ... on InvitationRefused {\n        ...InvitationRefusal\n      }\n    }\n  }\n": types.InvitationCheckDocument,
    "\n  mutation ActivateInvitation($input: ActivateInvitationInput!) {\n    activateInvitation(input: $input) {\n      __typename\n      ... on SignedIn {\n        ...SessionStarted\n      }\n      ... on InvitationRefused {\n        ...InvitationRefusal\n      }\n    }\n  }\n": types.ActivateInvitationDocument,
    "\n  query ViewerRole {\n    me {\n      role\n    }\n  }\n": types.ViewerRoleDocument,
    "\n  fragment SessionEndsAt on SessionEnds {\n    idleEndsAt\n    expiresAt\n  }\n": types.SessionEndsAtFragmentDoc,
    "\n  query SessionEnds {\n    sessionEnds {\n      ...SessionEndsAt\n    }\n  }\n": types.SessionEndsDocument,
    "\n  mutation StaySignedIn {\n    staySignedIn {\n      ...SessionEndsAt\n    }\n  }\n": types.StaySignedInDocument,
    "\n  fragment SupportRequestSummary on SupportRequest {\n    id\n    kind\n    status\n    askedAt\n    askedOnBehalf\n    statusChangedAt\n    allocatedAt\n    closedAt\n    closedReason\n  }\n": types.SupportRequestSummaryFragmentDoc,
    "\n  query GetSupport {\n    me {\n      youngPerson {\n        id\n        supportRequests {\n          ...SupportRequestSummary\n        }\n      }\n    }\n    supportProviders {\n      advocacy\n      independentVisitors\n    }\n  }\n": types.GetSupportDocument,
    "\n  mutation RequestSupport($input: RequestSupportInput!) {\n    requestSupport(input: $input) {\n      id\n    }\n  }\n": types.RequestSupportDocument,
    "\n  mutation WithdrawSupportRequest($requestId: ID!) {\n    withdrawSupportRequest(requestId: $requestId) {\n      id\n    }\n  }\n": types.WithdrawSupportRequestDocument,
    "\n  query SupportQueue($kind: SupportKind, $status: SupportStatus, $after: String) {\n    supportRequests(kind: $kind, status: $status, after: $after) {\n      totalCount\n      nextCursor\n      items {\n        id\n        kind\n        status\n        ageInDays\n        askedOnBehalf\n        youngPersonName\n      }\n    }\n  }\n": types.SupportQueueDocument,
    "\n  query SupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      ...SupportRequestSummary\n      youngPersonName\n      why\n      howSoon\n      contactPreference\n      allowedMoves\n      moves {\n        from\n        to\n        closedReason\n        note\n        movedAt\n      }\n    }\n  }\n": types.SupportRequestDocument,
    "\n  mutation MoveSupportRequest($input: MoveSupportRequestInput!) {\n    moveSupportRequest(input: $input) {\n      status\n    }\n  }\n": types.MoveSupportRequestDocument,
    "\n  query SupportFigures($from: String!, $to: String!) {\n    supportFigures(from: $from, to: $to) {\n      from\n      to\n      quarters {\n        startsOn\n        endsOn\n        youngPeopleWithAdvocate\n      }\n      independentVisitorsMatched\n      independentVisitorsWaiting\n      allocatedInPeriod\n      medianDaysToAdvocate\n      medianDaysToIndependentVisitor\n    }\n  }\n": types.SupportFiguresDocument,
    "\n  query AskForSupport($id: ID!) {\n    youngPerson(id: $id) {\n      id\n      firstName\n    }\n  }\n": types.AskForSupportDocument,
    "\n  fragment ViewsAnswerFields on ViewsAnswers {\n    usedShorterVersion\n    goingWell\n    worryingMe\n    wouldLikeToChange\n    talkAboutAtReview\n    feelingAboutHome\n    feelingAboutSchool\n    feelingAboutHealth\n    feelingAboutFamilyTime\n    feelingAboutFriendsAndActivities\n    anythingElse\n  }\n": types.ViewsAnswerFieldsFragmentDoc,
    "\n  fragment ViewsSent on ViewsVersion {\n    number\n    audience\n    submittedAt\n  }\n": types.ViewsSentFragmentDoc,
    "\n  query MyViews {\n    me {\n      youngPerson {\n        suggestsShorterViews\n        currentIro {\n          firstName\n        }\n        nextReview {\n          ...ReviewWhen\n          views {\n            hasUnsubmittedChanges\n            latest {\n              ...ViewsSent\n            }\n            draft {\n              audience\n              ...ViewsAnswerFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyViewsDocument,
    "\n  mutation SaveViewsDraft($input: SaveViewsDraftInput!) {\n    saveViewsDraft(input: $input) {\n      savedAt\n    }\n  }\n": types.SaveViewsDraftDocument,
    "\n  mutation SubmitViews($input: SubmitViewsInput!) {\n    submitViews(input: $input) {\n      number\n    }\n  }\n": types.SubmitViewsDocument,
    "\n  mutation RaiseWorry($input: RaiseWorryInput!) {\n    raiseWorry(input: $input) {\n      id\n    }\n  }\n": types.RaiseWorryDocument,
    "\n  query Worried {\n    me {\n      youngPerson {\n        id\n      }\n    }\n  }\n": types.WorriedDocument,
    "\n  query WorryTold($id: ID!) {\n    worryAlert(id: $id) {\n      contactBy\n      toldIroName\n      toldSocialWorkerName\n      acknowledgedAt\n      acknowledgedByName\n    }\n  }\n": types.WorryToldDocument,
    "\n  fragment OpenWorry on WorryAlert {\n    id\n    youngPersonName\n    wants\n    howSoon\n    about\n    raisedAt\n    contactBy\n  }\n": types.OpenWorryFragmentDoc,
    "\n  query StaffLayout {\n    me {\n      role\n    }\n    openWorryAlerts {\n      items {\n        ...OpenWorry\n      }\n    }\n  }\n": types.StaffLayoutDocument,
    "\n  mutation AcknowledgeWorry($id: ID!) {\n    acknowledgeWorry(id: $id) {\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeWorryDocument,
    "\n  query YoungPeople($after: String, $orderBy: YoungPeopleOrder, $timeliness: ReviewTimeliness, $iroPersonId: ID) {\n    youngPeople(first: 20, after: $after, orderBy: $orderBy, timeliness: $timeliness, iroPersonId: $iroPersonId) {\n      totalCount\n      items {\n        id\n        firstName\n        hasAccount\n        currentIro {\n          id\n          firstName\n        }\n        nextReview {\n          scheduledFor\n        }\n        reviewDue {\n          ...ReviewDueFields\n        }\n        recordWork {\n          reviewId\n          scheduledFor\n          recommendations {\n            ...WorkDeadlineFields\n          }\n          record {\n            ...WorkDeadlineFields\n          }\n          openQuestions\n          questionReviewId\n        }\n      }\n      nextCursor\n    }\n  }\n": types.YoungPeopleDocument,
    "\n  query CaseloadViewer {\n    me {\n      role\n    }\n  }\n": types.CaseloadViewerDocument,
    "\n  query CaseloadIros {\n    iros {\n      personId\n      name\n    }\n  }\n": types.CaseloadIrosDocument,
    "\n  query YoungPersonName($id: ID!) {\n    youngPerson(id: $id) {\n      firstName\n      hasAccount\n    }\n  }\n": types.YoungPersonNameDocument,
    "\n  mutation CreateInvitation($youngPersonId: ID!) {\n    createInvitation(youngPersonId: $youngPersonId) {\n      code\n      expiresAt\n    }\n  }\n": types.CreateInvitationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewDueFields on ReviewDue {\n    sequence\n    dueOn\n    timeliness\n  }\n"): typeof import('./graphql').ReviewDueFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArrangeReview($id: ID!) {\n    me {\n      role\n    }\n    youngPerson(id: $id) {\n      firstName\n      reviewDue {\n        ...ReviewDueFields\n      }\n      plannedReview {\n        ...ReviewPlan\n        history {\n          id\n          kind\n          startBefore\n          startAfter\n          formatBefore\n          formatAfter\n          venueBefore\n          venueAfter\n          reason\n          occurredAt\n          changedBy {\n            firstName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ArrangeReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleReview($input: ScheduleReviewInput!) {\n    scheduleReview(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScheduleReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleReview($input: RescheduleReviewInput!) {\n    rescheduleReview(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RescheduleReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RearrangeReview($input: RearrangeReviewInput!) {\n    rearrangeReview(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RearrangeReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReviewHeld($input: RecordReviewHeldInput!) {\n    recordReviewHeld(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordReviewHeldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjournReview($input: AdjournReviewInput!) {\n    adjournReview(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdjournReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelReview($input: CancelReviewInput!) {\n    cancelReview(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CancelReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChoiceSetFields on ChoiceSet {\n    place\n    placeDetails\n    meetingShape\n    attendance\n    preferredTimes\n    timesThatDoNotWork\n    invitedPeople {\n      ...PersonName\n    }\n    othersInvited\n    notWantedPeople {\n      ...PersonName\n    }\n    notWantedOthers\n    meetIroFirst\n    chairing\n    updatedAt\n  }\n"): typeof import('./graphql').ChoiceSetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChoiceAnswerFields on ChoiceAnswer {\n    topic\n    accepted\n    reason\n    answeredAt\n  }\n"): typeof import('./graphql').ChoiceAnswerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReview {\n    me {\n      youngPerson {\n        id\n        currentIro {\n          firstName\n        }\n        currentIroContact {\n          ...StaffContactFields\n        }\n        nextReview {\n          ...ReviewPlan\n          choices {\n            lockedAt\n            hasUnsentChanges\n            sent {\n              updatedAt\n            }\n            draft {\n              ...ChoiceSetFields\n            }\n            answers {\n              ...ChoiceAnswerFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNetwork {\n    me {\n      youngPerson {\n        network {\n          ...NetworkMember\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReviewChoices($input: SaveReviewChoicesInput!) {\n    saveReviewChoices(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SaveReviewChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReviewChoices($reviewId: ID!) {\n    sendReviewChoices(reviewId: $reviewId) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendReviewChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IroReviewChoices($id: ID!) {\n    me {\n      role\n    }\n    youngPerson(id: $id) {\n      firstName\n      reviewDue {\n        dueOn\n        timeliness\n      }\n      nextReview {\n        ...ReviewWhen\n        choices {\n          lockedAt\n          sent {\n            ...ChoiceSetFields\n          }\n          answers {\n            ...ChoiceAnswerFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IroReviewChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerChoice($input: AnswerChoiceInput!) {\n    answerChoice(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AnswerChoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockReviewChoices($input: LockReviewChoicesInput!) {\n    lockReviewChoices(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LockReviewChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContributionAnswerFields on ContributionAnswers {\n    howThingsAreGoing\n    whatIsGoingWell\n    whatWorriesYou\n    whatToTalkAbout\n    familyTime\n    yourInvolvement\n    dailyLife\n    supportForYou\n    carePlanProgress\n    changesSinceLastReview\n    howYouKnowThem\n    anythingElse\n  }\n"): typeof import('./graphql').ContributionAnswerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionLinks($id: ID!) {\n    youngPerson(id: $id) {\n      firstName\n      network {\n        ...NetworkMember\n      }\n      nextReview {\n        ...ReviewWhen\n        contributionLinks {\n          person {\n            id\n          }\n          state\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContributionLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkToSend on NewContributionLink {\n    token\n    link {\n      expiresAt\n      person {\n        firstName\n      }\n    }\n  }\n"): typeof import('./graphql').LinkToSendFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContributionLink($input: CreateContributionLinkInput!) {\n    createContributionLink(input: $input) {\n      ...LinkToSend\n    }\n  }\n"): typeof import('./graphql').CreateContributionLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionForm($token: String!) {\n    contributionForm(token: $token) {\n      __typename\n      ... on ContributionForm {\n        youngPersonFirstName\n        reviewScheduledFor\n        relationship\n        questions\n        draft {\n          ...ContributionAnswerFields\n        }\n        draftSavedAt\n        expiresAt\n        iro {\n          ...StaffContactFields\n        }\n      }\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').ContributionFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveContributionDraft($input: SaveContributionDraftInput!) {\n    saveContributionDraft(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').SaveContributionDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitContribution($input: SubmitContributionInput!) {\n    submitContribution(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitContributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionLinkToSend($reviewId: ID!, $personId: ID!) {\n    contributionLinkToSend(reviewId: $reviewId, personId: $personId) {\n      ...LinkToSend\n    }\n  }\n"): typeof import('./graphql').ContributionLinkToSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SentContribution($token: String!) {\n    sentContribution(token: $token) {\n      youngPersonFirstName\n      questions\n      submittedAt\n      answers {\n        ...ContributionAnswerFields\n      }\n    }\n  }\n"): typeof import('./graphql').SentContributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackAnswerFields on FeedbackAnswers {\n    listenedTo\n    viewsTakenIntoAccount\n    wellOrganised\n    youngPersonAtTheCentre\n    keepTheSame\n    change\n    anythingElse\n    mayQuote\n  }\n"): typeof import('./graphql').FeedbackAnswerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAttendance($id: ID!) {\n    me {\n      role\n    }\n    youngPerson(id: $id) {\n      id\n      firstName\n      network {\n        relationship\n        person {\n          id\n          firstName\n        }\n      }\n      lastHeldReview {\n        id\n        scheduledFor\n        attendees {\n          id\n          personId\n          name\n          role\n          relationship\n          respondent\n          feedbackAsked\n          linkState\n        }\n        feedback {\n          id\n          attendeeId\n          respondent\n          submittedAt\n          answers {\n            ...FeedbackAnswerFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReviewAttendees($input: RecordReviewAttendeesInput!) {\n    recordReviewAttendees(input: $input) {\n      feedbackClosesAt\n      links {\n        token\n        attendee {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RecordReviewAttendeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackForm($token: String!) {\n    feedbackForm(token: $token) {\n      __typename\n      ... on FeedbackForm {\n        youngPersonFirstName\n        reviewHeldAt\n        respondent\n        closesAt\n        draftSavedAt\n        draft {\n          ...FeedbackAnswerFields\n        }\n      }\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').FeedbackFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFeedbackDraft($input: FeedbackDraftInput!) {\n    saveFeedbackDraft(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').SaveFeedbackDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFeedback {\n    myFeedback {\n      reviewHeldAt\n      closesAt\n      notNowCount\n      submittedAt\n      draftSavedAt\n      draft {\n        ...FeedbackAnswerFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMyFeedbackDraft($input: MyFeedbackDraftInput!) {\n    saveMyFeedbackDraft(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').SaveMyFeedbackDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMyFeedback($input: SubmitMyFeedbackInput!) {\n    submitMyFeedback(input: $input) {\n      __typename\n      ... on ContributionFormClosed {\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitMyFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotNowToFeedback {\n    notNowToFeedback {\n      notNowCount\n    }\n  }\n"): typeof import('./graphql').NotNowToFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedCommentsPage on SharedFeedbackCommentPage {\n    items {\n      respondent\n      question\n      text\n      submittedAt\n    }\n    nextCursor\n  }\n"): typeof import('./graphql').SharedCommentsPageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackFigures($input: FeedbackFiguresInput!, $commentsAfter: String) {\n    feedbackFigures(input: $input) {\n      returns {\n        respondent\n        sent\n        returned\n      }\n      ratings {\n        question\n        rating\n        count\n      }\n      sharedComments(after: $commentsAfter) {\n        ...SharedCommentsPage\n      }\n      iros {\n        iroPersonId\n        iroName\n        sent\n        returned\n      }\n    }\n  }\n"): typeof import('./graphql').FeedbackFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackSharedComments($input: FeedbackFiguresInput!, $after: String) {\n    feedbackFigures(input: $input) {\n      sharedComments(after: $after) {\n        ...SharedCommentsPage\n      }\n    }\n  }\n"): typeof import('./graphql').FeedbackSharedCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonName on Person {\n    id\n    firstName\n  }\n"): typeof import('./graphql').PersonNameFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewWhen on Review {\n    id\n    scheduledFor\n  }\n"): typeof import('./graphql').ReviewWhenFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewPlan on Review {\n    ...ReviewWhen\n    format\n    venue\n  }\n"): typeof import('./graphql').ReviewPlanFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkMember on NetworkLink {\n    mayBeInvited\n    relationship\n    person {\n      ...PersonName\n    }\n  }\n"): typeof import('./graphql').NetworkMemberFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffContactFields on StaffContact {\n    name\n    phone\n    email\n  }\n"): typeof import('./graphql').StaffContactFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      firstName\n      role\n      youngPerson {\n        currentIroContact {\n          ...StaffContactFields\n        }\n        nextReview {\n          scheduledFor\n        }\n        supportRequests {\n          ...SupportRequestSummary\n        }\n      }\n    }\n    myFeedback {\n      submittedAt\n      notNowCount\n    }\n    openWorryAlerts {\n      items {\n        ...OpenWorry\n      }\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunicationNeedsFields on CommunicationNeeds {\n    interpreterLanguage\n    alternativeCommunication\n    otherNeeds\n  }\n"): typeof import('./graphql').CommunicationNeedsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextReviewId($id: ID!) {\n    youngPerson(id: $id) {\n      firstName\n      nextReview {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').NextReviewIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreReviewPack($reviewId: ID!) {\n    preReviewPack(reviewId: $reviewId) {\n      readUpTo\n      shownAt\n      fullName\n      dateOfBirth\n      iroName\n      viewsBefore {\n        number\n        ...ViewsAnswerFields\n      }\n      youngPerson {\n        firstName\n        communicationNeeds {\n          ...CommunicationNeedsFields\n          updatedAt\n        }\n        supportRequests {\n          ...SupportRequestSummary\n        }\n        participationHistory {\n          reviewId\n          scheduledFor\n          code\n        }\n      }\n      review {\n        ...ReviewPlan\n        recommendationsFromLastReview {\n          ...RecommendationFields\n        }\n        choices {\n          sent {\n            ...ChoiceSetFields\n          }\n          answers {\n            ...ChoiceAnswerFields\n          }\n        }\n        views {\n          latest {\n            ...ViewsSent\n            ...ViewsAnswerFields\n          }\n        }\n        contributions(first: 20) {\n          id\n          relationship\n          submittedAt\n          person {\n            firstName\n          }\n          answers {\n            ...ContributionAnswerFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PreReviewPackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunicationNeeds($id: ID!) {\n    youngPerson(id: $id) {\n      firstName\n      communicationNeeds {\n        ...CommunicationNeedsFields\n      }\n    }\n  }\n"): typeof import('./graphql').CommunicationNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunicationNeeds($input: UpdateCommunicationNeedsInput!) {\n    updateCommunicationNeeds(input: $input) {\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').UpdateCommunicationNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkPackRead($reviewId: ID!, $upTo: DateTimeISO!) {\n    markPackRead(reviewId: $reviewId, upTo: $upTo)\n  }\n"): typeof import('./graphql').MarkPackReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkDeadlineFields on WorkDeadline {\n    dueOn\n    doneAt\n    timeliness\n    doneOnTime\n  }\n"): typeof import('./graphql').WorkDeadlineFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationFields on Recommendation {\n    id\n    number\n    action\n    responsible\n    dueOn\n    status\n    statusNote\n  }\n"): typeof import('./graphql').RecommendationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordSectionsFields on RecordSections {\n    talkedAbout\n    goingWell\n    worries\n    nextSteps\n    youToldUs\n  }\n"): typeof import('./graphql').RecordSectionsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordQuestionFields on RecordQuestion {\n    id\n    kind\n    message\n    askedAt\n    answer\n    answeredAt\n  }\n"): typeof import('./graphql').RecordQuestionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeldReview($youngPersonId: ID!, $reviewId: ID!) {\n    me {\n      role\n    }\n    youngPerson(id: $youngPersonId) {\n      firstName\n      network {\n        person {\n          id\n          firstName\n        }\n        relationship\n      }\n    }\n    heldReview(reviewId: $reviewId) {\n      id\n      youngPersonId\n      scheduledFor\n      attendees {\n        id\n      }\n      youngPersonWasUnderFour\n      conduct {\n        chairedBy\n        chairingDeclined\n        metIroAloneFirst\n        meetings\n        participation\n      }\n      recommendations {\n        ...RecommendationFields\n      }\n      recommendationsIssuedAt\n      recommendationsDeadline {\n        ...WorkDeadlineFields\n      }\n      record {\n        draft {\n          ...RecordSectionsFields\n          savedAt\n        }\n        latest {\n          number\n          completedAt\n        }\n        firstOpenedAt\n        deadline {\n          ...WorkDeadlineFields\n        }\n      }\n      recordQuestions {\n        ...RecordQuestionFields\n      }\n      midwayReviews {\n        id\n        checkedOn\n        note\n        concernRaised\n      }\n    }\n  }\n"): typeof import('./graphql').HeldReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReviewConduct($input: RecordReviewConductInput!) {\n    recordReviewConduct(input: $input) {\n      participation\n    }\n  }\n"): typeof import('./graphql').RecordReviewConductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueRecommendations($reviewId: ID!) {\n    issueRecommendations(reviewId: $reviewId)\n  }\n"): typeof import('./graphql').IssueRecommendationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecommendationStatus($input: RecommendationProgressInput!) {\n    updateRecommendationStatus(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateRecommendationStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReviewRecordDraft($input: SaveReviewRecordDraftInput!) {\n    saveReviewRecordDraft(input: $input) {\n      savedAt\n    }\n  }\n"): typeof import('./graphql').SaveReviewRecordDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteReviewRecord($input: CompleteReviewRecordInput!) {\n    completeReviewRecord(input: $input) {\n      number\n    }\n  }\n"): typeof import('./graphql').CompleteReviewRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerRecordQuestion($input: AnswerRecordQuestionInput!) {\n    answerRecordQuestion(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AnswerRecordQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMidwayReview($input: RecordMidwayReviewInput!) {\n    recordMidwayReview(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordMidwayReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReviewRecords {\n    me {\n      firstName\n      youngPerson {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MyReviewRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewRecords($youngPersonId: ID!, $after: String) {\n    reviewRecords(youngPersonId: $youngPersonId, first: 20, after: $after) {\n      items {\n        id\n        scheduledFor\n        record {\n          latest {\n            number\n            completedAt\n          }\n        }\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').ReviewRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReviewRecord($reviewId: ID!) {\n    me {\n      firstName\n    }\n    heldReview(reviewId: $reviewId) {\n      id\n      scheduledFor\n      recommendations {\n        ...RecommendationFields\n      }\n      record {\n        latest {\n          ...RecordSectionsFields\n          number\n          reason\n          completedAt\n        }\n        versions {\n          number\n          reason\n          completedAt\n        }\n      }\n      recordQuestions {\n        ...RecordQuestionFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyReviewRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkReviewRecordOpened($reviewId: ID!) {\n    markReviewRecordOpened(reviewId: $reviewId)\n  }\n"): typeof import('./graphql').MarkReviewRecordOpenedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskAboutReviewRecord($input: AskAboutReviewRecordInput!) {\n    askAboutReviewRecord(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AskAboutReviewRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionStarted on SignedIn {\n    token\n    expiresAt\n    accountId\n    role\n  }\n"): typeof import('./graphql').SessionStartedFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationRefusal on InvitationRefused {\n    reason\n    retryAfterSeconds\n  }\n"): typeof import('./graphql').InvitationRefusalFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignedIn {\n        ...SessionStarted\n      }\n      ... on SignInRefused {\n        reason\n        retryAfterSeconds\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): typeof import('./graphql').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationCheck($code: String!) {\n    invitation(code: $code) {\n      __typename\n      ... on InvitationValid {\n        firstName\n      }\n      ... on InvitationRefused {\n        ...InvitationRefusal\n      }\n    }\n  }\n"): typeof import('./graphql').InvitationCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateInvitation($input: ActivateInvitationInput!) {\n    activateInvitation(input: $input) {\n      __typename\n      ... on SignedIn {\n        ...SessionStarted\n      }\n      ... on InvitationRefused {\n        ...InvitationRefusal\n      }\n    }\n  }\n"): typeof import('./graphql').ActivateInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerRole {\n    me {\n      role\n    }\n  }\n"): typeof import('./graphql').ViewerRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionEndsAt on SessionEnds {\n    idleEndsAt\n    expiresAt\n  }\n"): typeof import('./graphql').SessionEndsAtFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionEnds {\n    sessionEnds {\n      ...SessionEndsAt\n    }\n  }\n"): typeof import('./graphql').SessionEndsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaySignedIn {\n    staySignedIn {\n      ...SessionEndsAt\n    }\n  }\n"): typeof import('./graphql').StaySignedInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupportRequestSummary on SupportRequest {\n    id\n    kind\n    status\n    askedAt\n    askedOnBehalf\n    statusChangedAt\n    allocatedAt\n    closedAt\n    closedReason\n  }\n"): typeof import('./graphql').SupportRequestSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetSupport {\n    me {\n      youngPerson {\n        id\n        supportRequests {\n          ...SupportRequestSummary\n        }\n      }\n    }\n    supportProviders {\n      advocacy\n      independentVisitors\n    }\n  }\n"): typeof import('./graphql').GetSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSupport($input: RequestSupportInput!) {\n    requestSupport(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RequestSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupportRequest($requestId: ID!) {\n    withdrawSupportRequest(requestId: $requestId) {\n      id\n    }\n  }\n"): typeof import('./graphql').WithdrawSupportRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportQueue($kind: SupportKind, $status: SupportStatus, $after: String) {\n    supportRequests(kind: $kind, status: $status, after: $after) {\n      totalCount\n      nextCursor\n      items {\n        id\n        kind\n        status\n        ageInDays\n        askedOnBehalf\n        youngPersonName\n      }\n    }\n  }\n"): typeof import('./graphql').SupportQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportRequest($id: ID!) {\n    supportRequest(id: $id) {\n      ...SupportRequestSummary\n      youngPersonName\n      why\n      howSoon\n      contactPreference\n      allowedMoves\n      moves {\n        from\n        to\n        closedReason\n        note\n        movedAt\n      }\n    }\n  }\n"): typeof import('./graphql').SupportRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSupportRequest($input: MoveSupportRequestInput!) {\n    moveSupportRequest(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').MoveSupportRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportFigures($from: String!, $to: String!) {\n    supportFigures(from: $from, to: $to) {\n      from\n      to\n      quarters {\n        startsOn\n        endsOn\n        youngPeopleWithAdvocate\n      }\n      independentVisitorsMatched\n      independentVisitorsWaiting\n      allocatedInPeriod\n      medianDaysToAdvocate\n      medianDaysToIndependentVisitor\n    }\n  }\n"): typeof import('./graphql').SupportFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AskForSupport($id: ID!) {\n    youngPerson(id: $id) {\n      id\n      firstName\n    }\n  }\n"): typeof import('./graphql').AskForSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewsAnswerFields on ViewsAnswers {\n    usedShorterVersion\n    goingWell\n    worryingMe\n    wouldLikeToChange\n    talkAboutAtReview\n    feelingAboutHome\n    feelingAboutSchool\n    feelingAboutHealth\n    feelingAboutFamilyTime\n    feelingAboutFriendsAndActivities\n    anythingElse\n  }\n"): typeof import('./graphql').ViewsAnswerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewsSent on ViewsVersion {\n    number\n    audience\n    submittedAt\n  }\n"): typeof import('./graphql').ViewsSentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyViews {\n    me {\n      youngPerson {\n        suggestsShorterViews\n        currentIro {\n          firstName\n        }\n        nextReview {\n          ...ReviewWhen\n          views {\n            hasUnsubmittedChanges\n            latest {\n              ...ViewsSent\n            }\n            draft {\n              audience\n              ...ViewsAnswerFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveViewsDraft($input: SaveViewsDraftInput!) {\n    saveViewsDraft(input: $input) {\n      savedAt\n    }\n  }\n"): typeof import('./graphql').SaveViewsDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitViews($input: SubmitViewsInput!) {\n    submitViews(input: $input) {\n      number\n    }\n  }\n"): typeof import('./graphql').SubmitViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseWorry($input: RaiseWorryInput!) {\n    raiseWorry(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RaiseWorryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Worried {\n    me {\n      youngPerson {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').WorriedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorryTold($id: ID!) {\n    worryAlert(id: $id) {\n      contactBy\n      toldIroName\n      toldSocialWorkerName\n      acknowledgedAt\n      acknowledgedByName\n    }\n  }\n"): typeof import('./graphql').WorryToldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpenWorry on WorryAlert {\n    id\n    youngPersonName\n    wants\n    howSoon\n    about\n    raisedAt\n    contactBy\n  }\n"): typeof import('./graphql').OpenWorryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffLayout {\n    me {\n      role\n    }\n    openWorryAlerts {\n      items {\n        ...OpenWorry\n      }\n    }\n  }\n"): typeof import('./graphql').StaffLayoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeWorry($id: ID!) {\n    acknowledgeWorry(id: $id) {\n      acknowledgedAt\n    }\n  }\n"): typeof import('./graphql').AcknowledgeWorryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YoungPeople($after: String, $orderBy: YoungPeopleOrder, $timeliness: ReviewTimeliness, $iroPersonId: ID) {\n    youngPeople(first: 20, after: $after, orderBy: $orderBy, timeliness: $timeliness, iroPersonId: $iroPersonId) {\n      totalCount\n      items {\n        id\n        firstName\n        hasAccount\n        currentIro {\n          id\n          firstName\n        }\n        nextReview {\n          scheduledFor\n        }\n        reviewDue {\n          ...ReviewDueFields\n        }\n        recordWork {\n          reviewId\n          scheduledFor\n          recommendations {\n            ...WorkDeadlineFields\n          }\n          record {\n            ...WorkDeadlineFields\n          }\n          openQuestions\n          questionReviewId\n        }\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').YoungPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadViewer {\n    me {\n      role\n    }\n  }\n"): typeof import('./graphql').CaseloadViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadIros {\n    iros {\n      personId\n      name\n    }\n  }\n"): typeof import('./graphql').CaseloadIrosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YoungPersonName($id: ID!) {\n    youngPerson(id: $id) {\n      firstName\n      hasAccount\n    }\n  }\n"): typeof import('./graphql').YoungPersonNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitation($youngPersonId: ID!) {\n    createInvitation(youngPersonId: $youngPersonId) {\n      code\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').CreateInvitationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
