import { randomUUID } from "node:crypto";
import { ReviewAttendee } from "../attendance/review-attendee.entity";
import { Role } from "../kernel/access/role";
import { RequestTransaction } from "../kernel/request-transaction";
import { Relationship } from "../people/relationship";
import { ReviewStatus } from "../reviews/review-status";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { FeedbackRespondent } from "./feedback-respondent";
import { Feedback } from "./feedback.entity";

const database = useTestDatabase();
const api = useTestApi(database);

const DAY_MS = 24 * 3_600_000;
const PASSPHRASE = "quiet river stone 4";
const ANSWERS = "listenedTo viewsTakenIntoAccount wellOrganised youngPersonAtTheCentre keepTheSame change anythingElse mayQuote";

const RECORD = `mutation ($i: RecordReviewAttendeesInput!) { recordReviewAttendees(input: $i) {
  attendees { id name role respondent feedbackAsked linkState }
  links { token attendee { name respondent } }
} }`;
const ATTENDEES = `query ($r: ID!) { reviewAttendees(reviewId: $r) { name respondent feedbackAsked linkState } }`;
const FORM = `query ($t: String!) { feedbackForm(token: $t) {
  __typename
  ... on FeedbackForm { youngPersonFirstName reviewHeldAt respondent closesAt draftSavedAt draft { ${ANSWERS} } }
  ... on ContributionFormClosed { reason message }
} }`;
const SAVE = `mutation ($i: FeedbackDraftInput!) { saveFeedbackDraft(input: $i) {
  __typename ... on FeedbackDraftSaved { savedAt } ... on ContributionFormClosed { reason }
} }`;
const SUBMIT = `mutation ($i: SubmitFeedbackInput!) { submitFeedback(input: $i) {
  __typename ... on FeedbackSubmitted { submittedAt answers { ${ANSWERS} } } ... on ContributionFormClosed { reason }
} }`;
const MINE = `{ myFeedback { respondent notNowCount submittedAt reviewHeldAt draft { listenedTo } } }`;
const SUBMIT_MINE = `mutation ($i: SubmitMyFeedbackInput!) { submitMyFeedback(input: $i) {
  __typename ... on FeedbackSubmitted { submittedAt } ... on ContributionFormClosed { reason }
} }`;
const REVIEW_FEEDBACK = `query ($id: ID!) { youngPerson(id: $id) { lastHeldReview { feedback { respondent answers { ${ANSWERS} } } } } }`;
const FIGURES = `query ($i: FeedbackFiguresInput!) { feedbackFigures(input: $i) {
  returns { respondent sent returned } ratings { question rating count } sharedComments { items { respondent question text } nextCursor } iros { iroName sent returned }
} }`;

let n = 0;

/** A young person with an account, their IRO signed in, a review held `daysAgo` days ago, and their foster carer and mother. */
async function heldReview(values: { daysAgo?: number; iro?: { personId: string; token: string } } = {}) {
  const { make } = database;
  const i = ++n;
  const iro =
    values.iro ??
    (await (async () => {
      const { person } = await make.iroWithAccount({ firstName: "Priya", lastName: `Shah${i}`, username: `fb.iro.${i}`, passphrase: PASSPHRASE });
      return { personId: person.id, token: await api.tokenFor(`fb.iro.${i}`, PASSPHRASE) };
    })());
  const { youngPerson } = await make.youngPersonWithAccount({ firstName: "Sam", lastName: "Hargreaves", username: `fb.yp.${i}`, passphrase: PASSPHRASE });
  await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.personId });
  const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() - (values.daysAgo ?? 1) * DAY_MS), status: ReviewStatus.HELD });
  const carer = await make.person({ firstName: "Colin", lastName: "Reed" });
  await make.link({ youngPersonId: youngPerson.id, personId: carer.id, relationship: Relationship.FOSTER_CARER });
  const mother = await make.person({ firstName: "Maria", lastName: "Hargreaves" });
  await make.link({ youngPersonId: youngPerson.id, personId: mother.id, relationship: Relationship.MOTHER });
  const youngPersonToken = () => api.tokenFor(`fb.yp.${i}`, PASSPHRASE);
  return { iro, youngPerson, review, carer, mother, youngPersonToken };
}

type World = Awaited<ReturnType<typeof heldReview>>;

/** The IRO records the young person, the carer and the mother (each asked), and a nurse not asked. */
async function recordAll(world: World) {
  const attendees = [
    { personId: world.youngPerson.id, askForFeedback: true },
    { personId: world.carer.id, askForFeedback: true },
    { personId: world.mother.id, askForFeedback: true },
    { name: "Dr Amir Khan", role: "School nurse", askForFeedback: false },
  ];
  const { body } = await api.graphql(RECORD, { token: world.iro.token, variables: { i: { reviewId: world.review.id, attendees } } });
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  const recorded = body.data.recordReviewAttendees as { attendees: { name: string; respondent: string; linkState: string | null }[]; links: { token: string; attendee: { name: string } }[] };
  const tokenOf = (name: string) => recorded.links.find((link) => link.attendee.name === name)!.token;
  return { ...recorded, carerToken: tokenOf("Colin"), motherToken: tokenOf("Maria") };
}

const submit = (token: string, answers: Record<string, unknown>, submissionKey = randomUUID()) => api.graphql(SUBMIT, { variables: { i: { token, answers, submissionKey } } });
const form = async (token: string) => (await api.graphql(FORM, { variables: { t: token } })).body.data?.feedbackForm as Record<string, unknown>;

describe("who came to a held review", () => {
  it("is recorded by its IRO in one action that makes a single-use feedback link for each person asked, but the young person, who answers in the portal", async () => {
    const world = await heldReview();
    const recorded = await recordAll(world);

    expect(recorded.attendees).toEqual([
      { id: expect.any(String), name: "Sam", role: null, respondent: "YOUNG_PERSON", feedbackAsked: true, linkState: null },
      { id: expect.any(String), name: "Colin", role: null, respondent: "FOSTER_OR_KINSHIP_CARER", feedbackAsked: true, linkState: "OPEN" },
      { id: expect.any(String), name: "Maria", role: null, respondent: "PARENT", feedbackAsked: true, linkState: "OPEN" },
      { id: expect.any(String), name: "Dr Amir Khan", role: "School nurse", respondent: "OTHER_PROFESSIONAL", feedbackAsked: false, linkState: null },
    ]);
    expect(recorded.links).toHaveLength(2);
    const opened = await form(recorded.carerToken);
    expect(opened).toMatchObject({ __typename: "FeedbackForm", youngPersonFirstName: "Sam", respondent: "FOSTER_OR_KINSHIP_CARER", draftSavedAt: null });
    // A feedback link lives 28 days after the review.
    expect(new Date(opened.closesAt as string).getTime() - world.review.scheduledFor.getTime()).toBe(28 * DAY_MS);
    expect(JSON.stringify(opened)).not.toContain("Hargreaves");
  });

  it("is refused for a review not held, for someone outside the network, and to anyone but the young person's IRO", async () => {
    const world = await heldReview();
    const planned = await database.make.review({ youngPersonId: world.youngPerson.id, scheduledFor: new Date(Date.now() + 5 * DAY_MS) });
    const stranger = await database.make.person({ firstName: "Nobody" });
    const record = (token: string, reviewId: string, personId: string) =>
      api.graphql(RECORD, { token, variables: { i: { reviewId, attendees: [{ personId, askForFeedback: true }] } } });

    expect((await record(world.iro.token, planned.id, world.carer.id)).body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "reviewId", code: "NOT_HELD" }] });
    expect((await record(world.iro.token, world.review.id, stranger.id)).body.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: "attendees.0.personId", code: "NOT_ON_THE_LIST" }] });
    const other = await heldReview();
    expect((await record(other.iro.token, world.review.id, world.carer.id)).body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await database.db.getRepository(ReviewAttendee).countBy({ reviewId: world.review.id })).toBe(0);
  });

  it("is read by the IRO, their manager and the young person's social worker, and by nobody else", async () => {
    const world = await heldReview();
    await recordAll(world);
    const { make } = database;
    const manager = await make.staffWithAccount(Role.IRO_MANAGER, { username: `fb.manager.${n}`, passphrase: PASSPHRASE });
    const socialWorker = await make.staffWithAccount(Role.SOCIAL_WORKER, { username: `fb.sw.${n}`, passphrase: PASSPHRASE });
    await make.link({ youngPersonId: world.youngPerson.id, personId: socialWorker.person.id, relationship: Relationship.SOCIAL_WORKER });
    const otherSocialWorker = await make.staffWithAccount(Role.SOCIAL_WORKER, { username: `fb.sw2.${n}`, passphrase: PASSPHRASE });
    const read = async (token: string) => api.graphql(ATTENDEES, { token, variables: { r: world.review.id } });

    for (const username of [`fb.manager.${n}`, `fb.sw.${n}`]) {
      const { body } = await read(await api.tokenFor(username, PASSPHRASE));
      expect((body.data?.reviewAttendees as unknown[]).length).toBe(4);
    }
    expect((await read(await api.tokenFor(otherSocialWorker.account.username, PASSPHRASE))).body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await read(await world.youngPersonToken())).body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(manager.account.role).toBe(Role.IRO_MANAGER);
  });
});

describe("feedback through a single-use link", () => {
  let world: World;
  let recorded: Awaited<ReturnType<typeof recordAll>>;
  beforeAll(async () => {
    world = await heldReview();
    recorded = await recordAll(world);
  });

  it("keeps a draft, then sends once: twenty identical submissions at once store one and answer each the same", async () => {
    const token = recorded.carerToken;
    const saved = await api.graphql(SAVE, { variables: { i: { token, answers: { listenedTo: "MOSTLY", change: "  Start on time. " } } } });
    expect(saved.body.data?.saveFeedbackDraft).toMatchObject({ __typename: "FeedbackDraftSaved" });
    expect(await form(token)).toMatchObject({ draft: { listenedTo: "MOSTLY", change: "Start on time.", mayQuote: null } });

    const key = randomUUID();
    const answers = { listenedTo: "YES", change: "Start on time.", mayQuote: true };
    const results = await Promise.all(Array.from({ length: 20 }, () => submit(token, answers, key)));
    const sent = results.map((result) => result.body.data?.submitFeedback as { __typename: string; submittedAt: string });
    expect(new Set(sent.map((result) => `${result.__typename} ${result.submittedAt}`)).size).toBe(1);
    expect(sent[0]).toMatchObject({ __typename: "FeedbackSubmitted", answers: { listenedTo: "YES", change: "Start on time.", mayQuote: true } });
    const stored = await database.db.getRepository(Feedback).findBy({ attendee: { reviewId: world.review.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ listenedTo: "YES", draft: {}, mayQuote: true });

    // Used: a new submission is refused, and the form is closed as contribution links are.
    expect((await submit(token, answers)).body.data?.submitFeedback).toEqual({ __typename: "ContributionFormClosed", reason: "USED" });
    expect(await form(token)).toMatchObject({ __typename: "ContributionFormClosed", reason: "USED" });
  });

  it("opens only its own purpose: a feedback token opens no views form, and an unknown token opens nothing", async () => {
    const views = await api.graphql(`query ($t: String!) { contributionForm(token: $t) { __typename ... on ContributionFormClosed { reason } } }`, {
      variables: { t: recorded.motherToken },
    });
    expect(views.body.data?.contributionForm).toEqual({ __typename: "ContributionFormClosed", reason: "UNKNOWN" });
    expect(await form("A".repeat(43))).toMatchObject({ __typename: "ContributionFormClosed", reason: "UNKNOWN" });
    expect(await form("not a token")).toMatchObject({ __typename: "ContributionFormClosed", reason: "UNKNOWN" });
  });

  it("expires 28 days after the review, and whenever the review stops being held", async () => {
    const late = await heldReview({ daysAgo: 27 });
    const { motherToken, carerToken } = await recordAll(late);
    expect(await form(motherToken)).toMatchObject({ __typename: "FeedbackForm" });
    await database.db.query("UPDATE review SET scheduled_for = now() - interval '29 days' WHERE id = $1", [late.review.id]);
    await database.db.query("UPDATE contribution_link SET expires_at = now() - interval '1 day' WHERE review_id = $1", [late.review.id]);
    expect(await form(motherToken)).toMatchObject({ __typename: "ContributionFormClosed", reason: "EXPIRED" });
    expect((await submit(carerToken, { listenedTo: "YES" })).body.data?.submitFeedback).toEqual({ __typename: "ContributionFormClosed", reason: "EXPIRED" });
    // Asking again so late is refused rather than making links born dead.
    const { body } = await api.graphql(RECORD, { token: late.iro.token, variables: { i: { reviewId: late.review.id, attendees: [{ name: "A", role: "B", askForFeedback: true }] } } });
    expect(body.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: "reviewId", code: "IN_THE_PAST" }] });
  });

  it("lets its holder read their own attendee and feedback rows and nothing else", async () => {
    const linkId = (await database.db.getRepository(ReviewAttendee).findOneByOrFail({ personId: world.mother.id })).linkId!;
    await api.graphql(SAVE, { variables: { i: { token: recorded.motherToken, answers: { anythingElse: "Thank you." } } } });
    const transaction = await RequestTransaction.open(database.apiDb, null);
    try {
      await transaction.claimContributionLink(linkId);
      const seen = async (table: string) => ((await transaction.manager.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0]!.n;
      expect({ attendees: await seen("review_attendee"), feedback: await seen("feedback"), reviews: await seen("review"), people: await seen("person") }).toEqual({
        attendees: 1,
        feedback: 1,
        reviews: 0,
        people: 0,
      });
    } finally {
      await transaction.finish("rollback");
    }
  });
});

describe("the young person's own feedback", () => {
  it("is asked for in the portal once they were recorded as coming, says 'not now' twice, and sends once when sent twenty times at once", async () => {
    const world = await heldReview();
    const token = await world.youngPersonToken();
    expect((await api.graphql(MINE, { token })).body.data?.myFeedback).toBeNull();
    await recordAll(world);
    expect((await api.graphql(MINE, { token })).body.data?.myFeedback).toMatchObject({ respondent: "YOUNG_PERSON", notNowCount: 0, submittedAt: null });

    await api.graphql("mutation { notNowToFeedback { notNowCount } }", { token });
    const twice = await api.graphql("mutation { notNowToFeedback { notNowCount } }", { token });
    expect(twice.body.data?.notNowToFeedback).toEqual({ notNowCount: 2 });

    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => api.graphql(SUBMIT_MINE, { token, variables: { i: { answers: { listenedTo: "YES", keepTheSame: "My IRO" }, submissionKey: key } } })),
    );
    expect(new Set(results.map((result) => JSON.stringify(result.body.data?.submitMyFeedback))).size).toBe(1);
    expect(results[0]!.body.data?.submitMyFeedback).toMatchObject({ __typename: "FeedbackSubmitted" });
    expect((await api.graphql(MINE, { token })).body.data?.myFeedback).toMatchObject({ submittedAt: expect.any(String), draft: { listenedTo: "YES" } });
    const again = await api.graphql(SUBMIT_MINE, { token, variables: { i: { answers: { listenedTo: "NO" }, submissionKey: randomUUID() } } });
    expect(again.body.data?.submitMyFeedback).toEqual({ __typename: "ContributionFormClosed", reason: "USED" });
  });

  it("never shows a young person anyone else's feedback", async () => {
    const world = await heldReview();
    const { carerToken } = await recordAll(world);
    await submit(carerToken, { listenedTo: "NO", change: "Colin's words", mayQuote: false });
    const token = await world.youngPersonToken();
    const { body } = await api.graphql(REVIEW_FEEDBACK, { token, variables: { id: world.youngPerson.id } });
    // They may read feedback on their own review, which is theirs alone: the carer's is walled off by row-level security.
    expect(body.data?.youngPerson).toEqual({ lastHeldReview: { feedback: [] } });
    expect(JSON.stringify(body)).not.toContain("Colin's words");
    expect((await api.graphql(MINE, { token })).body.data?.myFeedback).toMatchObject({ draft: { listenedTo: null } });
  });
});

describe("what the service reads", () => {
  it("shows an IRO the feedback on their own young people's reviews only, and no manager any comment by this way", async () => {
    const world = await heldReview();
    const { carerToken } = await recordAll(world);
    await submit(carerToken, { wellOrganised: "A_LITTLE", change: "Not shared", mayQuote: false });
    const own = await api.graphql(REVIEW_FEEDBACK, { token: world.iro.token, variables: { id: world.youngPerson.id } });
    expect(own.body.data?.youngPerson).toEqual({
      lastHeldReview: { feedback: [{ respondent: "FOSTER_OR_KINSHIP_CARER", answers: expect.objectContaining({ wellOrganised: "A_LITTLE", change: "Not shared", mayQuote: false }) }] },
    });
    const other = await heldReview();
    expect((await api.graphql(REVIEW_FEEDBACK, { token: other.iro.token, variables: { id: world.youngPerson.id } })).body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    await database.make.staffWithAccount(Role.IRO_MANAGER, { username: `fb.mgr.read.${n}`, passphrase: PASSPHRASE });
    const manager = await api.graphql(REVIEW_FEEDBACK, { token: await api.tokenFor(`fb.mgr.read.${n}`, PASSPHRASE), variables: { id: world.youngPerson.id } });
    expect(manager.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(JSON.stringify(manager.body)).not.toContain("Not shared");
  });

  it("gives a manager figures whose counts are known: returns by kind, each answer's distribution, and only the comments shared", async () => {
    const { make } = database;
    // A borough of its own, so that no other test's reviews are counted.
    const { id: localAuthorityId } = await make.localAuthority();
    await make.staffWithAccount(Role.IRO_MANAGER, { username: "fb.figures.manager", passphrase: PASSPHRASE, localAuthorityId });
    const iroA = await make.iroWithAccount({ firstName: "Ann", lastName: "Able", localAuthorityId });
    const iroB = await make.iroWithAccount({ firstName: "Ben", lastName: "Best", localAuthorityId });
    const inRange = new Date("2026-03-10T11:00:00Z");
    const outOfRange = new Date("2026-05-10T11:00:00Z");
    let k = 0;
    /** One attendee asked (or not) for feedback on a held review chaired by `iro`, and what they sent, if anything. */
    const asked = async (iro: typeof iroA, scheduledFor: Date, respondent: FeedbackRespondent, sent?: Partial<Feedback>, ask = true) => {
      const youngPerson = await make.youngPerson({ localAuthorityId });
      const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor, status: ReviewStatus.HELD });
      const attendee = await database.db.getRepository(ReviewAttendee).save({
        reviewId: review.id,
        youngPersonId: youngPerson.id,
        localAuthorityId,
        iroPersonId: iro.person.id,
        name: `Attendee ${++k}`,
        role: "Attendee",
        respondent,
        feedbackAsked: ask,
        createdByAccountId: iro.account.id,
      });
      if (sent) await database.db.getRepository(Feedback).save({ attendeeId: attendee.id, submittedAt: new Date(), submissionKey: randomUUID(), mayQuote: false, ...sent });
    };
    await asked(iroA, inRange, FeedbackRespondent.PARENT, { listenedTo: "YES" as never, keepTheSame: "Shared by a parent", mayQuote: true });
    await asked(iroA, inRange, FeedbackRespondent.PARENT, { listenedTo: "NO" as never, change: "Never to be seen", mayQuote: false });
    await asked(iroA, inRange, FeedbackRespondent.PARENT);
    await asked(iroB, inRange, FeedbackRespondent.FOSTER_OR_KINSHIP_CARER, { listenedTo: "YES" as never, wellOrganised: "MOSTLY" as never });
    await asked(iroB, inRange, FeedbackRespondent.SOCIAL_WORKER);
    await asked(iroB, inRange, FeedbackRespondent.SOCIAL_WORKER, undefined, false);
    await asked(iroA, outOfRange, FeedbackRespondent.PARENT, { listenedTo: "NO" as never, keepTheSame: "Out of range", mayQuote: true });
    const token = await api.tokenFor("fb.figures.manager", PASSPHRASE);
    const figures = async (iroPersonId?: string) =>
      (await api.graphql(FIGURES, { token, variables: { i: { from: "2026-03-01", to: "2026-03-31", iroPersonId } } })).body.data?.feedbackFigures as {
        returns: { respondent: string; sent: number; returned: number }[];
        ratings: { question: string; rating: string; count: number }[];
        sharedComments: { items: { text: string }[]; nextCursor: string | null };
        iros: unknown[];
      };

    const service = await figures();
    expect(service.returns.filter((row) => row.sent > 0)).toEqual([
      { respondent: "PARENT", sent: 3, returned: 2 },
      { respondent: "FOSTER_OR_KINSHIP_CARER", sent: 1, returned: 1 },
      { respondent: "SOCIAL_WORKER", sent: 1, returned: 0 },
    ]);
    expect(service.returns).toHaveLength(7);
    expect(service.ratings.filter((row) => row.count > 0)).toEqual([
      { question: "LISTENED_TO", rating: "YES", count: 2 },
      { question: "LISTENED_TO", rating: "NO", count: 1 },
      { question: "WELL_ORGANISED", rating: "MOSTLY", count: 1 },
    ]);
    expect(service.sharedComments).toEqual({ items: [{ respondent: "PARENT", question: "KEEP_THE_SAME", text: "Shared by a parent" }], nextCursor: null });
    expect(JSON.stringify(service)).not.toContain("Never to be seen");
    expect(service.iros).toEqual([
      { iroName: "Ann Able", sent: 3, returned: 2 },
      { iroName: "Ben Best", sent: 2, returned: 1 },
    ]);
    const ben = await figures(iroB.person.id);
    expect(ben.returns.filter((row) => row.sent > 0)).toEqual([
      { respondent: "FOSTER_OR_KINSHIP_CARER", sent: 1, returned: 1 },
      { respondent: "SOCIAL_WORKER", sent: 1, returned: 0 },
    ]);
    expect(ben.sharedComments).toEqual({ items: [], nextCursor: null });
  });

  it("gives a manager every shared comment a page at a time, newest form first, none lost or given twice", async () => {
    const { make } = database;
    const { id: localAuthorityId } = await make.localAuthority();
    await make.staffWithAccount(Role.IRO_MANAGER, { username: "fb.pages.manager", passphrase: PASSPHRASE, localAuthorityId });
    const iro = await make.iroWithAccount({ localAuthorityId });
    // Nine forms a minute apart, each with its three comments shared: 27 in all, more than a page.
    for (let form = 1; form <= 9; form++) {
      const youngPerson = await make.youngPerson({ localAuthorityId });
      const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date("2026-03-10T11:00:00Z"), status: ReviewStatus.HELD });
      const attendee = await database.db.getRepository(ReviewAttendee).save({
        reviewId: review.id,
        youngPersonId: youngPerson.id,
        localAuthorityId,
        iroPersonId: iro.person.id,
        name: `Parent ${form}`,
        role: "Parent",
        respondent: FeedbackRespondent.PARENT,
        feedbackAsked: true,
        createdByAccountId: iro.account.id,
      });
      await database.db.getRepository(Feedback).save({
        attendeeId: attendee.id,
        submittedAt: new Date(Date.UTC(2026, 2, 11, 9, form)),
        submissionKey: randomUUID(),
        mayQuote: true,
        keepTheSame: `Keep ${form}`,
        change: `Change ${form}`,
        anythingElse: `Else ${form}`,
      });
    }
    const token = await api.tokenFor("fb.pages.manager", PASSPHRASE);
    const PAGE = `query ($i: FeedbackFiguresInput!, $after: String) { feedbackFigures(input: $i) { sharedComments(after: $after) { items { text } nextCursor } } }`;
    const page = async (after: string | null) =>
      (await api.graphql(PAGE, { token, variables: { i: { from: "2026-03-01", to: "2026-03-31" }, after } })).body.data?.feedbackFigures as {
        sharedComments: { items: { text: string }[]; nextCursor: string | null };
      };

    const first = (await page(null)).sharedComments;
    const second = (await page(first.nextCursor)).sharedComments;

    expect(first.items).toHaveLength(20);
    expect(first.items.slice(0, 4).map((comment) => comment.text)).toEqual(["Keep 9", "Change 9", "Else 9", "Keep 8"]);
    expect(second).toEqual({ items: [{ text: "Else 3" }, ...[2, 1].flatMap((form) => [{ text: `Keep ${form}` }, { text: `Change ${form}` }, { text: `Else ${form}` }])], nextCursor: null });
    const tampered = await api.graphql(PAGE, { token, variables: { i: { from: "2026-03-01", to: "2026-03-31" }, after: "bm90IG91cnM" } });
    expect(tampered.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
