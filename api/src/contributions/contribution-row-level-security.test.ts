import { Role } from "../kernel/access/role";
import { RequestTransaction, claimsOf } from "../kernel/request-transaction";
import { Relationship } from "../people/relationship";
import { useTestDatabase } from "../testing/test-database";
import { Contribution } from "./contribution.entity";

const database = useTestDatabase();
const CHILD_TABLES = ["person", "young_person", "review", "network_link", "iro_allocation", "care_period"];

/** Two young people, each with a review and a mother invited to it by link: one has a draft, the other has sent hers. */
async function world() {
  const { make } = database;
  const iro = await make.iroWithAccount();
  const socialWorker = await make.staffWithAccount(Role.SOCIAL_WORKER);
  const family = async (firstName: string) => {
    const youngPerson = await make.youngPerson({ firstName });
    await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.person.id });
    await make.carePeriod({ youngPersonId: youngPerson.id, startsOn: "2024-01-10" });
    const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() + 10 * 86_400_000) });
    const mother = await make.person({ firstName: `Mother of ${firstName}` });
    await make.link({ youngPersonId: youngPerson.id, personId: mother.id, relationship: Relationship.MOTHER });
    const { link } = await make.contributionLink({ review, personId: mother.id, issuedBy: iro.account });
    return { youngPerson, link };
  };
  const ours = await family("Ada");
  const theirs = await family("Bo");
  await make.link({ youngPersonId: ours.youngPerson.id, personId: socialWorker.person.id, relationship: Relationship.SOCIAL_WORKER });
  const contributions = database.db.getRepository(Contribution);
  await contributions.insert({ linkId: ours.link.id, draftAnswers: { whatWorriesYou: "Ada's draft" }, draftSavedAt: new Date() });
  await contributions.insert({
    linkId: theirs.link.id,
    draftAnswers: {},
    submittedAnswers: { whatIsGoingWell: "Sent for Bo" },
    submittedAt: new Date(),
    submissionKey: "0d4c2f5e-8a7b-4c3d-9e1f-2a3b4c5d6e7f",
  });
  await database.db.query("UPDATE contribution_link SET used_at = now() WHERE id = $1", [theirs.link.id]);
  return { iro, socialWorker, ours, theirs };
}

/**
 * Runs one statement as the API would for the holder of one link (no account, the link claimed), or for an account,
 * in a transaction of its own that is then undone, so that no test sees another's changes.
 */
async function runAs<T>(caller: { linkId: string } | { account: Parameters<typeof claimsOf>[0] }, sql: string, parameters: unknown[] = []): Promise<T> {
  const transaction = await RequestTransaction.open(database.apiDb, "account" in caller ? claimsOf(caller.account) : null);
  try {
    if ("linkId" in caller) await transaction.claimContributionLink(caller.linkId);
    return await transaction.manager.query(sql, parameters);
  } finally {
    await transaction.finish("rollback");
  }
}

describe("row-level security for the holders of single-use links", () => {
  let people: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    people = await world();
  });

  it("shows a link's holder, in queries with no filter, only their own link and contribution", async () => {
    const holder = { linkId: people.ours.link.id };
    expect(await runAs(holder, "SELECT id FROM contribution_link")).toEqual([{ id: people.ours.link.id }]);
    expect(await runAs(holder, "SELECT link_id FROM contribution")).toEqual([{ link_id: people.ours.link.id }]);
  });

  it.each([...CHILD_TABLES, "audit_event"])("shows a link's holder no rows of %s, not even their own young person's", async (table) => {
    expect(await runAs({ linkId: people.ours.link.id }, `SELECT count(*)::int AS n FROM ${table}`)).toEqual([{ n: 0 }]);
  });

  it("lets a link's holder change only their own contribution and link, whatever a statement's filter", async () => {
    const holder = { linkId: people.ours.link.id };
    // TypeORM answers an UPDATE with its returned rows and the count changed.
    expect(await runAs(holder, "UPDATE contribution SET draft_answers = '{}' RETURNING link_id")).toEqual([[{ link_id: people.ours.link.id }], 1]);
    expect(await runAs(holder, "UPDATE contribution_link SET used_at = now() RETURNING id")).toEqual([[{ id: people.ours.link.id }], 1]);
  });

  it("refuses a link's holder a contribution through another link, or an audit row about another young person", async () => {
    const holder = { linkId: people.ours.link.id };
    const { localAuthorityId } = people.ours.link;
    const audit = `INSERT INTO audit_event (local_authority_id, actor_contribution_link_id, young_person_id, action, entity, request_id)
                   VALUES ($1, $2, $3, 'read', 'contribution', 'rls-test')`;

    await expect(runAs(holder, "INSERT INTO contribution (link_id, draft_answers) VALUES ($1, '{}')", [people.theirs.link.id])).rejects.toThrow(/row-level security/);
    await expect(runAs(holder, audit, [localAuthorityId, people.ours.link.id, people.theirs.youngPerson.id])).rejects.toThrow(/row-level security/);
    await expect(runAs(holder, audit, [localAuthorityId, people.theirs.link.id, people.theirs.youngPerson.id])).rejects.toThrow(/row-level security/);
    await expect(runAs(holder, audit, [localAuthorityId, people.ours.link.id, people.ours.youngPerson.id])).resolves.toEqual([]);
  });

  it("lets a spent link write nothing more", async () => {
    const holder = { linkId: people.theirs.link.id };
    expect(await runAs(holder, "UPDATE contribution SET submitted_answers = '{}' RETURNING id")).toEqual([[], 0]);
    expect(await runAs(holder, "UPDATE contribution_link SET used_at = now() RETURNING id")).toEqual([[], 0]);
    expect(await runAs(holder, "SELECT count(*)::int AS n FROM contribution")).toEqual([{ n: 1 }]);
  });

  it("shows the IRO contributions once sent, never a draft, and the social worker neither contributions nor links", async () => {
    expect(await runAs({ account: people.iro.account }, "SELECT link_id FROM contribution")).toEqual([{ link_id: people.theirs.link.id }]);
    expect(await runAs({ account: people.socialWorker.account }, "SELECT link_id FROM contribution")).toEqual([]);
    expect(await runAs({ account: people.socialWorker.account }, "SELECT id FROM contribution_link")).toEqual([]);
  });

  it("shows a query with no claims no links and no contributions, and never lets the API delete them", async () => {
    expect((await database.apiDb.query("SELECT count(*)::int AS n FROM contribution_link"))[0].n).toBe(0);
    expect((await database.apiDb.query("SELECT count(*)::int AS n FROM contribution"))[0].n).toBe(0);
    await expect(database.apiDb.query("DELETE FROM contribution")).rejects.toThrow(/permission denied/);
    await expect(database.apiDb.query("DELETE FROM contribution_link")).rejects.toThrow(/permission denied/);
    await expect(database.apiDb.query("UPDATE contribution_link SET review_id = review_id")).rejects.toThrow(/permission denied/);
  });
});
