import { Role } from "../kernel/access/role";
import { claimsOf, RequestTransaction } from "../kernel/request-transaction";
import { Relationship } from "../people/relationship";
import { ReviewStatus } from "../reviews/review-status";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { ChoicesVersion } from "./choice-options";

const database = useTestDatabase();
const api = useTestApi(database);
const PASSPHRASE = "three brave otters";

const SAVE = `mutation ($i: SaveReviewChoicesInput!) { saveReviewChoices(input: $i) { id } }`;
const SEND = `mutation ($id: ID!) { sendReviewChoices(reviewId: $id) { id } }`;
const ANSWER = `mutation ($i: AnswerChoiceInput!) { answerChoice(input: $i) { id } }`;
const LOCK = `mutation ($i: LockReviewChoicesInput!) { lockReviewChoices(input: $i) { id } }`;
const SET = `place placeDetails meetingShape attendance preferredTimes timesThatDoNotWork othersInvited meetIroFirst chairing invitedPeople { firstName }`;
const CHOICES = `query ($id: ID!) { youngPerson(id: $id) { nextReview { choices {
  hasUnsentChanges lockedAt
  draft { ${SET} notWantedPeople { firstName } notWantedOthers }
  sent { place chairing meetIroFirst invitedPeople { firstName } notWantedPeople { firstName } notWantedOthers }
  answers { topic accepted reason }
} } } }`;
const PUBLIC_CHOICES = `query ($id: ID!) { youngPerson(id: $id) { nextReview { choices { draft { place } sent { ${SET} } } } } }`;

let serial = 0;

/** A young person with a review in three weeks, their IRO, their social worker and mum and gran in their network. */
async function world() {
  const { make } = database;
  const n = ++serial;
  const { youngPerson, account } = await make.youngPersonWithAccount({ firstName: "Tia", username: `tia${n}`, passphrase: PASSPHRASE });
  const { person: iro, account: iroAccount } = await make.iroWithAccount({ username: `iro${n}`, passphrase: PASSPHRASE });
  await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
  const { person: socialWorker, account: socialWorkerAccount } = await make.staffWithAccount(Role.SOCIAL_WORKER, { username: `sw${n}`, passphrase: PASSPHRASE });
  await make.link({ youngPersonId: youngPerson.id, personId: socialWorker.id, relationship: Relationship.SOCIAL_WORKER });
  const mum = await make.person({ firstName: "Mum" });
  await make.link({ youngPersonId: youngPerson.id, personId: mum.id, relationship: Relationship.PARENT });
  const gran = await make.person({ firstName: "Gran" });
  await make.link({ youngPersonId: youngPerson.id, personId: gran.id, relationship: Relationship.OTHER, mayBeInvited: false });
  const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() + 21 * 86_400_000) });
  const tokens = {
    youngPerson: await api.tokenFor(`tia${n}`, PASSPHRASE),
    iro: await api.tokenFor(`iro${n}`, PASSPHRASE),
    socialWorker: await api.tokenFor(`sw${n}`, PASSPHRASE),
  };
  return { n, youngPerson, account, iroAccount, socialWorkerAccount, review, mum, gran, tokens };
}

type World = Awaited<ReturnType<typeof world>>;

async function save(w: World, answers: Record<string, unknown>, token = w.tokens.youngPerson) {
  return (await api.graphql(SAVE, { token, variables: { i: { reviewId: w.review.id, ...answers } } })).body;
}

async function choicesAs(w: World, token: string, query = CHOICES) {
  const { body } = await api.graphql(query, { token, variables: { id: w.youngPerson.id } });
  return { body, choices: (body.data?.youngPerson as { nextReview: { choices: Record<string, unknown> } } | undefined)?.nextReview.choices };
}

const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;
const fieldsOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.fields;

describe("a young person's choices about their review", () => {
  it("keep each page's answers in a draft only the young person sees, until they send them to their IRO", async () => {
    const w = await world();
    expect(await save(w, { place: "COMMUNITY_PLACE", placeDetails: "  The library on King Street " })).not.toHaveProperty("errors");
    expect(await save(w, { meetingShape: "SHORT_MEETINGS", attendance: "MIXED" })).not.toHaveProperty("errors");
    expect(await save(w, { invitedPersonIds: [w.mum.id], othersInvited: "My football coach", notWantedPersonIds: [w.gran.id] })).not.toHaveProperty("errors");

    const mine = await choicesAs(w, w.tokens.youngPerson);
    expect(mine.choices).toMatchObject({
      hasUnsentChanges: true,
      sent: null,
      draft: {
        place: "COMMUNITY_PLACE",
        placeDetails: "The library on King Street",
        meetingShape: "SHORT_MEETINGS",
        attendance: "MIXED",
        invitedPeople: [{ firstName: "Mum" }],
        othersInvited: "My football coach",
        notWantedPeople: [{ firstName: "Gran" }],
        chairing: null,
      },
    });
    expect((await choicesAs(w, w.tokens.iro)).choices).toMatchObject({ draft: null, sent: null });

    expect((await api.graphql(SEND, { token: w.tokens.youngPerson, variables: { id: w.review.id } })).body).not.toHaveProperty("errors");
    const seenByIro = await choicesAs(w, w.tokens.iro);
    expect(seenByIro.choices).toMatchObject({
      draft: null,
      hasUnsentChanges: false,
      sent: { place: "COMMUNITY_PLACE", invitedPeople: [{ firstName: "Mum" }], notWantedPeople: [{ firstName: "Gran" }] },
    });
    expect((await choicesAs(w, w.tokens.youngPerson)).choices).toMatchObject({ hasUnsentChanges: false });
  });

  it("keep the draft when the young person signs in again later", async () => {
    const w = await world();
    await save(w, { chairing: "CO_CHAIR" });
    const again = await api.tokenFor(`tia${w.n}`, PASSPHRASE);
    expect((await choicesAs(w, again)).choices).toMatchObject({ draft: { chairing: "CO_CHAIR" } });
  });

  it("keep an answer a page left out, clear one sent as empty, and drop the details of a place no longer chosen", async () => {
    const w = await world();
    await save(w, { place: "SOMEWHERE_ELSE", placeDetails: "Nan's flat", timesThatDoNotWork: "Tuesdays" });
    await save(w, { timesThatDoNotWork: null, preferredTimes: ["WEEKEND", "WEEKEND", "HOLIDAYS"] });
    await save(w, { place: "MY_HOME" });
    expect((await choicesAs(w, w.tokens.youngPerson)).choices).toMatchObject({
      draft: { place: "MY_HOME", placeDetails: null, timesThatDoNotWork: null, preferredTimes: ["WEEKEND", "HOLIDAYS"] },
    });
  });

  it("show a social worker what was sent, but never who the young person does not want there, even when asked for it", async () => {
    const w = await world();
    await save(w, { meetIroFirst: true, notWantedOthers: "My old teacher", notWantedPersonIds: [w.gran.id] });
    await api.graphql(SEND, { token: w.tokens.youngPerson, variables: { id: w.review.id } });
    expect((await choicesAs(w, w.tokens.socialWorker, PUBLIC_CHOICES)).choices).toMatchObject({ draft: null, sent: { meetIroFirst: true } });
    const { body, choices } = await choicesAs(w, w.tokens.socialWorker);
    expect(body.errors).toBeUndefined();
    expect(choices).toMatchObject({ draft: null, sent: { meetIroFirst: true, notWantedPeople: null, notWantedOthers: null } });
    expect(JSON.stringify(body)).not.toContain("My old teacher");
    expect(JSON.stringify(body)).not.toContain("Gran");
  });

  it("refuse answers that do not fit, saying which and why, and save none of them", async () => {
    const w = await world();
    const stranger = await database.make.person({ firstName: "Stranger" });
    const somewhere = await save(w, { place: "SOMEWHERE_ELSE", placeDetails: "   " });
    expect(codeOf(somewhere)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(somewhere)).toEqual([{ field: "placeDetails", code: "REQUIRED", message: "Tell us where you would like to meet." }]);
    const notInvitable = await save(w, { invitedPersonIds: [w.gran.id, stranger.id] });
    expect(fieldsOf(notInvitable)).toEqual([{ field: "invitedPersonIds", code: "NOT_ON_THE_LIST", message: "Choose people from the list." }]);
    const both = await save(w, { invitedPersonIds: [w.mum.id], notWantedPersonIds: [w.mum.id] });
    expect(fieldsOf(both)).toEqual([expect.objectContaining({ field: "notWantedPersonIds", code: "CONFLICTING" })]);
    expect((await choicesAs(w, w.tokens.youngPerson)).choices).toMatchObject({ draft: null });
  });

  it("cannot be sent with nothing answered", async () => {
    const w = await world();
    const { body } = await api.graphql(SEND, { token: w.tokens.youngPerson, variables: { id: w.review.id } });
    expect(fieldsOf(body)).toEqual([{ field: "reviewId", code: "NOTHING_ANSWERED", message: "Answer at least one question before you send your choices." }]);
  });

  it("cannot change for a review that has already happened", async () => {
    const w = await world();
    const past = await database.make.review({ youngPersonId: w.youngPerson.id, scheduledFor: new Date(Date.now() - 86_400_000), status: ReviewStatus.HELD });
    const { body } = await api.graphql(SAVE, { token: w.tokens.youngPerson, variables: { i: { reviewId: past.id, chairing: "I_CHAIR" } } });
    expect(codeOf(body)).toBe("BAD_USER_INPUT");
  });

  it("are neither read nor changed by another young person, nor by an IRO with another caseload", async () => {
    const w = await world();
    const other = await world();
    await save(w, { chairing: "I_CHAIR" });
    const otherReview = await choicesAs(w, other.tokens.youngPerson);
    expect(codeOf(otherReview.body)).toBe("NOT_FOUND");
    expect(codeOf(await save(w, { chairing: "NOT_SURE" }, other.tokens.youngPerson))).toBe("NOT_FOUND");
    expect(codeOf((await choicesAs(w, other.tokens.iro)).body)).toBe("NOT_FOUND");
    const answer = await api.graphql(ANSWER, { token: other.tokens.iro, variables: { i: { reviewId: w.review.id, topic: "CHAIRING", accepted: true } } });
    expect(codeOf(answer.body)).toBe("NOT_FOUND");
    expect(codeOf(await save(w, { chairing: "NOT_SURE" }, w.tokens.iro))).toBe("NOT_FOUND");
    expect((await choicesAs(w, w.tokens.youngPerson)).choices).toMatchObject({ draft: { chairing: "I_CHAIR" } });
  });
});

describe("who is not wanted, in the database", () => {
  it("is shown by a query that skips the API's checks to the young person and their IRO only, never to the social worker or a manager", async () => {
    const w = await world();
    await save(w, { notWantedOthers: "Mum's boyfriend", meetIroFirst: true });
    await api.graphql(SEND, { token: w.tokens.youngPerson, variables: { id: w.review.id } });
    const { account: manager } = await database.make.staffWithAccount(Role.IRO_MANAGER);
    const { account: administrator } = await database.make.staffWithAccount(Role.ADMINISTRATOR);

    const seenBy = async (caller: Parameters<typeof claimsOf>[0]) => {
      const transaction = await RequestTransaction.open(database.apiDb, claimsOf(caller));
      try {
        const rows: { version: string }[] = await transaction.manager.query("SELECT version FROM review_choice_private WHERE not_wanted_others IS NOT NULL ORDER BY version");
        return rows.map((row) => row.version);
      } finally {
        await transaction.finish("rollback");
      }
    };
    expect(await seenBy(w.account)).toEqual(["DRAFT", "SENT"]);
    expect(await seenBy(w.iroAccount)).toEqual(["SENT"]);
    for (const caller of [w.socialWorkerAccount, manager, administrator]) expect(await seenBy(caller)).toEqual([]);
  });
});

describe("the IRO's answers and lock", () => {
  async function sentWorld() {
    const w = await world();
    await save(w, { place: "MY_HOME", chairing: "CO_CHAIR" });
    await api.graphql(SEND, { token: w.tokens.youngPerson, variables: { id: w.review.id } });
    return w;
  }
  const answer = (w: World, i: Record<string, unknown>) => api.graphql(ANSWER, { token: w.tokens.iro, variables: { i: { reviewId: w.review.id, ...i } } });

  it("let the IRO accept a choice or answer it with a reason, which the young person reads", async () => {
    const w = await sentWorld();
    await answer(w, { topic: "CHAIRING", accepted: true });
    await answer(w, { topic: "PLACE", accepted: false, reason: "We can't meet at your home because your carers are moving house." });
    expect((await choicesAs(w, w.tokens.youngPerson)).choices).toMatchObject({
      answers: [
        { topic: "PLACE", accepted: false, reason: "We can't meet at your home because your carers are moving house." },
        { topic: "CHAIRING", accepted: true, reason: null },
      ],
    });
    await answer(w, { topic: "PLACE", accepted: true });
    expect((await choicesAs(w, w.tokens.youngPerson)).choices?.answers).toContainEqual({ topic: "PLACE", accepted: true, reason: null });
  });

  it("need a reason to say no, and a choice to answer", async () => {
    const w = await sentWorld();
    expect(fieldsOf((await answer(w, { topic: "PLACE", accepted: false, reason: " " })).body)).toEqual([
      { field: "reason", code: "REQUIRED", message: "Say why, in words the young person will understand." },
    ]);
    expect(fieldsOf((await answer(w, { topic: "TIMES", accepted: true })).body)).toEqual([
      { field: "topic", code: "NOT_SENT_YET", message: "The young person has not sent a choice about this yet." },
    ]);
  });

  it("stop the young person changing their choices while the IRO arranges the review, until unlocked", async () => {
    const w = await sentWorld();
    await api.graphql(LOCK, { token: w.tokens.iro, variables: { i: { reviewId: w.review.id, locked: true } } });
    const refused = await save(w, { chairing: "I_CHAIR" });
    expect(codeOf(refused)).toBe("CHOICES_LOCKED");
    expect((await choicesAs(w, w.tokens.youngPerson)).choices).toMatchObject({ lockedAt: expect.any(String), sent: { chairing: "CO_CHAIR" } });

    await api.graphql(LOCK, { token: w.tokens.iro, variables: { i: { reviewId: w.review.id, locked: false } } });
    expect(await save(w, { chairing: "I_CHAIR" })).not.toHaveProperty("errors");
    expect((await choicesAs(w, w.tokens.youngPerson)).choices).toMatchObject({ lockedAt: null, hasUnsentChanges: true });
  });

  it("are walled by the database too: a locked review's choices cannot be written even by a query that skips the check", async () => {
    const w = await sentWorld();
    await api.graphql(LOCK, { token: w.tokens.iro, variables: { i: { reviewId: w.review.id, locked: true } } });
    const transaction = await RequestTransaction.open(database.apiDb, claimsOf(w.account));
    try {
      const changed = await transaction.manager.query("UPDATE review_choice_set SET chairing = 'I_CHAIR' WHERE review_id = $1 RETURNING id", [w.review.id]);
      expect(changed).toEqual([[], 0]);
    } finally {
      await transaction.finish("rollback");
    }
    const [sent] = await database.db.query("SELECT chairing FROM review_choice_set WHERE review_id = $1 AND version = $2", [w.review.id, ChoicesVersion.SENT]);
    expect(sent.chairing).toBe("CO_CHAIR");
  });

  it("take turns with the young person's changes, so that a change waiting while the IRO locks is refused, not slipped in after", async () => {
    const w = await sentWorld();
    // The IRO's lock, caught half way: the same turn-taking lock held, the review locked, not yet committed.
    const iroRequest = await RequestTransaction.open(database.apiDb, claimsOf(w.iroAccount));
    await iroRequest.manager.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`review-choices:${w.review.id}`]);
    await iroRequest.manager.query("UPDATE review SET choices_locked_at = now() WHERE id = $1", [w.review.id]);

    const change = save(w, { chairing: "I_CHAIR" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await iroRequest.finish("commit");

    expect(codeOf(await change)).toBe("CHOICES_LOCKED");
    expect((await choicesAs(w, w.tokens.youngPerson)).choices).toMatchObject({ sent: { chairing: "CO_CHAIR" }, draft: { chairing: "CO_CHAIR" } });
  });
});
