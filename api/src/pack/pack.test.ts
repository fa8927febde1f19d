import { randomUUID } from "node:crypto";
import { In } from "typeorm";
import { Account } from "../accounts/account.entity";
import { AuditEvent } from "../audit/audit-event.entity";
import { Role } from "../kernel/access/role";
import { Contribution } from "../contributions/contribution.entity";
import { Chairing, ChoicesVersion } from "../choices/choice-options";
import { Relationship } from "../people/relationship";
import { PackReading } from "./pack-reading.entity";
import { useTestApi } from "../testing/test-api";
import { useCountedDatabase } from "../testing/test-statement-counter";
import { useTestDatabase } from "../testing/test-database";
import { ViewsAudience } from "../views/views-options";
import { ViewsVersion } from "../views/views-version.entity";

const database = useTestDatabase();
const counted = useCountedDatabase(database);
const api = useTestApi(counted);
const PASSPHRASE = "four quiet herons";

const PACK = `query ($id: ID!) { preReviewPack(reviewId: $id) {
  readUpTo
  shownAt
  fullName
  dateOfBirth
  iroName
  viewsBefore { number goingWell }
  youngPerson { firstName communicationNeeds { interpreterLanguage alternativeCommunication otherNeeds } }
  review {
    scheduledFor
    choices { draft { chairing } sent { chairing invitedPeople { firstName } notWantedOthers } answers { topic accepted reason } }
    views { latest { number goingWell } versions { number } }
    contributions(first: 20) { person { firstName } answers { howThingsAreGoing } }
  }
} }`;
/** The pack as the portal asks for it, the private names included: what each reader gets is the API's to decide. */
const PACK_AS_THE_PORTAL_ASKS = `query ($id: ID!) { preReviewPack(reviewId: $id) {
  review {
    choices { sent { chairing invitedPeople { firstName } notWantedOthers notWantedPeople { firstName } } }
    views { latest { number goingWell } }
  }
} }`;
const MARK_READ = `mutation ($id: ID!, $upTo: DateTimeISO!) { markPackRead(reviewId: $id, upTo: $upTo) }`;
const NEEDS = `mutation ($i: UpdateCommunicationNeedsInput!) { updateCommunicationNeeds(input: $i) { interpreterLanguage alternativeCommunication otherNeeds } }`;

let serial = 0;

/** A young person with an upcoming review, their IRO, their social worker, and `people` in their network. */
async function world(people = 1) {
  const { make } = database;
  const n = ++serial;
  const { youngPerson } = await make.youngPersonWithAccount({ firstName: "Ola", lastName: "Adeyemi", dateOfBirth: "2012-03-12", username: `ola${n}`, passphrase: PASSPHRASE });
  const { person: iro } = await make.iroWithAccount({ firstName: "Ruth", lastName: "Okafor", username: `pack.iro${n}`, passphrase: PASSPHRASE });
  await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
  const { person: socialWorker } = await make.staffWithAccount(Role.SOCIAL_WORKER, { username: `pack.sw${n}`, passphrase: PASSPHRASE });
  await make.link({ youngPersonId: youngPerson.id, personId: socialWorker.id, relationship: Relationship.SOCIAL_WORKER });
  const invited: string[] = [];
  for (let i = 0; i < people; i++) {
    const person = await make.person({ firstName: `Friend${i}` });
    await make.link({ youngPersonId: youngPerson.id, personId: person.id, relationship: Relationship.OTHER });
    invited.push(person.id);
  }
  const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() + 14 * 86_400_000) });
  await make.choiceSet(review, { chairing: Chairing.CO_CHAIR, invitedPersonIds: invited, notWantedOthers: "My old teacher" });
  await make.choiceSet(review, { chairing: Chairing.I_CHAIR, version: ChoicesVersion.DRAFT });
  // Each person invited has sent their views through a link, and the young person has sent as many versions of theirs.
  const iroAccount = await database.db.getRepository(Account).findOneByOrFail({ personId: iro.id });
  for (const [index, personId] of invited.entries()) {
    const { link } = await make.contributionLink({ review, personId, issuedBy: iroAccount });
    await database.db.getRepository(Contribution).save({
      linkId: link.id,
      draftAnswers: {},
      submittedAnswers: { howThingsAreGoing: `Going well, says friend ${index}` },
      submittedAt: new Date(),
      submissionKey: randomUUID(),
    });
    await database.db.getRepository(ViewsVersion).save({
      reviewId: review.id,
      youngPersonId: youngPerson.id,
      number: index + 1,
      audience: ViewsAudience.IRO_ONLY,
      submissionKey: randomUUID(),
      goingWell: `Version ${index + 1}`,
      usedShorterVersion: false,
    });
  }
  return {
    youngPerson,
    review,
    iro: await api.tokenFor(`pack.iro${n}`, PASSPHRASE),
    socialWorker: await api.tokenFor(`pack.sw${n}`, PASSPHRASE),
    self: await api.tokenFor(`ola${n}`, PASSPHRASE),
  };
}

type Pack = {
  readUpTo: string | null;
  viewsBefore: { number: number; goingWell: string } | null;
  shownAt: string;
  youngPerson: { communicationNeeds: Record<string, string | null> | null };
  review: {
    choices: { draft: unknown; sent: { chairing: string; invitedPeople: unknown[]; notWantedOthers: string } };
    views: { latest: unknown; versions: unknown[] };
    contributions: unknown[];
  };
};
const packOf = (body: { data?: Record<string, unknown> | null }) => body.data?.preReviewPack as Pack | undefined;
const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;

describe("the IRO's pre-review pack", () => {
  it("gives the IRO what the young person sent and their communication needs in one query, never their draft", async () => {
    const w = await world();
    await api.graphql(NEEDS, { token: w.iro, variables: { i: { youngPersonId: w.youngPerson.id, interpreterLanguage: " Tigrinya ", alternativeCommunication: "Makaton" } } });
    const { body } = await api.graphql(PACK, { token: w.iro, variables: { id: w.review.id } });
    expect(body.errors).toBeUndefined();
    expect(packOf(body)).toMatchObject({
      youngPerson: { communicationNeeds: { interpreterLanguage: "Tigrinya", alternativeCommunication: "Makaton", otherNeeds: null } },
      review: { choices: { draft: null, sent: { chairing: "CO_CHAIR", invitedPeople: [{ firstName: "Friend0" }], notWantedOthers: "My old teacher" } } },
    });
  });

  it("marks nothing read when it is read, however often", async () => {
    const w = await world();
    for (let read = 0; read < 2; read++) {
      const { body } = await api.graphql(PACK, { token: w.iro, variables: { id: w.review.id } });
      expect(body.errors).toBeUndefined();
      expect(packOf(body)?.readUpTo).toBeNull();
    }
    expect(await database.db.getRepository(PackReading).countBy({ reviewId: w.review.id })).toBe(0);
  });

  it("is read as far as the pack the IRO read was put together, so what came in while they read stays new", async () => {
    const w = await world();
    const first = packOf((await api.graphql(PACK, { token: w.iro, variables: { id: w.review.id } })).body)!;
    const marked = await api.graphql(MARK_READ, { token: w.iro, variables: { id: w.review.id, upTo: first.shownAt } });
    expect(marked.body.errors).toBeUndefined();
    expect(marked.body.data?.markPackRead).toBe(first.shownAt);
    for (let read = 0; read < 2; read++) {
      expect(packOf((await api.graphql(PACK, { token: w.iro, variables: { id: w.review.id } })).body)?.readUpTo).toBe(first.shownAt);
    }
  });

  it("is audited as read when read, and as a reading recorded when marked read", async () => {
    const w = await world();
    const entries = async () =>
      (await database.db.getRepository(AuditEvent).findBy({ youngPersonId: w.youngPerson.id, entity: In(["pack", "pack-reading"]) }))
        .map((event) => `${event.action} ${event.entity}`)
        .sort();
    const { body } = await api.graphql(PACK, { token: w.iro, variables: { id: w.review.id } });
    expect(await entries()).toEqual(["read pack"]);
    await api.graphql(MARK_READ, { token: w.iro, variables: { id: w.review.id, upTo: packOf(body)!.shownAt } });
    expect(await entries()).toEqual(["create pack-reading", "read pack", "read pack"]);
  });

  it("is never marked read beyond now, nor back to an earlier moment by an older page", async () => {
    const w = await world();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const marked = await api.graphql(MARK_READ, { token: w.iro, variables: { id: w.review.id, upTo: future } });
    const recorded = marked.body.data?.markPackRead as string;
    expect(new Date(recorded).getTime()).toBeLessThanOrEqual(Date.now());
    await api.graphql(MARK_READ, { token: w.iro, variables: { id: w.review.id, upTo: "2020-01-01T00:00:00.000Z" } });
    expect(packOf((await api.graphql(PACK, { token: w.iro, variables: { id: w.review.id } })).body)?.readUpTo).toBe(recorded);
  });

  it("names the young person in full with their date of birth, and their IRO, for the printed header", async () => {
    const w = await world();
    const { body } = await api.graphql(PACK, { token: w.iro, variables: { id: w.review.id } });
    const pack = packOf(body) as unknown as { fullName: string; dateOfBirth: string; iroName: string | null };
    expect(pack).toMatchObject({ fullName: "Ola Adeyemi", dateOfBirth: "2012-03-12", iroName: "Ruth Okafor" });
  });

  it("is refused to the young person, their social worker and another IRO as if it did not exist, and they cannot mark it read", async () => {
    const w = await world();
    const other = await world();
    for (const operation of [PACK, MARK_READ]) {
      for (const token of [w.self, w.socialWorker, other.iro]) {
        const { body } = await api.graphql(operation, { token, variables: { id: w.review.id, upTo: new Date().toISOString() } });
        expect(codeOf(body)).toBe("NOT_FOUND");
        expect(body.data).toBeNull();
      }
    }
    expect(await database.db.getRepository(PackReading).countBy({ reviewId: w.review.id })).toBe(0);
  });

  it("opens for a manager in the young person's authority, without the names the young person keeps for their IRO alone", async () => {
    const w = await world();
    await database.make.staffWithAccount(Role.IRO_MANAGER, { username: `pack.manager${serial}`, passphrase: PASSPHRASE });
    const manager = await api.tokenFor(`pack.manager${serial}`, PASSPHRASE);
    const { body } = await api.graphql(PACK_AS_THE_PORTAL_ASKS, { token: manager, variables: { id: w.review.id } });
    expect(body.errors).toBeUndefined();
    expect(packOf(body)?.review.choices.sent).toEqual({ chairing: "CO_CHAIR", invitedPeople: [{ firstName: "Friend0" }], notWantedOthers: null, notWantedPeople: null });
    expect(packOf(body)?.review.views.latest).toEqual({ number: 1, goingWell: "Version 1" });
    const marked = await api.graphql(MARK_READ, { token: manager, variables: { id: w.review.id, upTo: new Date().toISOString() } });
    expect(marked.body.errors).toBeUndefined();
  });

  it("is refused to a manager of another authority as if it did not exist", async () => {
    const w = await world();
    const elsewhere = await database.make.localAuthority();
    await database.make.staffWithAccount(Role.IRO_MANAGER, { username: `pack.faraway${serial}`, passphrase: PASSPHRASE, localAuthorityId: elsewhere.id });
    const manager = await api.tokenFor(`pack.faraway${serial}`, PASSPHRASE);
    for (const operation of [PACK_AS_THE_PORTAL_ASKS, MARK_READ]) {
      const { body } = await api.graphql(operation, { token: manager, variables: { id: w.review.id, upTo: new Date().toISOString() } });
      expect(codeOf(body)).toBe("NOT_FOUND");
      expect(body.data).toBeNull();
    }
  });

  it("runs the same number of SQL statements for one view, one contribution and one person invited as for 15 of each", async () => {
    const small = await world(1);
    const large = await world(15);
    const forSmall = await counted.statementsFor(() => api.graphql(PACK, { token: small.iro, variables: { id: small.review.id } }));
    const forLarge = await counted.statementsFor(() => api.graphql(PACK, { token: large.iro, variables: { id: large.review.id } }));
    const pack = packOf(forLarge.result.body);
    expect(forLarge.result.body.errors).toBeUndefined();
    expect(pack?.review.choices.sent.invitedPeople).toHaveLength(15);
    expect(pack?.review.views.versions).toHaveLength(15);
    expect(pack?.review.views.latest).toEqual({ number: 15, goingWell: "Version 15" });
    expect(pack?.viewsBefore).toEqual({ number: 14, goingWell: "Version 14" });
    expect(packOf(forSmall.result.body)?.viewsBefore).toBeNull();
    expect(pack?.review.contributions).toHaveLength(15);
    expect(forLarge.statements).toBe(forSmall.statements);
  });
});

describe("a young person's communication needs", () => {
  it("are kept by their IRO and read by the young person and their social worker", async () => {
    const w = await world();
    const saved = await api.graphql(NEEDS, { token: w.iro, variables: { i: { youngPersonId: w.youngPerson.id, otherNeeds: "Short sentences, time to think" } } });
    expect(saved.body.data?.updateCommunicationNeeds).toEqual({ interpreterLanguage: null, alternativeCommunication: null, otherNeeds: "Short sentences, time to think" });
    const READ = `query ($id: ID!) { youngPerson(id: $id) { communicationNeeds { otherNeeds } } }`;
    for (const token of [w.self, w.socialWorker]) {
      const { body } = await api.graphql(READ, { token, variables: { id: w.youngPerson.id } });
      expect(body.data?.youngPerson).toEqual({ communicationNeeds: { otherNeeds: "Short sentences, time to think" } });
    }
  });

  it("cannot be changed by the young person, their social worker or another IRO, and refuse text that is too long", async () => {
    const w = await world();
    const other = await world();
    for (const token of [w.self, w.socialWorker, other.iro]) {
      const { body } = await api.graphql(NEEDS, { token, variables: { i: { youngPersonId: w.youngPerson.id, interpreterLanguage: "French" } } });
      expect(codeOf(body)).toBe("NOT_FOUND");
    }
    const tooLong = await api.graphql(NEEDS, { token: w.iro, variables: { i: { youngPersonId: w.youngPerson.id, otherNeeds: "x".repeat(501) } } });
    expect(tooLong.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "otherNeeds", message: "Keep anything else to 500 characters." }] });
  });
});
