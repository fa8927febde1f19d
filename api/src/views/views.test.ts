import { randomUUID } from "node:crypto";
import { Role } from "../kernel/access/role";
import { AuditEvent } from "../audit/audit-event.entity";
import { claimsOf, RequestTransaction, type Claims } from "../kernel/request-transaction";
import { Relationship } from "../people/relationship";
import { ReviewStatus } from "../reviews/review-status";
import { Review } from "../reviews/review.entity";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { ViewsVersion } from "./views-version.entity";

const database = useTestDatabase();
const api = useTestApi(database);
const PASSPHRASE = "seven quiet foxes";

const SAVE = `mutation ($i: SaveViewsDraftInput!) { saveViewsDraft(input: $i) { savedAt } }`;
const SUBMIT = `mutation ($i: SubmitViewsInput!) { submitViews(input: $i) { number audience submittedAt goingWell } }`;
const ANSWERS = `goingWell worryingMe wouldLikeToChange talkAboutAtReview anythingElse usedShorterVersion
  feelingAboutHome feelingAboutSchool feelingAboutHealth feelingAboutFamilyTime feelingAboutFriendsAndActivities`;
const VIEWS = `query ($id: ID!) { youngPerson(id: $id) { nextReview { views {
  draft { ${ANSWERS} audience }
  hasUnsubmittedChanges
  latest { number audience ${ANSWERS} }
  versions { number audience submittedAt goingWell }
} } } }`;

type Body = { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] };
type ViewsSeen = {
  draft: Record<string, unknown> | null;
  hasUnsubmittedChanges: boolean;
  latest: Record<string, unknown> | null;
  versions: { number: number; audience: string; submittedAt: string; goingWell: string | null }[];
};

let serial = 0;

/** A young person with a review in two weeks, their IRO, their social worker, and another IRO and young person. */
async function world() {
  const { make } = database;
  const n = ++serial;
  const { youngPerson, account } = await make.youngPersonWithAccount({ firstName: "Sam", username: `sam${n}`, passphrase: PASSPHRASE });
  const { person: iro, account: iroAccount } = await make.iroWithAccount({ username: `iro${n}`, passphrase: PASSPHRASE });
  await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
  const { person: socialWorker, account: socialWorkerAccount } = await make.staffWithAccount(Role.SOCIAL_WORKER, { username: `sw${n}`, passphrase: PASSPHRASE });
  await make.link({ youngPersonId: youngPerson.id, personId: socialWorker.id, relationship: Relationship.SOCIAL_WORKER });
  await make.iroWithAccount({ username: `other.iro${n}`, passphrase: PASSPHRASE });
  await make.youngPersonWithAccount({ username: `other.yp${n}`, passphrase: PASSPHRASE });
  const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() + 14 * 86_400_000) });
  const tokens = {
    youngPerson: await api.tokenFor(`sam${n}`, PASSPHRASE),
    iro: await api.tokenFor(`iro${n}`, PASSPHRASE),
    socialWorker: await api.tokenFor(`sw${n}`, PASSPHRASE),
    otherIro: await api.tokenFor(`other.iro${n}`, PASSPHRASE),
    otherYoungPerson: await api.tokenFor(`other.yp${n}`, PASSPHRASE),
  };
  return { n, youngPerson, account, iroAccount, socialWorkerAccount, review, tokens };
}

type World = Awaited<ReturnType<typeof world>>;

async function save(w: World, answers: Record<string, unknown>, token = w.tokens.youngPerson): Promise<Body> {
  return (await api.graphql(SAVE, { token, variables: { i: { reviewId: w.review.id, ...answers } } })).body;
}

async function submit(w: World, submissionKey: string = randomUUID(), token = w.tokens.youngPerson): Promise<Body> {
  return (await api.graphql(SUBMIT, { token, variables: { i: { reviewId: w.review.id, submissionKey } } })).body;
}

async function viewsAs(w: World, token: string): Promise<{ body: Body; views?: ViewsSeen }> {
  const { body } = await api.graphql(VIEWS, { token, variables: { id: w.youngPerson.id } });
  return { body, views: (body.data?.youngPerson as { nextReview: { views: ViewsSeen } } | undefined)?.nextReview.views };
}

const versionRows = (w: World) => database.db.getRepository(ViewsVersion).findBy({ reviewId: w.review.id });
const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;
const fieldsOf = (body: Body) => body.errors?.[0]?.extensions?.fields;

/** Runs SQL as the API's database role with these claims, as a request would, and rolls it back. */
async function asCaller<T>(claims: Claims, sql: string, parameters: unknown[]): Promise<T> {
  const transaction = await RequestTransaction.open(database.apiDb, claims);
  try {
    return await transaction.manager.query(sql, parameters);
  } finally {
    await transaction.finish("rollback");
  }
}

describe("a young person's views", () => {
  it("are saved page by page into a draft, kept when the young person signs in again later", async () => {
    const w = await world();
    expect(await save(w, { audience: "IRO_ONLY", usedShorterVersion: true })).not.toHaveProperty("errors");
    expect(await save(w, { goingWell: "Football", worryingMe: "Exams" })).not.toHaveProperty("errors");
    expect(await save(w, { feelingAboutHome: "HAPPY", feelingAboutSchool: "UNHAPPY" })).not.toHaveProperty("errors");
    // Left out keeps; null clears; nothing but spaces is no answer.
    expect(await save(w, { worryingMe: null, feelingAboutSchool: null, anythingElse: "   \n " })).not.toHaveProperty("errors");

    const again = await api.tokenFor(`sam${w.n}`, PASSPHRASE);
    const { views } = await viewsAs(w, again);
    expect(views).toMatchObject({
      draft: {
        audience: "IRO_ONLY",
        usedShorterVersion: true,
        goingWell: "Football",
        worryingMe: null,
        feelingAboutHome: "HAPPY",
        feelingAboutSchool: null,
        anythingElse: null,
      },
      hasUnsubmittedChanges: true,
      latest: null,
      versions: [],
    });
  });

  it("come back exactly as typed, spaces, line breaks and emoji included, to the young person and their IRO", async () => {
    const w = await world();
    const typed = "  I like my new school 😊\n\nbut the bus takes ages…  \r\n 🚌🚌 ";
    await save(w, { audience: "IRO_ONLY", talkAboutAtReview: typed });
    expect(await submit(w)).not.toHaveProperty("errors");
    expect((await viewsAs(w, w.tokens.youngPerson)).views?.draft?.talkAboutAtReview).toBe(typed);
    expect((await viewsAs(w, w.tokens.iro)).views?.latest?.talkAboutAtReview).toBe(typed);
  });

  it("become version 1 when submitted, and version 2 when changed and submitted again, with version 1 kept as written", async () => {
    const w = await world();
    await save(w, { audience: "IRO_AND_SOCIAL_WORKER", goingWell: "Living with Jo", feelingAboutHealth: "OK" });
    const first = await submit(w);
    expect(first.data?.submitViews).toMatchObject({ number: 1, audience: "IRO_AND_SOCIAL_WORKER", goingWell: "Living with Jo" });
    expect((await viewsAs(w, w.tokens.youngPerson)).views?.hasUnsubmittedChanges).toBe(false);

    await save(w, { goingWell: "Living with Jo, and the dog", wouldLikeToChange: "More time with my brother" });
    expect((await viewsAs(w, w.tokens.youngPerson)).views?.hasUnsubmittedChanges).toBe(true);
    expect((await submit(w)).data?.submitViews).toMatchObject({ number: 2 });

    const { views } = await viewsAs(w, w.tokens.iro);
    expect(views?.latest).toMatchObject({ number: 2, goingWell: "Living with Jo, and the dog", wouldLikeToChange: "More time with my brother", feelingAboutHealth: "OK" });
    expect(views?.versions.map(({ number, goingWell }) => [number, goingWell])).toEqual([
      [2, "Living with Jo, and the dog"],
      [1, "Living with Jo"],
    ]);
    const [version1] = await database.db.getRepository(ViewsVersion).findBy({ reviewId: w.review.id, number: 1 });
    expect(version1).toMatchObject({ goingWell: "Living with Jo", wouldLikeToChange: null });
  });

  it("are stored once for 20 identical submissions sent at the same moment, each answered with the same version", async () => {
    const w = await world();
    await save(w, { audience: "IRO_ONLY", anythingElse: "Can we meet after school?" });
    const key = randomUUID();
    // Every connection in the API's pool opened first, so that the submissions overlap from the start instead of the
    // first one finishing while the pool opens connections for the rest.
    await Promise.all(Array.from({ length: 4 }, () => viewsAs(w, w.tokens.youngPerson)));
    const answers = await Promise.all(Array.from({ length: 20 }, () => submit(w, key)));
    expect(answers.filter((body) => body.errors)).toEqual([]);
    expect(new Set(answers.map((body) => (body.data?.submitViews as { number: number }).number))).toEqual(new Set([1]));
    expect(await versionRows(w)).toHaveLength(1);
  });

  it("answer a repeated key with its own version, even after the draft changed, and a new key with nothing changed with the last version", async () => {
    const w = await world();
    await save(w, { audience: "IRO_ONLY", goingWell: "Swimming" });
    const key = randomUUID();
    await submit(w, key);
    expect((await submit(w)).data?.submitViews).toMatchObject({ number: 1 });
    await save(w, { goingWell: "Swimming and drama" });
    expect((await submit(w, key)).data?.submitViews).toMatchObject({ number: 1, goingWell: "Swimming" });
    expect(await versionRows(w)).toHaveLength(1);
  });

  it("cannot be submitted with nothing answered, without choosing who can read them, or without a submission key", async () => {
    const w = await world();
    const nothing = await submit(w);
    expect(codeOf(nothing)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(nothing)).toEqual([
      { field: "reviewId", code: "NOTHING_ANSWERED", message: "Answer at least one question before you send your views." },
      { field: "audience", code: "REQUIRED", message: "Choose who can read your views." },
    ]);
    await save(w, { feelingAboutFriendsAndActivities: "VERY_HAPPY" });
    expect(fieldsOf(await submit(w))).toEqual([{ field: "audience", code: "REQUIRED", message: "Choose who can read your views." }]);
    expect(fieldsOf(await submit(w, "not-a-key"))).toEqual([{ field: "submissionKey", code: "INVALID_FORMAT", message: "Send the submission key the page was given." }]);
    expect(await versionRows(w)).toHaveLength(0);
  });

  it("refuse an answer longer than 4000 characters, saying which, and keep what was saved", async () => {
    const w = await world();
    await save(w, { goingWell: "Drawing" });
    const tooLong = await save(w, { goingWell: "a".repeat(4001) });
    expect(codeOf(tooLong)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(tooLong)).toEqual([{ field: "goingWell", code: "TOO_LONG", message: "Keep what is going well to 4000 characters." }]);
    expect(await save(w, { goingWell: "😊".repeat(4000) })).not.toHaveProperty("errors");
  });

  it("cannot change once the review has started, though a repeated submission is still answered", async () => {
    const w = await world();
    await save(w, { audience: "IRO_ONLY", goingWell: "Cooking" });
    const key = randomUUID();
    await submit(w, key);
    await database.db.getRepository(Review).update({ id: w.review.id }, { scheduledFor: new Date(Date.now() - 60_000) });

    const saved = await save(w, { goingWell: "Cooking and baking" });
    expect(codeOf(saved)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(saved)).toEqual([{ field: "reviewId", code: "NOT_COMING_UP", message: expect.stringContaining("Your review has started") }]);
    expect(codeOf(await submit(w))).toBe("BAD_USER_INPUT");
    expect((await submit(w, key)).data?.submitViews).toMatchObject({ number: 1 });

    const held = await database.make.review({ youngPersonId: w.youngPerson.id, scheduledFor: new Date(Date.now() + 86_400_000), status: ReviewStatus.HELD });
    const { body } = await api.graphql(SAVE, { token: w.tokens.youngPerson, variables: { i: { reviewId: held.id, goingWell: "Late" } } });
    expect(codeOf(body)).toBe("BAD_USER_INPUT");
  });

  it("suggest the shorter questions to children under 11", async () => {
    const { youngPerson } = await database.make.youngPersonWithAccount({ username: "young.one", passphrase: PASSPHRASE, dateOfBirth: "2019-03-01" });
    const older = await database.make.youngPersonWithAccount({ username: "older.one", passphrase: PASSPHRASE, dateOfBirth: "2010-03-01" });
    const ask = async (username: string, id: string) =>
      (await api.graphql("query ($id: ID!) { youngPerson(id: $id) { suggestsShorterViews } }", { token: await api.tokenFor(username, PASSPHRASE), variables: { id } })).body
        .data?.youngPerson;
    expect(await ask("young.one", youngPerson.id)).toEqual({ suggestsShorterViews: true });
    expect(await ask("older.one", older.youngPerson.id)).toEqual({ suggestsShorterViews: false });
  });
});

describe("who reads a young person's views", () => {
  it("is their IRO for every version, and their social worker only for versions the young person let them read, while the newest still lets them", async () => {
    const w = await world();
    await save(w, { audience: "IRO_ONLY", worryingMe: "Something only my IRO should know" });
    await submit(w);
    const swBefore = await viewsAs(w, w.tokens.socialWorker);
    expect(swBefore.body).not.toHaveProperty("errors");
    expect(swBefore.views).toEqual({ draft: null, hasUnsubmittedChanges: false, latest: null, versions: [] });

    await save(w, { audience: "IRO_AND_SOCIAL_WORKER", worryingMe: null, goingWell: "Everyone can know this" });
    await submit(w);
    await save(w, { audience: "IRO_ONLY", goingWell: "Back to just my IRO" });
    await submit(w);

    // Narrowing who may read takes back what was shared before, too.
    const narrowed = (await viewsAs(w, w.tokens.socialWorker)).views;
    expect(narrowed).toMatchObject({ latest: null, versions: [] });

    const iro = (await viewsAs(w, w.tokens.iro)).views;
    expect(iro?.draft).toBeNull();
    expect(iro?.latest).toMatchObject({ number: 3, audience: "IRO_ONLY" });
    expect(iro?.versions.map((version) => version.number)).toEqual([3, 2, 1]);

    // Widening again opens what was sent widely, never what was sent for the IRO alone.
    await save(w, { audience: "IRO_AND_SOCIAL_WORKER", goingWell: "Shared again" });
    await submit(w);
    const widened = (await viewsAs(w, w.tokens.socialWorker)).views;
    expect(widened?.latest).toMatchObject({ number: 4, goingWell: "Shared again" });
    expect(widened?.versions.map((version) => version.number)).toEqual([4, 2]);
    expect(JSON.stringify(widened)).not.toMatch(/only my IRO|Back to just my IRO/);
  });

  it("is nobody else: another IRO and another young person are told the review does not exist", async () => {
    const w = await world();
    await save(w, { audience: "EVERYONE_AT_REVIEW", goingWell: "Music" });
    await submit(w);
    expect(codeOf((await viewsAs(w, w.tokens.otherIro)).body)).toBe("NOT_FOUND");
    expect(codeOf((await viewsAs(w, w.tokens.otherYoungPerson)).body)).toBe("NOT_FOUND");
    expect(codeOf(await save(w, { goingWell: "Not mine" }, w.tokens.otherYoungPerson))).toBe("NOT_FOUND");
    expect(codeOf(await submit(w, randomUUID(), w.tokens.otherYoungPerson))).toBe("NOT_FOUND");
    expect(codeOf(await save(w, { goingWell: "Written by staff" }, w.tokens.iro))).toBe("NOT_FOUND");
    expect((await viewsAs(w, w.tokens.youngPerson)).views?.draft).toMatchObject({ goingWell: "Music" });
  });

  it("is walled by the database too: a query without the API's filter shows a social worker no IRO-only version and nobody else the draft", async () => {
    const w = await world();
    await save(w, { audience: "IRO_ONLY", goingWell: "Private" });
    await submit(w);
    await save(w, { audience: "IRO_AND_SOCIAL_WORKER", goingWell: "Shared" });
    await submit(w);
    const everything = "SELECT number, audience::text FROM views_version WHERE review_id = $1 ORDER BY number";

    expect(await asCaller(claimsOf(w.socialWorkerAccount), everything, [w.review.id])).toEqual([{ number: 2, audience: "IRO_AND_SOCIAL_WORKER" }]);
    expect(await asCaller<unknown[]>(claimsOf(w.iroAccount), everything, [w.review.id])).toHaveLength(2);
    for (const staff of [w.iroAccount, w.socialWorkerAccount]) {
      expect(await asCaller(claimsOf(staff), "SELECT id FROM views_draft WHERE review_id = $1", [w.review.id])).toEqual([]);
    }
  });

  it("can never change a submitted version, not even the young person's own", async () => {
    const w = await world();
    await save(w, { audience: "IRO_ONLY", goingWell: "As I wrote it" });
    await submit(w);
    await expect(asCaller(claimsOf(w.account), "UPDATE views_version SET going_well = 'edited'", [])).rejects.toThrow(/permission denied/);
    await expect(asCaller(claimsOf(w.account), "DELETE FROM views_version", [])).rejects.toThrow(/permission denied/);
    expect((await viewsAs(w, w.tokens.iro)).views?.latest).toMatchObject({ goingWell: "As I wrote it" });
  });

  it("is recorded in the audit, each read and change", async () => {
    const w = await world();
    await save(w, { audience: "IRO_ONLY", goingWell: "Art" });
    await submit(w);
    await viewsAs(w, w.tokens.iro);
    const events = await database.db.getRepository(AuditEvent).findBy({ youngPersonId: w.youngPerson.id, entity: "views" });
    expect(events.map((event) => [event.action, event.actorAccountId]).sort()).toEqual(
      [
        ["update", w.account.id],
        ["create", w.account.id],
        ["read", w.iroAccount.id],
      ].sort(),
    );
  });
});
