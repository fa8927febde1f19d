import { readFile } from "node:fs/promises";
import { buildSchema } from "graphql";
import { Role } from "../kernel/access/role";
import { ChoicesVersion } from "../choices/choice-options";
import { SCHEMA_FILE } from "../graphql/emit-schema";
import { Person } from "../people/person.entity";
import { ReviewStatus } from "../reviews/review-status";
import { Relationship } from "../people/relationship";
import { SessionService } from "../sessions/session.service";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { ViewsAudience } from "../views/views-options";
import { loadAuthorizationMatrix, type Access, type Arrange, type TargetReview } from "../testing/authorization-matrix";

const database = useTestDatabase();
const api = useTestApi(database);
const AUTHORIZATION_MATRIX = loadAuthorizationMatrix();
const REFUSALS = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);
const ROLES = Object.values(Role);
type Target = "own" | "assigned" | "other" | "elsewhere";

async function operationsInSchema(): Promise<string[]> {
  const schema = buildSchema(await readFile(SCHEMA_FILE, "utf8"));
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
}

function expectedAllowed(access: Access, role: Role | "anonymous", target: Target | null): boolean {
  if (access.kind === "public") return true;
  if (role === "anonymous") return false;
  if (access.kind === "signedIn") return true;
  if (access.kind === "roles") return access.roles.includes(role);
  if (target === "elsewhere") return false;
  if (access.any.includes(role)) return true;
  if (target === "assigned") return access.assigned.includes(role);
  if (target === "own") return access.own.includes(role);
  return false;
}

/**
 * A caller of a role with a fresh session, and young people that stand to them as their own record, one assigned
 * to them, someone else's in their authority, and someone's in another authority, each with the planned review the
 * operation needs and a mother in their network who may be invited to it.
 */
async function cell(role: Role, targetReview: TargetReview, arrange?: Arrange) {
  const { make } = database;
  const caller =
    role === Role.YOUNG_PERSON ? await make.youngPersonWithAccount().then(({ account }) => account) : (await make.staffWithAccount(role)).account;
  const assigned = await make.youngPerson();
  if (role === Role.IRO) await make.allocation({ youngPersonId: assigned.id, iroPersonId: caller.personId });
  else await make.link({ youngPersonId: assigned.id, personId: caller.personId, relationship: linkFor(role) });
  const other = await make.youngPerson();
  const elsewhere = await make.youngPerson({ localAuthorityId: (await make.localAuthority()).id });
  const { person: newIro } = await make.iroWithAccount();
  const sessions = new SessionService(database.apiDb, { absoluteMs: 3_600_000, idleMs: 3_600_000 });
  const { token } = await sessions.start(caller.id);
  const targets: Record<Target, string> = { own: caller.personId, assigned: assigned.id, other: other.id, elsewhere: elsewhere.id };
  const hoursAway: Record<TargetReview, number> = { inTenDays: 10 * 24, started: -1, held: -24, none: 0 };
  const scheduledFor = new Date(Date.now() + hoursAway[targetReview] * 3_600_000);
  const reviews = {} as Record<Target, string>;
  const invitees = {} as Record<Target, string>;
  const arranged = {} as Record<Target, Record<string, string>>;
  for (const [target, youngPersonId] of Object.entries(targets) as [Target, string][]) {
    // The caller's own record is a young person's only when the caller is one.
    if (target === "own" && role !== Role.YOUNG_PERSON) continue;
    const { localAuthorityId } = await database.db.getRepository(Person).findOneByOrFail({ id: youngPersonId });
    invitees[target] = (await make.person({ localAuthorityId })).id;
    await make.link({ youngPersonId, personId: invitees[target], relationship: Relationship.MOTHER });
    arranged[target] = arrange ? await arrange(make, { youngPersonId, callerAccountId: caller.id }) : {};
    if (targetReview === "none") continue;
    const review = await make.review({ youngPersonId, scheduledFor, status: targetReview === "held" ? ReviewStatus.HELD : ReviewStatus.PLANNED });
    reviews[target] = review.id;
    if (targetReview === "held") {
      await make.completedRecord(review, { completedByAccountId: caller.id });
      await make.recordDraft(review, { talkedAbout: "Changed since it was shared" });
      const { id: recommendationId } = await make.recommendation(review, { issuedByAccountId: caller.id });
      arranged[target] = { ...arranged[target], recommendationId, recordQuestionId: (await make.recordQuestion(review)).id };
      continue;
    }
    await make.choiceSet(review, { meetIroFirst: true });
    await make.choiceSet(review, { meetIroFirst: true, version: ChoicesVersion.DRAFT });
    await make.viewsDraft(review, { goingWell: "Football on Saturdays", audience: ViewsAudience.IRO_ONLY });
  }
  return { token, targets, reviews, invitees, arranged, newIroPersonId: newIro.id };
}

function linkFor(role: Role): Relationship {
  const byRole: Partial<Record<Role, Relationship>> = {
    [Role.SOCIAL_WORKER]: Relationship.SOCIAL_WORKER,
    [Role.SUPERVISING_SOCIAL_WORKER]: Relationship.SUPERVISING_SOCIAL_WORKER,
    [Role.PARENT]: Relationship.PARENT,
    [Role.CARER]: Relationship.FOSTER_CARER,
  };
  return byRole[role] ?? Relationship.OTHER;
}

/** For someone not signed in nothing is arranged: every id the call asks for is one that names nothing. */
const everyIdUnknown = (unknown: string): Record<string, string> => new Proxy({}, { get: () => unknown });

/** Allowed means answered with no error at all; refused means one of the refusal codes; anything else is a fault. */
async function outcome(query: string, variables: Record<string, unknown> | undefined, token?: string): Promise<boolean | string> {
  const { body } = await api.graphql(query, { variables, token });
  const code = body.errors?.[0]?.extensions?.code;
  if (code === undefined) return true;
  return typeof code === "string" && REFUSALS.has(code) ? false : `failed with ${String(code)}: ${body.errors?.[0]?.message}`;
}

describe("the authorization matrix", () => {
  it("covers every operation in schema/schema.graphql (add new ones to authorization-matrix.ts)", async () => {
    expect((await operationsInSchema()).filter((operation) => !(operation in AUTHORIZATION_MATRIX))).toEqual([]);
  });

  describe.each(Object.entries(AUTHORIZATION_MATRIX))("%s", (_operation, { access, call, targetReview = "inTenDays", arrange }) => {
    it("is allowed or refused to someone not signed in, as the matrix says", async () => {
      const unknown = "00000000-0000-4000-8000-000000000000";
      const { query, variables } = call(unknown, {
        newIroPersonId: unknown,
        reviewId: unknown,
        invitedPersonId: unknown,
        arranged: everyIdUnknown(unknown),
      });
      expect(await outcome(query, variables)).toBe(expectedAllowed(access, "anonymous", null));
    });

    it.each(ROLES)("is allowed or refused to %s on each record, as the matrix says", async (role) => {
      const { token, targets, reviews, invitees, arranged, newIroPersonId } = await cell(role, targetReview, arrange);
      const kinds: Target[] =
        access.kind === "onRecord" ? [...(role === Role.YOUNG_PERSON ? (["own"] as const) : []), "assigned", "other", "elsewhere"] : ["other"];
      const results: Record<string, boolean | string> = {};
      const expected: Record<string, boolean> = {};
      for (const target of kinds) {
        const { query, variables } = call(targets[target], {
          newIroPersonId,
          reviewId: reviews[target],
          invitedPersonId: invitees[target],
          arranged: arranged[target] ?? {},
        });
        results[target] = await outcome(query, variables, token);
        expected[target] = expectedAllowed(access, role, access.kind === "onRecord" ? target : null);
      }
      expect(results).toEqual(expected);
    });
  });
});
