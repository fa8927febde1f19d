import { Role } from "../accounts/role";

/**
 * Who may call each GraphQL operation, and on whose record. Written out by hand, not derived from ROLE_PERMISSIONS,
 * so that a mistake in either shows up as a failing cell. Every Query and Mutation in schema/schema.graphql must have
 * an entry: the test fails on any operation missing from here.
 *
 * - `public`: anyone may call it, signed in or not. The operations of a single-use link's holder are public: the
 *   token is their only key, and a token that opens nothing is answered with the closed state UNKNOWN, not an error.
 * - `signedIn`: any signed-in role may call it; nobody else.
 * - `roles`: only these roles, whatever the record.
 * - `onRecord`: it acts on one young person's record. `own` lists the roles allowed on their own record (young
 *   people), `assigned` those allowed on a young person allocated or linked to them, `any` those allowed on anyone's
 *   in their local authority. Everyone else is refused with NOT_FOUND, as if the record did not exist.
 */
export type Access =
  | { kind: "public" }
  | { kind: "signedIn" }
  | { kind: "roles"; roles: readonly Role[] }
  | { kind: "onRecord"; own: readonly Role[]; assigned: readonly Role[]; any: readonly Role[] };

/**
 * The operation to send for one cell: `target` is the young person's id where the operation names one, `reviewId`
 * their planned review (see `targetReview`), with choices drafted and sent (they would meet their IRO first) and views
 * drafted for their IRO only, and `invitedPersonId` someone in their network who may be invited.
 */
export type OperationCall = (
  target: string,
  helpers: { newIroPersonId: string; reviewId: string; invitedPersonId: string },
) => { query: string; variables?: Record<string, unknown> };

/** A well-formed token that opens no link. */
const UNKNOWN_LINK_TOKEN = "A".repeat(43);

/**
 * The planned review each target young person has: by default ten days from now; `started` an hour ago, for
 * operations on a review that has taken place; `none` for operations that plan one (a young person has one at most).
 */
export type TargetReview = "inTenDays" | "started" | "none";

export type MatrixEntry = { access: Access; call: OperationCall; targetReview?: TargetReview };

const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 3_600_000).toISOString();

const onRecord = (own: readonly Role[], assigned: readonly Role[], any: readonly Role[]): Access => ({ kind: "onRecord", own, assigned, any });

export const AUTHORIZATION_MATRIX: Record<string, MatrixEntry> = {
  me: { access: { kind: "public" }, call: () => ({ query: "{ me { id } }" }) },
  signIn: {
    access: { kind: "public" },
    call: () => ({
      query: "mutation ($i: SignInInput!) { signIn(input: $i) { __typename } }",
      variables: { i: { username: "nobody-at-all", passphrase: "not a real passphrase" } },
    }),
  },
  invitation: {
    access: { kind: "public" },
    call: () => ({ query: 'query { invitation(code: "AAAAA-AAAAA") { __typename } }' }),
  },
  activateInvitation: {
    access: { kind: "public" },
    call: () => ({
      query: "mutation ($i: ActivateInvitationInput!) { activateInvitation(input: $i) { __typename } }",
      variables: { i: { code: "AAAAA-AAAAB", username: "nobody.new", passphrase: "three good words" } },
    }),
  },
  signOut: { access: { kind: "signedIn" }, call: () => ({ query: "mutation { signOut }" }) },
  signOutEverywhere: { access: { kind: "signedIn" }, call: () => ({ query: "mutation { signOutEverywhere }" }) },
  youngPeople: { access: { kind: "signedIn" }, call: () => ({ query: "{ youngPeople(first: 5) { items { id } } }" }) },
  createYoungPerson: {
    access: { kind: "roles", roles: [Role.ADMINISTRATOR] },
    call: () => ({
      query: "mutation ($i: CreateYoungPersonInput!) { createYoungPerson(input: $i) { id } }",
      variables: { i: { firstName: "New", lastName: "Arrival", dateOfBirth: "2015-06-01" } },
    }),
  },
  youngPerson: {
    access: onRecord([Role.YOUNG_PERSON], [Role.IRO, Role.SOCIAL_WORKER], [Role.IRO_MANAGER, Role.ADMINISTRATOR]),
    call: (target) => ({ query: "query ($id: ID!) { youngPerson(id: $id) { id } }", variables: { id: target } }),
  },
  auditTrail: {
    access: onRecord([], [], [Role.IRO_MANAGER]),
    call: (target) => ({ query: "query ($id: ID!) { auditTrail(youngPersonId: $id) { nextCursor } }", variables: { id: target } }),
  },
  createInvitation: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER, Role.ADMINISTRATOR]),
    call: (target) => ({ query: "mutation ($id: ID!) { createInvitation(youngPersonId: $id) { expiresAt } }", variables: { id: target } }),
  },
  allocateIro: {
    access: onRecord([], [], [Role.IRO_MANAGER]),
    call: (target, { newIroPersonId }) => ({
      query: "mutation ($i: AllocateIroInput!) { allocateIro(input: $i) { id } }",
      variables: { i: { youngPersonId: target, iroPersonId: newIroPersonId, reason: "Matrix test" } },
    }),
  },
  addToNetwork: {
    access: onRecord([], [], [Role.ADMINISTRATOR]),
    call: (target) => ({
      query: "mutation ($i: AddToNetworkInput!) { addToNetwork(input: $i) { id } }",
      variables: { i: { youngPersonId: target, newPerson: { firstName: "Aunt", lastName: "May" }, relationship: "OTHER", mayBeInvited: true } },
    }),
  },

  saveReviewChoices: {
    access: onRecord([Role.YOUNG_PERSON], [], []),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: SaveReviewChoicesInput!) { saveReviewChoices(input: $i) { id } }",
      variables: { i: { reviewId, chairing: "NOT_SURE" } },
    }),
  },
  sendReviewChoices: {
    access: onRecord([Role.YOUNG_PERSON], [], []),
    call: (_target, { reviewId }) => ({ query: "mutation ($id: ID!) { sendReviewChoices(reviewId: $id) { id } }", variables: { id: reviewId } }),
  },
  answerChoice: {
    access: onRecord([], [Role.IRO], []),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: AnswerChoiceInput!) { answerChoice(input: $i) { id } }",
      variables: { i: { reviewId, topic: "MEET_IRO_FIRST", accepted: true } },
    }),
  },
  lockReviewChoices: {
    access: onRecord([], [Role.IRO], []),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: LockReviewChoicesInput!) { lockReviewChoices(input: $i) { id } }",
      variables: { i: { reviewId, locked: true } },
    }),
  },
  scheduleReview: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    targetReview: "none",
    call: (target) => ({
      query: "mutation ($i: ScheduleReviewInput!) { scheduleReview(input: $i) { id } }",
      variables: { i: { youngPersonId: target, scheduledFor: daysFromNow(10), format: "IN_PERSON", venue: "Oak Lodge, the family room" } },
    }),
  },
  rescheduleReview: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: RescheduleReviewInput!) { rescheduleReview(input: $i) { id } }",
      variables: { i: { reviewId, scheduledFor: daysFromNow(12), reason: "Matrix test" } },
    }),
  },
  recordReviewHeld: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    targetReview: "started",
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: RecordReviewHeldInput!) { recordReviewHeld(input: $i) { id } }",
      variables: { i: { reviewId } },
    }),
  },
  adjournReview: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: AdjournReviewInput!) { adjournReview(input: $i) { id } }",
      variables: { i: { reviewId, reason: "Matrix test" } },
    }),
  },
  cancelReview: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: CancelReviewInput!) { cancelReview(input: $i) { id } }",
      variables: { i: { reviewId, reason: "Matrix test" } },
    }),
  },

  updateCommunicationNeeds: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (target) => ({
      query: "mutation ($i: UpdateCommunicationNeedsInput!) { updateCommunicationNeeds(input: $i) { updatedAt } }",
      variables: { i: { youngPersonId: target, interpreterLanguage: "Tigrinya" } },
    }),
  },
  preReviewPack: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (_target, { reviewId }) => ({ query: "query ($id: ID!) { preReviewPack(reviewId: $id) { previouslyOpenedAt } }", variables: { id: reviewId } }),
  },
  saveViewsDraft: {
    access: onRecord([Role.YOUNG_PERSON], [], []),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: SaveViewsDraftInput!) { saveViewsDraft(input: $i) { savedAt } }",
      variables: { i: { reviewId, feelingAboutHome: "HAPPY" } },
    }),
  },
  submitViews: {
    access: onRecord([Role.YOUNG_PERSON], [], []),
    call: (_target, { reviewId }) => ({
      query: "mutation ($i: SubmitViewsInput!) { submitViews(input: $i) { number } }",
      variables: { i: { reviewId, submissionKey: "6f1c1f2e-3b7a-4c55-9d0e-2a8b4c6d8e10" } },
    }),
  },
  createContributionLink: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (_target, { reviewId, invitedPersonId }) => ({
      query: "mutation ($i: CreateContributionLinkInput!) { createContributionLink(input: $i) { link { id } } }",
      variables: { i: { reviewId, personId: invitedPersonId } },
    }),
  },
  contributionForm: {
    access: { kind: "public" },
    call: () => ({ query: "query ($t: String!) { contributionForm(token: $t) { __typename } }", variables: { t: UNKNOWN_LINK_TOKEN } }),
  },
  saveContributionDraft: {
    access: { kind: "public" },
    call: () => ({
      query: "mutation ($i: SaveContributionDraftInput!) { saveContributionDraft(input: $i) { __typename } }",
      variables: { i: { token: UNKNOWN_LINK_TOKEN, answers: { howThingsAreGoing: "Settled at school." } } },
    }),
  },
  submitContribution: {
    access: { kind: "public" },
    call: () => ({
      query: "mutation ($i: SubmitContributionInput!) { submitContribution(input: $i) { __typename } }",
      variables: { i: { token: UNKNOWN_LINK_TOKEN, answers: { howThingsAreGoing: "Settled at school." }, submissionKey: "5f0c1d7e-3b1a-4c5e-9d2f-1a2b3c4d5e6f" } },
    }),
  },
};
