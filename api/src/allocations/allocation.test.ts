import { IsNull } from "typeorm";
import { Role } from "../kernel/access/role";
import { Relationship } from "../people/relationship";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { IroAllocation } from "./iro-allocation.entity";

const database = useTestDatabase();
const api = useTestApi(database);

const ALLOCATE = `mutation ($input: AllocateIroInput!) { allocateIro(input: $input) { id } }`;
let counter = 0;

async function signedIn(role: Role, localAuthorityId?: string) {
  const username = `alloc.${role.toLowerCase()}.${++counter}`;
  const { person } = await database.make.staffWithAccount(role, { username, passphrase: "blue lantern harbour", localAuthorityId });
  return { person, token: await api.tokenFor(username, "blue lantern harbour") };
}

const currentIro = async (youngPersonId: string) =>
  (await database.db.getRepository(IroAllocation).findOneBy({ youngPersonId, endsAt: IsNull() }))?.iroPersonId;

describe("allocating IROs", () => {
  it("moves brothers and sisters in care together, and keeps who was the IRO before", async () => {
    const manager = await signedIn(Role.IRO_MANAGER);
    const { person: firstIro } = await database.make.iroWithAccount();
    const { person: nextIro } = await database.make.iroWithAccount();
    const [older, younger, youngest] = await Promise.all([1, 2, 3].map(() => database.make.youngPerson()));
    await database.make.link({ youngPersonId: older!.id, personId: younger!.id, relationship: Relationship.SIBLING });
    await database.make.link({ youngPersonId: youngest!.id, personId: younger!.id, relationship: Relationship.SIBLING });
    await database.make.allocation({ youngPersonId: older!.id, iroPersonId: firstIro.id });

    const { body } = await api.graphql(ALLOCATE, { token: manager.token, variables: { input: { youngPersonId: older!.id, iroPersonId: nextIro.id, reason: "Caseload change" } } });

    expect(body.data?.allocateIro).toHaveLength(3);
    for (const child of [older!, younger!, youngest!]) expect(await currentIro(child.id)).toBe(nextIro.id);
    const history = await database.db.getRepository(IroAllocation).find({ where: { youngPersonId: older!.id }, order: { startsAt: "ASC" } });
    expect(history.map((allocation) => [allocation.iroPersonId, allocation.endsAt === null])).toEqual([
      [firstIro.id, false],
      [nextIro.id, true],
    ]);
  });

  it("refuses the same IRO for a young parent and their child who are both in care", async () => {
    const manager = await signedIn(Role.IRO_MANAGER);
    const { person: iro } = await database.make.iroWithAccount();
    const parent = await database.make.youngPerson({ firstName: "Tia" });
    const baby = await database.make.youngPerson({ firstName: "Leo" });
    await database.make.link({ youngPersonId: baby.id, personId: parent.id, relationship: Relationship.MOTHER });
    await database.make.allocation({ youngPersonId: parent.id, iroPersonId: iro.id });

    const { body } = await api.graphql(ALLOCATE, { token: manager.token, variables: { input: { youngPersonId: baby.id, iroPersonId: iro.id, reason: "New" } } });

    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "iroPersonId" }] });
    expect(await currentIro(baby.id)).toBeUndefined();
  });

  it("refuses someone who is not an IRO", async () => {
    const manager = await signedIn(Role.IRO_MANAGER);
    const { person: socialWorker } = await database.make.staffWithAccount(Role.SOCIAL_WORKER);
    const child = await database.make.youngPerson();
    const { body } = await api.graphql(ALLOCATE, { token: manager.token, variables: { input: { youngPersonId: child.id, iroPersonId: socialWorker.id, reason: "New" } } });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it.each([Role.IRO, Role.ADMINISTRATOR, Role.YOUNG_PERSON])("is refused to the role %s", async (role) => {
    const caller = await signedIn(role);
    const { person: iro } = await database.make.iroWithAccount();
    const child = await database.make.youngPerson();
    await database.make.allocation({ youngPersonId: child.id, iroPersonId: caller.person.id });
    const { body } = await api.graphql(ALLOCATE, { token: caller.token, variables: { input: { youngPersonId: child.id, iroPersonId: iro.id, reason: "Take over" } } });
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
