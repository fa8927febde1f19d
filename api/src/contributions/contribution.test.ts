import { randomUUID } from "node:crypto";
import { hashSecretToken } from "../kernel/access/secret-token";
import { Role } from "../kernel/access/role";
import { AuditEvent } from "../audit/audit-event.entity";
import { Relationship } from "../people/relationship";
import { ReviewStatus } from "../reviews/review-status";
import { Review } from "../reviews/review.entity";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { ContributionLink } from "./contribution-link.entity";
import { ContributionQuestionId } from "./contribution-questions";
import { Contribution } from "./contribution.entity";

const database = useTestDatabase();
const api = useTestApi(database);

const DAY_MS = 24 * 3_600_000;
const PASSPHRASE = "quiet river stone 4";
const ANSWERS = `{ ${Object.values(ContributionQuestionId).join(" ")} }`;

const CREATE = `mutation ($i: CreateContributionLinkInput!) {
  createContributionLink(input: $i) { token link { id state relationship purpose expiresAt person { firstName } } }
}`;
const FORM = `query ($t: String!) { contributionForm(token: $t) {
  __typename
  ... on ContributionForm { youngPersonFirstName reviewScheduledFor relationship purpose questions expiresAt draftSavedAt draft ${ANSWERS} }
  ... on ContributionFormClosed { reason message }
} }`;
const SAVE = `mutation ($i: SaveContributionDraftInput!) { saveContributionDraft(input: $i) {
  __typename ... on ContributionDraftSaved { savedAt draft ${ANSWERS} } ... on ContributionFormClosed { reason message }
} }`;
const SUBMIT = `mutation ($i: SubmitContributionInput!) { submitContribution(input: $i) {
  __typename ... on ContributionSubmitted { submittedAt answers ${ANSWERS} } ... on ContributionFormClosed { reason message }
} }`;
const CONTRIBUTIONS = `query ($id: ID!, $after: ID) { youngPerson(id: $id) { nextReview {
  contributions(first: 2, after: $after) { id relationship submittedAt person { firstName } answers ${ANSWERS} }
} } }`;
const TO_SEND = `query ($r: ID!, $p: ID!) { contributionLinkToSend(reviewId: $r, personId: $p) { token link { id state } } }`;
const LINKS = `query ($id: ID!) { youngPerson(id: $id) { nextReview { contributionLinks { id state relationship person { firstName } } } } }`;

type Answers = Partial<Record<ContributionQuestionId, string | null>>;
type Result = { __typename: string; reason?: string; message?: string; [field: string]: unknown };

let people = 0;

/** A young person with an IRO signed in, their next review, and people in their network who may be invited. */
async function reviewWithNetwork(values: { firstName?: string; reviewInDays?: number } = {}) {
  const { make } = database;
  const n = ++people;
  const { person: iro, account: iroAccount } = await make.iroWithAccount({
    firstName: "Priya",
    lastName: "Shah",
    username: `contrib.iro.${n}`,
    passphrase: PASSPHRASE,
    phone: "020 7946 0123",
    email: "priya.shah@borough.example",
  });
  const youngPerson = await make.youngPerson({ firstName: values.firstName ?? "Sam", lastName: "Hargreaves" });
  await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
  const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() + (values.reviewInDays ?? 10) * DAY_MS) });
  const invite = async (firstName: string, relationship: Relationship, mayBeInvited = true) => {
    const person = await make.person({ firstName });
    await make.link({ youngPersonId: youngPerson.id, personId: person.id, relationship, mayBeInvited });
    return person;
  };
  const mother = await invite("Maria", Relationship.MOTHER);
  const carer = await invite("Colin", Relationship.FOSTER_CARER);
  return { youngPerson, review, mother, carer, invite, iroAccount, iroToken: await api.tokenFor(`contrib.iro.${n}`, PASSPHRASE) };
}

async function createLink(iroToken: string, reviewId: string, personId: string) {
  const { body } = await api.graphql(CREATE, { token: iroToken, variables: { i: { reviewId, personId } } });
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.createContributionLink as { token: string; link: { id: string; state: string; relationship: string; expiresAt: string } };
}

async function linkToSend(token: string, reviewId: string, personId: string) {
  const { body } = await api.graphql(TO_SEND, { token, variables: { r: reviewId, p: personId } });
  return { shown: body.data?.contributionLinkToSend as { token: string; link: { id: string; state: string } } | null | undefined, errors: body.errors };
}

async function form(token: string): Promise<Result> {
  const { body } = await api.graphql(FORM, { variables: { t: token } });
  return body.data?.contributionForm as Result;
}

async function save(token: string, answers: Answers) {
  return api.graphql(SAVE, { variables: { i: { token, answers } } });
}

async function submit(token: string, answers: Answers, submissionKey: string = randomUUID()) {
  return api.graphql(SUBMIT, { variables: { i: { token, answers, submissionKey } } });
}

describe("single-use links for people without an account", () => {
  it("are made by the young person's IRO, kept only as a hash, and open a form with the young person's first name only", async () => {
    const { youngPerson, review, mother, iroToken } = await reviewWithNetwork();
    const { token, link } = await createLink(iroToken, review.id, mother.id);

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link).toMatchObject({ state: "OPEN", relationship: "MOTHER", purpose: "VIEWS", person: { firstName: "Maria" } });
    expect(new Date(link.expiresAt)).toEqual(review.scheduledFor);
    const stored = await database.db.getRepository(ContributionLink).findOneByOrFail({ id: link.id });
    expect(stored.tokenHash.equals(hashSecretToken(token))).toBe(true);
    expect(JSON.stringify(await database.db.query("SELECT * FROM contribution_link WHERE id = $1", [link.id]))).not.toContain(token);

    const opened = await form(token);
    expect(opened).toMatchObject({
      __typename: "ContributionForm",
      youngPersonFirstName: "Sam",
      reviewScheduledFor: review.scheduledFor.toISOString(),
      relationship: "MOTHER",
      purpose: "VIEWS",
      questions: ["howThingsAreGoing", "whatIsGoingWell", "whatWorriesYou", "whatToTalkAbout", "familyTime", "yourInvolvement", "anythingElse"],
      draftSavedAt: null,
    });
    expect(Object.values(opened.draft as Answers).every((answer) => answer === null)).toBe(true);
    expect(JSON.stringify(opened)).not.toContain("Hargreaves");
    expect(JSON.stringify(opened)).not.toContain(youngPerson.id);
  });

  it("name the young person's IRO, who reads the answers, with their work phone and email, and nobody's anything else", async () => {
    const { review, mother, iroToken } = await reviewWithNetwork();
    const { token } = await createLink(iroToken, review.id, mother.id);
    const { body } = await api.graphql(`query ($t: String!) { contributionForm(token: $t) { ... on ContributionForm { iro { name phone email } } } }`, { variables: { t: token } });
    expect(body.data?.contributionForm).toEqual({ iro: { name: "Priya Shah", phone: "020 7946 0123", email: "priya.shah@borough.example" } });
  });

  it("can be shown again to the IRO until used, never once replaced, and each showing is audited; the token is made again, not stored", async () => {
    const { youngPerson, review, mother, carer, iroToken } = await reviewWithNetwork();
    const first = await createLink(iroToken, review.id, mother.id);
    const again = await linkToSend(iroToken, review.id, mother.id);
    expect(again.shown).toEqual({ token: first.token, link: { id: first.link.id, state: "OPEN" } });
    expect(JSON.stringify(await database.db.query("SELECT * FROM contribution_link WHERE id = $1", [first.link.id]))).not.toContain(first.token);
    const audited = await database.db.getRepository(AuditEvent).findBy({ youngPersonId: youngPerson.id, entity: "contribution-link-token" });
    expect(audited.map((event) => event.action)).toEqual(["read"]);
    expect((await linkToSend(iroToken, review.id, carer.id)).shown).toBeNull();

    const second = await createLink(iroToken, review.id, mother.id);
    expect((await linkToSend(iroToken, review.id, mother.id)).shown?.token).toBe(second.token);
    expect(second.token).not.toBe(first.token);

    await submit(second.token, { howThingsAreGoing: "Settled." });
    expect((await linkToSend(iroToken, review.id, mother.id)).shown).toBeNull();
  });

  it("cannot show again a link made with another key, nor one past its expiry", async () => {
    const { review, mother, carer, iroAccount, iroToken } = await reviewWithNetwork();
    const made = await createLink(iroToken, review.id, carer.id);
    // The demo data's seed makes links with a key used once, as a link made before the key changed was made.
    await database.make.contributionLink({ review, personId: mother.id, issuedBy: iroAccount });
    expect((await linkToSend(iroToken, review.id, mother.id)).shown).toBeNull();

    await database.db.query("UPDATE contribution_link SET expires_at = now() - interval '1 minute' WHERE id = $1", [made.link.id]);
    expect((await linkToSend(iroToken, review.id, carer.id)).shown).toBeNull();
  });

  it("ask a carer a carer's questions, and expire after 28 days when the review is further off", async () => {
    const { review, carer, iroToken } = await reviewWithNetwork({ reviewInDays: 40 });
    const before = Date.now();
    const { token, link } = await createLink(iroToken, review.id, carer.id);
    const opened = await form(token);

    expect(opened.questions).toEqual(["howThingsAreGoing", "whatIsGoingWell", "whatWorriesYou", "whatToTalkAbout", "dailyLife", "supportForYou", "anythingElse"]);
    expect(new Date(link.expiresAt).getTime() - before).toBeGreaterThanOrEqual(28 * DAY_MS);
    expect(new Date(link.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(28 * DAY_MS);
  });

  it("keep the holder's draft from one visit to the next, each save replacing the last, and show it to nobody else", async () => {
    const { youngPerson, review, mother, iroToken } = await reviewWithNetwork();
    const { token } = await createLink(iroToken, review.id, mother.id);

    const first = await save(token, { howThingsAreGoing: "  Better since the summer.  ", whatWorriesYou: "   " });
    expect(first.body.data?.saveContributionDraft).toMatchObject({ __typename: "ContributionDraftSaved", draft: { howThingsAreGoing: "Better since the summer.", whatWorriesYou: null } });
    expect(((await form(token)).draft as Answers).howThingsAreGoing).toBe("Better since the summer.");

    await save(token, { whatWorriesYou: "Missing her brother." });
    const reopened = await form(token);
    expect(reopened.draft).toMatchObject({ howThingsAreGoing: null, whatWorriesYou: "Missing her brother." });
    expect(reopened.draftSavedAt).toEqual(expect.any(String));

    const { body } = await api.graphql(CONTRIBUTIONS, { token: iroToken, variables: { id: youngPerson.id } });
    expect(body.data?.youngPerson).toEqual({ nextReview: { contributions: [] } });
  });

  it("send a contribution once: the same submission key again answers the same, any other submission is refused as used", async () => {
    const { youngPerson, review, mother, iroToken } = await reviewWithNetwork();
    const { token, link } = await createLink(iroToken, review.id, mother.id);
    await save(token, { whatIsGoingWell: "A draft" });
    const key = randomUUID();

    const sent = (await submit(token, { whatIsGoingWell: "School, and football on Saturdays." }, key)).body.data?.submitContribution as Result;
    expect(sent).toMatchObject({ __typename: "ContributionSubmitted", answers: { whatIsGoingWell: "School, and football on Saturdays.", howThingsAreGoing: null } });
    expect((await submit(token, { whatIsGoingWell: "Something else" }, key)).body.data?.submitContribution).toEqual(sent);

    const different = (await submit(token, { whatIsGoingWell: "Something else" })).body.data?.submitContribution as Result;
    expect(different).toMatchObject({ __typename: "ContributionFormClosed", reason: "USED", message: expect.stringMatching(/already been sent/) });
    expect(await form(token)).toMatchObject({ reason: "USED" });
    expect((await save(token, { whatIsGoingWell: "Late" })).body.data?.saveContributionDraft).toMatchObject({ reason: "USED" });

    const stored = await database.db.getRepository(Contribution).findOneByOrFail({ linkId: link.id });
    expect(stored).toMatchObject({ submittedAnswers: { whatIsGoingWell: "School, and football on Saturdays." }, draftAnswers: {}, submissionKey: key });
    const { body } = await api.graphql(CONTRIBUTIONS, { token: iroToken, variables: { id: youngPerson.id } });
    expect(body.data?.youngPerson).toMatchObject({
      nextReview: { contributions: [{ relationship: "MOTHER", person: { firstName: "Maria" }, submittedAt: sent.submittedAt, answers: sent.answers }] },
    });
  });

  it("give the holder a copy of what they sent, until the link would have expired, and nobody else's", async () => {
    const { youngPerson, review, mother, carer, iroToken } = await reviewWithNetwork();
    const { token } = await createLink(iroToken, review.id, mother.id);
    const { token: carersToken } = await createLink(iroToken, review.id, carer.id);
    const SENT = `query ($t: String!) { sentContribution(token: $t) { youngPersonFirstName questions submittedAt answers { howThingsAreGoing familyTime } } }`;
    const copy = async (held: string) => (await api.graphql(SENT, { variables: { t: held } })).body.data?.sentContribution;

    expect(await copy(token)).toBeNull();
    await submit(token, { howThingsAreGoing: "Settled.", familyTime: "Every Sunday." });
    expect(await copy(token)).toMatchObject({
      youngPersonFirstName: "Sam",
      questions: ["howThingsAreGoing", "whatIsGoingWell", "whatWorriesYou", "whatToTalkAbout", "familyTime", "yourInvolvement", "anythingElse"],
      answers: { howThingsAreGoing: "Settled.", familyTime: "Every Sunday." },
    });
    expect(JSON.stringify(await copy(token))).not.toContain("Hargreaves");
    expect(await copy(carersToken)).toBeNull();
    const reads = await database.db.getRepository(AuditEvent).countBy({ youngPersonId: youngPerson.id, action: "read", entity: "contribution" });
    expect(reads).toBeGreaterThan(0);

    await database.db.query("UPDATE contribution_link SET expires_at = now() - interval '1 minute' WHERE token_hash = $1", [hashSecretToken(token)]);
    expect(await copy(token)).toBeNull();
  });

  it("keep one contribution when the same submission is sent twenty times at once, answering each the same", async () => {
    const { review, mother, iroToken } = await reviewWithNetwork();
    const { token, link } = await createLink(iroToken, review.id, mother.id);
    const key = randomUUID();

    const results = await Promise.all(Array.from({ length: 20 }, () => submit(token, { whatToTalkAbout: "Seeing her nan." }, key)));

    const answers = results.map(({ body }) => body.data?.submitContribution ?? body.errors);
    expect(answers.filter((answer) => (answer as Result).__typename === "ContributionSubmitted")).toHaveLength(20);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect((await database.db.query("SELECT count(*)::int AS n FROM contribution WHERE link_id = $1", [link.id]))[0].n).toBe(1);
  });

  it("explain an expired, a replaced and an unknown link, to every operation, instead of failing", async () => {
    const { youngPerson, review, mother, carer, iroToken } = await reviewWithNetwork();
    const replaced = await createLink(iroToken, review.id, mother.id);
    const newest = await createLink(iroToken, review.id, mother.id);
    const expired = await createLink(iroToken, review.id, carer.id);
    await database.db.getRepository(ContributionLink).update({ id: expired.link.id }, { expiresAt: new Date(Date.now() - 1000) });
    const reasons = async (token: string) => [
      (await form(token)).reason,
      ((await save(token, { anythingElse: "Hello" })).body.data?.saveContributionDraft as Result).reason,
      ((await submit(token, { anythingElse: "Hello" })).body.data?.submitContribution as Result).reason,
    ];

    expect(await reasons(replaced.token)).toEqual(["REVOKED", "REVOKED", "REVOKED"]);
    expect(await reasons(expired.token)).toEqual(["EXPIRED", "EXPIRED", "EXPIRED"]);
    expect(await reasons("A".repeat(43))).toEqual(["UNKNOWN", "UNKNOWN", "UNKNOWN"]);
    expect(await reasons("not a token at all")).toEqual(["UNKNOWN", "UNKNOWN", "UNKNOWN"]);
    expect((await form(newest.token)).__typename).toBe("ContributionForm");
    expect(await database.db.getRepository(Contribution).countBy({ linkId: expired.link.id })).toBe(0);

    const { body } = await api.graphql(LINKS, { token: iroToken, variables: { id: youngPerson.id } });
    const links = (body.data?.youngPerson as { nextReview: { contributionLinks: { id: string; state: string }[] } }).nextReview.contributionLinks;
    expect(links.map(({ id, state }) => [id, state])).toEqual([
      [expired.link.id, "EXPIRED"],
      [newest.link.id, "OPEN"],
      [replaced.link.id, "REVOKED"],
    ]);
    expect(JSON.stringify(body)).not.toContain(newest.token);
  });

  it("stop working when the review is cancelled or moved to before the link's expiry", async () => {
    const { review, mother, carer, iroToken } = await reviewWithNetwork();
    const forMother = await createLink(iroToken, review.id, mother.id);
    const forCarer = await createLink(iroToken, review.id, carer.id);
    const reviews = database.db.getRepository(Review);

    await reviews.update({ id: review.id }, { scheduledFor: new Date(Date.now() - 60_000) });
    expect(await form(forMother.token)).toMatchObject({ reason: "EXPIRED" });
    await reviews.update({ id: review.id }, { scheduledFor: review.scheduledFor, status: ReviewStatus.CANCELLED });
    expect(await form(forCarer.token)).toMatchObject({ reason: "EXPIRED" });
  });

  it("refuse an answer too long, one to a question not asked, and a submission with no answer, keeping the link open", async () => {
    const { review, carer, iroToken } = await reviewWithNetwork();
    const { token } = await createLink(iroToken, review.id, carer.id);
    const problems = (response: Awaited<ReturnType<typeof save>>) => [
      response.body.errors?.[0]?.extensions?.code,
      (response.body.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map(({ field }) => field),
    ];

    expect(problems(await save(token, { dailyLife: "x".repeat(4001) }))).toEqual(["BAD_USER_INPUT", ["answers.dailyLife"]]);
    expect(problems(await save(token, { familyTime: "Every Sunday" }))).toEqual(["BAD_USER_INPUT", ["answers.familyTime"]]);
    expect(problems(await submit(token, { dailyLife: "  ", anythingElse: "" }))).toEqual(["BAD_USER_INPUT", ["answers"]]);
    expect(problems(await submit(token, { dailyLife: "Fine" }, "not-a-uuid"))).toEqual(["BAD_USER_INPUT", ["submissionKey"]]);
    expect((await save(token, { dailyLife: "x".repeat(4000) })).body.data?.saveContributionDraft).toMatchObject({ __typename: "ContributionDraftSaved" });
    expect((await form(token)).__typename).toBe("ContributionForm");
  });

  it("keep a link to its own review: its holder reaches nothing of another review, nor two links in one request", async () => {
    const first = await reviewWithNetwork({ firstName: "Ada" });
    const second = await reviewWithNetwork({ firstName: "Bo" });
    const ours = await createLink(first.iroToken, first.review.id, first.mother.id);
    const theirs = await createLink(second.iroToken, second.review.id, second.mother.id);

    await submit(ours.token, { howThingsAreGoing: "Written through Ada's link" });
    expect(await form(theirs.token)).toMatchObject({ youngPersonFirstName: "Bo", draft: { howThingsAreGoing: null } });
    const { body } = await api.graphql(CONTRIBUTIONS, { token: second.iroToken, variables: { id: second.youngPerson.id } });
    expect(body.data?.youngPerson).toEqual({ nextReview: { contributions: [] } });

    const both = await api.graphql(
      `mutation ($a: SaveContributionDraftInput!, $b: SaveContributionDraftInput!) {
        a: saveContributionDraft(input: $a) { __typename } b: saveContributionDraft(input: $b) { __typename }
      }`,
      { variables: { a: { token: theirs.token, answers: { anythingElse: "A" } }, b: { token: ours.token, answers: { anythingElse: "B" } } } },
    );
    expect(both.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "token", code: "CONFLICTING", message: "Send one link's token at a time." }] });
    expect(await database.db.getRepository(Contribution).countBy({ linkId: theirs.link.id })).toBe(0);
    const snooping = await api.graphql("query ($id: ID!) { youngPerson(id: $id) { firstName } }", { variables: { id: second.youngPerson.id } });
    expect(snooping.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("give the IRO the contributions a few at a time, oldest first, with who sent each", async () => {
    const { youngPerson, review, mother, carer, invite, iroToken } = await reviewWithNetwork();
    const father = await invite("Dev", Relationship.FATHER);
    for (const person of [mother, carer, father]) {
      const { token } = await createLink(iroToken, review.id, person.id);
      await submit(token, { anythingElse: `From ${person.firstName}` });
    }
    const some = async (after?: string) =>
      ((await api.graphql(CONTRIBUTIONS, { token: iroToken, variables: { id: youngPerson.id, after } })).body.data?.youngPerson as {
        nextReview: { contributions: { id: string; person: { firstName: string }; answers: Answers }[] };
      }).nextReview.contributions;

    const first = await some();
    const rest = await some(first.at(-1)?.id);
    expect([...first, ...rest].map((item) => [item.person.firstName, item.answers.anythingElse])).toEqual([
      ["Maria", "From Maria"],
      ["Colin", "From Colin"],
      ["Dev", "From Dev"],
    ]);
    expect(first).toHaveLength(2);
    const { body } = await api.graphql(CONTRIBUTIONS, { token: iroToken, variables: { id: youngPerson.id, after: youngPerson.id } });
    expect(body.errors?.[0]?.extensions?.fields).toEqual([{ field: "after", code: "INVALID_FORMAT", message: "That is not one of this review's contributions." }]);
  });

  it("are made only for someone in the network who may be invited, before a planned review starts", async () => {
    const { youngPerson, review, invite, iroToken } = await reviewWithNetwork();
    const notToBeInvited = await invite("Rick", Relationship.FATHER, false);
    const stranger = await database.make.person({ firstName: "Stranger" });
    const held = await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() - DAY_MS), status: ReviewStatus.HELD });
    const refusal = async (reviewId: string, personId: string) => {
      const { body } = await api.graphql(CREATE, { token: iroToken, variables: { i: { reviewId, personId } } });
      return [body.errors?.[0]?.extensions?.code, (body.errors?.[0]?.extensions?.fields as { field: string; message: string }[])?.[0]];
    };

    expect(await refusal(review.id, notToBeInvited.id)).toEqual(["BAD_USER_INPUT", { field: "personId", code: "NOT_ON_THE_LIST", message: "Choose someone in the young person's network who may be invited." }]);
    expect(await refusal(review.id, stranger.id)).toEqual(["BAD_USER_INPUT", { field: "personId", code: "NOT_ON_THE_LIST", message: expect.any(String) }]);
    expect(await refusal(review.id, "not-a-uuid")).toEqual(["BAD_USER_INPUT", { field: "personId", code: "INVALID_FORMAT", message: expect.any(String) }]);
    expect(await refusal(held.id, notToBeInvited.id)).toEqual(["BAD_USER_INPUT", { field: "reviewId", code: "NOT_COMING_UP", message: "Views can be asked for only before a planned review starts." }]);
  });

  it("are made and read by the young person's IRO and a manager, and refused to another IRO, their social worker and the young person", async () => {
    const { youngPerson, review, mother, iroToken } = await reviewWithNetwork();
    const { make } = database;
    await make.iroWithAccount({ username: "contrib.other.iro", passphrase: PASSPHRASE });
    await make.staffWithAccount(Role.IRO_MANAGER, { username: "contrib.manager", passphrase: PASSPHRASE });
    const { person: socialWorker } = await make.staffWithAccount(Role.SOCIAL_WORKER, { username: "contrib.sw", passphrase: PASSPHRASE });
    await make.link({ youngPersonId: youngPerson.id, personId: socialWorker.id, relationship: Relationship.SOCIAL_WORKER });
    await make.account({ person: youngPerson.person, role: Role.YOUNG_PERSON, username: "contrib.yp", passphrase: PASSPHRASE });
    const tokens = {
      otherIro: await api.tokenFor("contrib.other.iro", PASSPHRASE),
      manager: await api.tokenFor("contrib.manager", PASSPHRASE),
      socialWorker: await api.tokenFor("contrib.sw", PASSPHRASE),
      youngPerson: await api.tokenFor("contrib.yp", PASSPHRASE),
    };
    const creating = async (token: string) =>
      (await api.graphql(CREATE, { token, variables: { i: { reviewId: review.id, personId: mother.id } } })).body.errors?.[0]?.extensions?.code ?? "allowed";
    const reading = async (token: string) => {
      const { body } = await api.graphql(LINKS, { token, variables: { id: youngPerson.id } });
      return body.errors?.[0]?.extensions?.code ?? "allowed";
    };

    expect(await creating(iroToken)).toBe("allowed");
    expect(await creating(tokens.manager)).toBe("allowed");
    expect(await creating(tokens.otherIro)).toBe("NOT_FOUND");
    expect(await creating(tokens.socialWorker)).toBe("NOT_FOUND");
    expect(await creating(tokens.youngPerson)).toBe("NOT_FOUND");
    expect(await reading(iroToken)).toBe("allowed");
    expect(await reading(tokens.manager)).toBe("allowed");
    expect(await reading(tokens.otherIro)).toBe("NOT_FOUND");
    expect(await reading(tokens.socialWorker)).toBe("FORBIDDEN");
    const showing = async (token: string) => (await linkToSend(token, review.id, mother.id)).errors?.[0]?.extensions?.code ?? "allowed";
    expect(await showing(iroToken)).toBe("allowed");
    expect(await showing(tokens.manager)).toBe("allowed");
    expect(await showing(tokens.otherIro)).toBe("NOT_FOUND");
    expect(await showing(tokens.socialWorker)).toBe("NOT_FOUND");
    expect(await showing(tokens.youngPerson)).toBe("NOT_FOUND");
    const own = await api.graphql("{ me { youngPerson { nextReview { contributions { submittedAt } } } } }", { token: tokens.youngPerson });
    expect(own.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("audit what a link's holder reads and writes of the young person's record as the link's doing, not an account's", async () => {
    const { youngPerson, review, mother, iroToken } = await reviewWithNetwork();
    const { token, link } = await createLink(iroToken, review.id, mother.id);
    await form(token);
    await save(token, { whatIsGoingWell: "Drama club" });
    await submit(token, { whatIsGoingWell: "Drama club" });

    const events = await database.db.getRepository(AuditEvent).findBy({ youngPersonId: youngPerson.id, actorContributionLinkId: link.id });
    expect(events.map((event) => [event.action, event.entity, event.actorAccountId, event.actorRole, event.localAuthorityId]).sort()).toEqual([
      ["create", "contribution", null, null, youngPerson.person.localAuthorityId],
      ["read", "contribution", null, null, youngPerson.person.localAuthorityId],
      ["update", "contribution", null, null, youngPerson.person.localAuthorityId],
    ]);

    await database.make.staffWithAccount(Role.IRO_MANAGER, { username: "contrib.audit.manager", passphrase: PASSPHRASE });
    const { body } = await api.graphql(
      "query ($id: ID!) { auditTrail(youngPersonId: $id) { items { action entity actorKind actorAccountId actorContributionLinkId } } }",
      { token: await api.tokenFor("contrib.audit.manager", PASSPHRASE), variables: { id: youngPerson.id } },
    );
    expect((body.data?.auditTrail as { items: unknown[] }).items).toContainEqual({
      action: "create",
      entity: "contribution",
      actorKind: "CONTRIBUTION_LINK",
      actorAccountId: null,
      actorContributionLinkId: link.id,
    });
  });
});
