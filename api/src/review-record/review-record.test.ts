import { randomUUID } from "node:crypto";
import { Account } from "../accounts/account.entity";
import { atLondonTime } from "../kernel/calendar/london-time";
import { Role } from "../kernel/access/role";
import { Relationship } from "../people/relationship";
import { ReviewStatus } from "../reviews/review-status";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { useCountedDatabase } from "../testing/test-statement-counter";

const database = useTestDatabase();
const counted = useCountedDatabase(database);
const api = useTestApi(counted);
const PASSPHRASE = "four quiet herons";

const CONDUCT = `mutation ($i: RecordReviewConductInput!) { recordReviewConduct(input: $i) { chairedBy chairingDeclined participation } }`;
const SAVE_DRAFT = `mutation ($i: SaveReviewRecordDraftInput!) { saveReviewRecordDraft(input: $i) { talkedAbout goingWell } }`;
const COMPLETE = `mutation ($i: CompleteReviewRecordInput!) { completeReviewRecord(input: $i) { number reason talkedAbout } }`;
const RECORD = `query ($id: ID!) { heldReview(reviewId: $id) { record { draft { talkedAbout } latest { number talkedAbout reason } versions { number } firstOpenedAt } } }`;
const LIST = `query ($id: ID!) { reviewRecords(youngPersonId: $id) { items { id } } }`;
const OPENED = `mutation ($id: ID!) { markReviewRecordOpened(reviewId: $id) }`;
const ADD = `mutation ($i: AddRecommendationInput!) { addRecommendation(input: $i) { id number responsible } }`;
const ISSUE = `mutation ($id: ID!) { issueRecommendations(reviewId: $id) }`;
const RECOMMENDATIONS = `query ($id: ID!) { heldReview(reviewId: $id) { recommendations { action responsible status } recommendationsIssuedAt } }`;
const ASK = `mutation ($i: AskAboutReviewRecordInput!) { askAboutReviewRecord(input: $i) { id } }`;
const ANSWER = `mutation ($i: AnswerRecordQuestionInput!) { answerRecordQuestion(input: $i) { answer } }`;
const WORK = `query ($id: ID!) { youngPerson(id: $id) { recordWork { openQuestions questionReviewId recommendations { timeliness } record { timeliness doneOnTime } } } }`;

let serial = 0;
type Body = { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] };
const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;
const fieldsOf = (body: Body) => body.errors?.[0]?.extensions?.fields;

/** A young person held a review yesterday (born `dateOfBirth`, held at `heldAt`), with their IRO, their social worker and a carer. */
async function world(options: { dateOfBirth?: string; heldAt?: Date } = {}) {
  const { make } = database;
  const n = ++serial;
  const { youngPerson } = await make.youngPersonWithAccount({ firstName: "Ola", dateOfBirth: options.dateOfBirth ?? "2012-03-12", username: `rr.yp${n}`, passphrase: PASSPHRASE });
  const { person: iro } = await make.iroWithAccount({ firstName: "Ruth", username: `rr.iro${n}`, passphrase: PASSPHRASE });
  await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
  const { person: socialWorker } = await make.staffWithAccount(Role.SOCIAL_WORKER, { username: `rr.sw${n}`, passphrase: PASSPHRASE });
  await make.link({ youngPersonId: youngPerson.id, personId: socialWorker.id, relationship: Relationship.SOCIAL_WORKER });
  const carer = await make.person({ firstName: "Helen", lastName: "Morris" });
  await make.link({ youngPersonId: youngPerson.id, personId: carer.id, relationship: Relationship.FOSTER_CARER });
  const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor: options.heldAt ?? new Date(Date.now() - 86_400_000), status: ReviewStatus.HELD });
  return {
    youngPerson,
    review,
    carer,
    iroAccount: await database.db.getRepository(Account).findOneByOrFail({ personId: iro.id }),
    iro: await api.tokenFor(`rr.iro${n}`, PASSPHRASE),
    socialWorker: await api.tokenFor(`rr.sw${n}`, PASSPHRASE),
    self: await api.tokenFor(`rr.yp${n}`, PASSPHRASE),
  };
}

type World = Awaited<ReturnType<typeof world>>;

async function complete(w: World, reason: string | null = null) {
  return (await api.graphql(COMPLETE, { token: w.iro, variables: { i: { reviewId: w.review.id, reason, submissionKey: randomUUID() } } })).body;
}

const conduct = (w: World, participation: string | null) =>
  api.graphql(CONDUCT, {
    token: w.iro,
    variables: { i: { reviewId: w.review.id, chairedBy: "CO_CHAIRED", chairingDeclined: false, metIroAloneFirst: true, meetings: "ONE_MEETING", participation } },
  });

describe("the participation code", () => {
  // Born on 2 April 2022: 4 on 2 April 2026.
  const BORN = "2022-04-02";

  it("is PN0 for a child the day before their 4th birthday, set when left out, and refuses PN1 to PN7", async () => {
    const w = await world({ dateOfBirth: BORN, heldAt: atLondonTime("2026-04-01", "16:00") });
    const refused = await conduct(w, "PN1");
    expect(codeOf(refused.body)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(refused.body)).toEqual([expect.objectContaining({ field: "participation", code: "CONFLICTING" })]);
    const set = await conduct(w, null);
    expect(set.body.data?.recordReviewConduct).toEqual({ chairedBy: "CO_CHAIRED", chairingDeclined: false, participation: "PN0" });
  });

  it("is never PN0 on the 4th birthday itself: a code from PN1 to PN7 must be given", async () => {
    const w = await world({ dateOfBirth: BORN, heldAt: atLondonTime("2026-04-02", "16:00") });
    expect(fieldsOf((await conduct(w, "PN0")).body)).toEqual([expect.objectContaining({ field: "participation", code: "CONFLICTING" })]);
    expect(fieldsOf((await conduct(w, null)).body)).toEqual([expect.objectContaining({ field: "participation", code: "REQUIRED" })]);
    expect((await conduct(w, "PN1")).body.data?.recordReviewConduct).toMatchObject({ participation: "PN1" });
  });

  it("can be recorded only for a review that was held, and the chair declined only when the IRO chaired", async () => {
    const w = await world();
    const planned = await database.make.review({ youngPersonId: w.youngPerson.id, scheduledFor: new Date(Date.now() + 86_400_000) });
    const notHeld = await api.graphql(CONDUCT, {
      token: w.iro,
      variables: { i: { reviewId: planned.id, chairedBy: "IRO", chairingDeclined: true, metIroAloneFirst: false, meetings: "SERIES", participation: "PN4" } },
    });
    expect(fieldsOf(notHeld.body)).toEqual([expect.objectContaining({ field: "reviewId", code: "NOT_HELD" })]);
    const declined = await api.graphql(CONDUCT, {
      token: w.iro,
      variables: { i: { reviewId: w.review.id, chairedBy: "YOUNG_PERSON", chairingDeclined: true, metIroAloneFirst: false, meetings: "SERIES", participation: "PN1" } },
    });
    expect(fieldsOf(declined.body)).toEqual([expect.objectContaining({ field: "chairingDeclined", code: "CONFLICTING" })]);
  });
});

describe("the record and its versions", () => {
  it("is a draft the young person and their social worker never see, until it is completed", async () => {
    const w = await world();
    await api.graphql(SAVE_DRAFT, { token: w.iro, variables: { i: { reviewId: w.review.id, talkedAbout: "Dear Ola, we talked about school." } } });
    for (const token of [w.self, w.socialWorker]) {
      const { body } = await api.graphql(RECORD, { token, variables: { id: w.review.id } });
      expect(body.data?.heldReview).toEqual({ record: { draft: null, latest: null, versions: [], firstOpenedAt: null } });
      expect((await api.graphql(LIST, { token, variables: { id: w.youngPerson.id } })).body.data?.reviewRecords).toEqual({ items: [] });
    }
    expect((await complete(w)).data?.completeReviewRecord).toEqual({ number: 1, reason: null, talkedAbout: "Dear Ola, we talked about school." });
    for (const token of [w.self, w.socialWorker]) {
      const { body } = await api.graphql(RECORD, { token, variables: { id: w.review.id } });
      expect(body.data?.heldReview).toMatchObject({ record: { draft: null, latest: { number: 1, talkedAbout: "Dear Ola, we talked about school." } } });
      expect((await api.graphql(LIST, { token, variables: { id: w.youngPerson.id } })).body.data?.reviewRecords).toEqual({ items: [{ id: w.review.id }] });
    }
  });

  it("is corrected only with a reason, as a new version, leaving the one before as it was", async () => {
    const w = await world();
    await api.graphql(SAVE_DRAFT, { token: w.iro, variables: { i: { reviewId: w.review.id, talkedAbout: "Your school is Oak Park." } } });
    await complete(w);
    expect(fieldsOf(await complete(w, "No change"))).toEqual([expect.objectContaining({ field: "reviewId", code: "UNCHANGED" })]);
    await api.graphql(SAVE_DRAFT, { token: w.iro, variables: { i: { reviewId: w.review.id, talkedAbout: "Your school is Elm Park." } } });
    expect(fieldsOf(await complete(w))).toEqual([expect.objectContaining({ field: "reason", code: "REQUIRED" })]);
    expect((await complete(w, "The school's name was wrong.")).data?.completeReviewRecord).toMatchObject({ number: 2, reason: "The school's name was wrong." });
    const { body } = await api.graphql(RECORD, { token: w.self, variables: { id: w.review.id } });
    expect(body.data?.heldReview).toMatchObject({ record: { latest: { number: 2, talkedAbout: "Your school is Elm Park.", reason: "The school's name was wrong." }, versions: [{ number: 2 }, { number: 1 }] } });
  });

  it("stores one version for a submission key sent twice", async () => {
    const w = await world();
    await api.graphql(SAVE_DRAFT, { token: w.iro, variables: { i: { reviewId: w.review.id, goingWell: "Football." } } });
    const variables = { i: { reviewId: w.review.id, submissionKey: randomUUID() } };
    const [one, two] = await Promise.all([api.graphql(COMPLETE, { token: w.iro, variables }), api.graphql(COMPLETE, { token: w.iro, variables })]);
    expect([one.body.data?.completeReviewRecord, two.body.data?.completeReviewRecord]).toEqual([expect.objectContaining({ number: 1 }), expect.objectContaining({ number: 1 })]);
    expect((await database.db.query("SELECT count(*)::int AS n FROM review_record_version WHERE review_id = $1", [w.review.id]))[0].n).toBe(1);
  });

  it("keeps every version as shared: the API's database role can neither change nor delete one", async () => {
    await expect(database.apiDb.query("UPDATE review_record_version SET talked_about = 'rewritten'")).rejects.toThrow(/permission denied/);
    await expect(database.apiDb.query("DELETE FROM review_record_version")).rejects.toThrow(/permission denied/);
  });

  it("tells the IRO when the young person first opened it, and only the young person's opening counts", async () => {
    const w = await world();
    expect((await api.graphql(OPENED, { token: w.self, variables: { id: w.review.id } })).body.data?.markReviewRecordOpened).toBeNull();
    await api.graphql(SAVE_DRAFT, { token: w.iro, variables: { i: { reviewId: w.review.id, talkedAbout: "Dear Ola" } } });
    await complete(w);
    expect(codeOf((await api.graphql(OPENED, { token: w.iro, variables: { id: w.review.id } })).body)).toBe("NOT_FOUND");
    const first = (await api.graphql(OPENED, { token: w.self, variables: { id: w.review.id } })).body.data?.markReviewRecordOpened;
    const again = (await api.graphql(OPENED, { token: w.self, variables: { id: w.review.id } })).body.data?.markReviewRecordOpened;
    expect(typeof first).toBe("string");
    expect(again).toBe(first);
    expect((await api.graphql(RECORD, { token: w.iro, variables: { id: w.review.id } })).body.data?.heldReview).toMatchObject({ record: { firstOpenedAt: first } });
  });
});

describe("who reads a record", () => {
  it("refuses another young person, a social worker not linked and a manager of another authority as if it did not exist; a manager in the authority reads it", async () => {
    const w = await world();
    const other = await world();
    await database.make.completedRecord(w.review, { completedByAccountId: w.iroAccount.id });
    const elsewhere = await database.make.localAuthority();
    await database.make.staffWithAccount(Role.IRO_MANAGER, { username: `rr.faraway${serial}`, passphrase: PASSPHRASE, localAuthorityId: elsewhere.id });
    await database.make.staffWithAccount(Role.IRO_MANAGER, { username: `rr.manager${serial}`, passphrase: PASSPHRASE });
    for (const token of [other.self, other.socialWorker, other.iro, await api.tokenFor(`rr.faraway${serial}`, PASSPHRASE)]) {
      expect(codeOf((await api.graphql(RECORD, { token, variables: { id: w.review.id } })).body)).toBe("NOT_FOUND");
      expect(codeOf((await api.graphql(LIST, { token, variables: { id: w.youngPerson.id } })).body)).toBe("NOT_FOUND");
    }
    const manager = await api.tokenFor(`rr.manager${serial}`, PASSPHRASE);
    expect((await api.graphql(LIST, { token: manager, variables: { id: w.youngPerson.id } })).body.data?.reviewRecords).toEqual({ items: [{ id: w.review.id }] });
  });
});

describe("recommendations", () => {
  it("name someone in the network or a role, and reach the young person only once issued, which stamps the day once", async () => {
    const w = await world();
    const add = (i: Record<string, unknown>) => api.graphql(ADD, { token: w.iro, variables: { i: { reviewId: w.review.id, dueOn: "2099-01-31", ...i } } });
    expect((await add({ action: "Find a football club", responsiblePersonId: w.carer.id })).body.data?.addRecommendation).toMatchObject({ number: 1, responsible: "Helen Morris" });
    expect((await add({ action: "Visit the new school", responsibleRole: "The social worker" })).body.data?.addRecommendation).toMatchObject({ number: 2, responsible: "The social worker" });
    const stranger = await database.make.person();
    expect(fieldsOf((await add({ action: "Anything", responsiblePersonId: stranger.id })).body)).toEqual([expect.objectContaining({ field: "responsiblePersonId", code: "NOT_ON_THE_LIST" })]);
    expect(fieldsOf((await add({ action: "Anything" })).body)).toEqual([expect.objectContaining({ field: "responsiblePersonId", code: "REQUIRED" })]);

    expect((await api.graphql(RECOMMENDATIONS, { token: w.self, variables: { id: w.review.id } })).body.data?.heldReview).toEqual({ recommendations: [], recommendationsIssuedAt: null });
    const issued = (await api.graphql(ISSUE, { token: w.iro, variables: { id: w.review.id } })).body.data?.issueRecommendations;
    expect((await api.graphql(ISSUE, { token: w.iro, variables: { id: w.review.id } })).body.data?.issueRecommendations).toBe(issued);
    expect((await api.graphql(RECOMMENDATIONS, { token: w.self, variables: { id: w.review.id } })).body.data?.heldReview).toEqual({
      recommendations: [
        { action: "Find a football club", responsible: "Helen Morris", status: null },
        { action: "Visit the new school", responsible: "The social worker", status: null },
      ],
      recommendationsIssuedAt: issued,
    });
  });
});

describe("the IRO's caseload after a review", () => {
  it("shows the work owed and a question until it is answered; the young person sees the answer", async () => {
    // Held 40 days ago: both deadlines have passed, whatever bank holidays fell since.
    const w = await world({ heldAt: new Date(Date.now() - 40 * 86_400_000) });
    expect((await api.graphql(WORK, { token: w.iro, variables: { id: w.youngPerson.id } })).body.data?.youngPerson).toEqual({
      recordWork: { openQuestions: 0, questionReviewId: null, recommendations: { timeliness: "OVERDUE" }, record: { timeliness: "OVERDUE", doneOnTime: null } },
    });
    await api.graphql(SAVE_DRAFT, { token: w.iro, variables: { i: { reviewId: w.review.id, talkedAbout: "Dear Ola" } } });
    await complete(w);
    const asked = await api.graphql(ASK, { token: w.self, variables: { i: { reviewId: w.review.id, kind: "QUESTION", message: "What is a PEP?", submissionKey: randomUUID() } } });
    const questionId = (asked.body.data?.askAboutReviewRecord as { id: string }).id;
    expect((await api.graphql(WORK, { token: w.iro, variables: { id: w.youngPerson.id } })).body.data?.youngPerson).toMatchObject({
      recordWork: { openQuestions: 1, questionReviewId: w.review.id, record: { timeliness: null, doneOnTime: false } },
    });
    const other = await world();
    expect(codeOf((await api.graphql(ANSWER, { token: other.iro, variables: { i: { questionId, answer: "No" } } })).body)).toBe("NOT_FOUND");
    await api.graphql(ANSWER, { token: w.iro, variables: { i: { questionId, answer: "Your personal education plan." } } });
    expect((await api.graphql(WORK, { token: w.iro, variables: { id: w.youngPerson.id } })).body.data?.youngPerson).toMatchObject({ recordWork: { openQuestions: 0 } });
    const seen = await api.graphql(`query ($id: ID!) { heldReview(reviewId: $id) { recordQuestions { message answer } } }`, { token: w.self, variables: { id: w.review.id } });
    expect(seen.body.data?.heldReview).toEqual({ recordQuestions: [{ message: "What is a PEP?", answer: "Your personal education plan." }] });
  });
});

describe("the pre-review pack", () => {
  it("gives the last review's recommendations with their status, and the participation codes of earlier reviews", async () => {
    const w = await world();
    await conduct(w, "PN2");
    await database.make.recommendation(w.review, { action: "Join the choir", status: "IN_PROGRESS" as never, issuedByAccountId: w.iroAccount.id });
    const next = await database.make.review({ youngPersonId: w.youngPerson.id, scheduledFor: new Date(Date.now() + 14 * 86_400_000) });
    const { body } = await api.graphql(
      `query ($id: ID!) { preReviewPack(reviewId: $id) { review { recommendationsFromLastReview { action status } } youngPerson { participationHistory { reviewId code } } } }`,
      { token: w.iro, variables: { id: next.id } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.preReviewPack).toEqual({
      review: { recommendationsFromLastReview: [{ action: "Join the choir", status: "IN_PROGRESS" }] },
      youngPerson: { participationHistory: [{ reviewId: w.review.id, code: "PN2" }] },
    });
  });
});

describe("the young person's list of records", () => {
  it("sends as many statements for one record as for five, each with its recommendations", async () => {
    const LIST_READ = `query ($id: ID!) { reviewRecords(youngPersonId: $id) { items { scheduledFor record { latest { number } } recommendations { action } } } }`;
    const withRecords = async (count: number) => {
      const w = await world();
      for (let n = 0; n < count; n++) {
        const review = n === 0 ? w.review : await database.make.review({ youngPersonId: w.youngPerson.id, scheduledFor: new Date(Date.now() - (n + 2) * 86_400_000), status: ReviewStatus.HELD });
        await database.make.completedRecord(review, { completedByAccountId: w.iroAccount.id });
        await database.make.recommendation(review, { issuedByAccountId: w.iroAccount.id });
      }
      return counted.statementsFor(() => api.graphql(LIST_READ, { token: w.self, variables: { id: w.youngPerson.id } }));
    };
    const one = await withRecords(1);
    const five = await withRecords(5);
    expect((five.result.body.data?.reviewRecords as { items: unknown[] }).items).toHaveLength(5);
    expect(five.statements).toBe(one.statements);
  });
});
