import { Role } from "../kernel/access/role";
import { claimsOf, RequestTransaction } from "../kernel/request-transaction";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";

const database = useTestDatabase();
const api = useTestApi(database);
const PASSPHRASE = "five silver kites";
const CONTACT = `query ($id: ID!) { youngPerson(id: $id) { currentIroContact { name phone email } } }`;

let serial = 0;

/** A young person with an account, their IRO with a work phone and email, and another IRO who is not theirs. */
async function world() {
  const { make } = database;
  const n = ++serial;
  const { youngPerson, account } = await make.youngPersonWithAccount({ username: `contact.yp${n}`, passphrase: PASSPHRASE });
  const { person: iro } = await make.iroWithAccount({ firstName: "Priya", lastName: "Shah", phone: "020 7946 0123", email: `priya${n}@borough.example` });
  const { person: otherIro } = await make.iroWithAccount({ firstName: "Omar", lastName: "Reid", phone: "020 7946 0456" });
  await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
  return { youngPerson, account, iro, otherIro, token: await api.tokenFor(`contact.yp${n}`, PASSPHRASE), n };
}

/** The work phones a caller's own transaction can read, with no check of the API's in the way. */
async function phonesSeenBy(caller: Parameters<typeof claimsOf>[0], personIds: string[]): Promise<string[]> {
  const transaction = await RequestTransaction.open(database.apiDb, claimsOf(caller));
  try {
    const rows: { work_phone: string }[] = await transaction.manager.query("SELECT work_phone FROM staff_contact WHERE person_id = ANY($1) ORDER BY work_phone", [personIds]);
    return rows.map((row) => row.work_phone);
  } finally {
    await transaction.finish("rollback");
  }
}

describe("how a young person reaches their IRO", () => {
  it("is their IRO's full name, work phone and email, on their own record", async () => {
    const w = await world();
    const { body } = await api.graphql(CONTACT, { token: w.token, variables: { id: w.youngPerson.id } });
    expect(body.errors).toBeUndefined();
    expect(body.data?.youngPerson).toEqual({ currentIroContact: { name: "Priya Shah", phone: "020 7946 0123", email: `priya${w.n}@borough.example` } });
  });

  it("is not another young person's to read", async () => {
    const w = await world();
    const other = await world();
    const { body } = await api.graphql(CONTACT, { token: other.token, variables: { id: w.youngPerson.id } });
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(JSON.stringify(body)).not.toContain(`priya${w.n}`);
  });

  it("in the database, shows a young person the contact of their IRO now and no other member of staff's, while staff read them all", async () => {
    const w = await world();
    const everyone = [w.iro.id, w.otherIro.id];
    expect(await phonesSeenBy(w.account, everyone)).toEqual(["020 7946 0123"]);

    await database.db.query("UPDATE iro_allocation SET ends_at = now() WHERE young_person_id = $1", [w.youngPerson.id]);
    await database.make.allocation({ youngPersonId: w.youngPerson.id, iroPersonId: w.otherIro.id, reason: "Handed over" });
    expect(await phonesSeenBy(w.account, everyone)).toEqual(["020 7946 0456"]);

    const { account: socialWorker } = await database.make.staffWithAccount(Role.SOCIAL_WORKER);
    expect(await phonesSeenBy(socialWorker, everyone)).toEqual(["020 7946 0123", "020 7946 0456"]);
    const elsewhere = await database.make.localAuthority();
    const { account: faraway } = await database.make.staffWithAccount(Role.IRO_MANAGER, { localAuthorityId: elsewhere.id });
    expect(await phonesSeenBy(faraway, everyone)).toEqual([]);
  });
});
