import { Role } from "../kernel/access/role";
import { Relationship } from "../people/relationship";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";
import { ReviewChange } from "./review-change.entity";
import { ReviewFormat } from "./review-format";
import { ReviewStatus } from "./review-status";
import { Review } from "./review.entity";

const database = useTestDatabase();
const api = useTestApi(database);

const PASSPHRASE = "amber kite meadow";
const DAY_MS = 86_400_000;
const REVIEW = "id status scheduledFor format venue heldOnTime history { kind startBefore startAfter reason changedBy { firstName } }";

type Operation = "scheduleReview" | "rescheduleReview" | "rearrangeReview" | "recordReviewHeld" | "adjournReview" | "cancelReview";
type ReviewAnswer = {
  id: string;
  status: string;
  scheduledFor: string;
  format: string;
  venue: string | null;
  heldOnTime: boolean | null;
  history: { kind: string; startBefore: string | null; startAfter: string | null; reason: string | null; changedBy: { firstName: string } | null }[];
};
type ErrorAnswer = { message: string; extensions?: Record<string, unknown> };

let callers = 0;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS);

async function signedIn(role: Role, firstName = "Morgan") {
  const username = `arranger.${++callers}`;
  const { person } = await database.make.staffWithAccount(role, { username, passphrase: PASSPHRASE, firstName });
  return { person, token: await api.tokenFor(username, PASSPHRASE) };
}

/** An IRO, signed in, with a young person allocated to them. */
async function iroWithYoungPerson() {
  const iro = await signedIn(Role.IRO, "Grace");
  const youngPerson = await database.make.youngPerson();
  await database.make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.person.id });
  return { ...iro, youngPerson };
}

async function arrange(operation: Operation, input: Record<string, unknown>, token: string): Promise<{ review?: ReviewAnswer; error?: ErrorAnswer }> {
  const inputType = `${operation[0]!.toUpperCase()}${operation.slice(1)}Input`;
  const { body } = await api.graphql(`mutation ($input: ${inputType}!) { ${operation}(input: $input) { ${REVIEW} } }`, { token, variables: { input } });
  return { review: body.data?.[operation] as ReviewAnswer | undefined, error: body.errors?.[0] };
}

const reviewRow = (id: string) => database.db.getRepository(Review).findOneByOrFail({ id });
const historyOf = (reviewId: string) => database.db.getRepository(ReviewChange).find({ where: { reviewId }, order: { occurredAt: "ASC" } });

describe("arranging a review", () => {
  it("schedules a young person's next review, with its format and venue, and shows it as their next", async () => {
    const iro = await iroWithYoungPerson();
    const startsAt = daysFromNow(20);

    const { review, error } = await arrange(
      "scheduleReview",
      { youngPersonId: iro.youngPerson.id, scheduledFor: startsAt.toISOString(), format: "MIXED", venue: "  Oak Lodge, the family room " },
      iro.token,
    );

    expect(error).toBeUndefined();
    expect(review).toMatchObject({ status: "PLANNED", scheduledFor: startsAt.toISOString(), format: "MIXED", venue: "Oak Lodge, the family room", heldOnTime: null });
    expect(review?.history).toEqual([{ kind: "SCHEDULED", startBefore: null, startAfter: startsAt.toISOString(), reason: null, changedBy: { firstName: "Grace" } }]);
    const { body } = await api.graphql("query ($id: ID!) { youngPerson(id: $id) { nextReview { id } } }", { token: iro.token, variables: { id: iro.youngPerson.id } });
    expect(body.data?.youngPerson).toEqual({ nextReview: { id: review?.id } });
    const audit = await database.db.query("SELECT action, entity FROM audit_event WHERE young_person_id = $1", [iro.youngPerson.id]);
    expect(audit).toEqual(expect.arrayContaining([{ action: "create", entity: "review" }, { action: "update", entity: "review" }]));
  });

  it("moves a planned review and keeps when it was before, and why it moved", async () => {
    const iro = await iroWithYoungPerson();
    const first = daysFromNow(20);
    const moved = daysFromNow(27);
    const { review: scheduled } = await arrange("scheduleReview", { youngPersonId: iro.youngPerson.id, scheduledFor: first.toISOString(), format: "IN_PERSON" }, iro.token);

    const { review } = await arrange("rescheduleReview", { reviewId: scheduled?.id, scheduledFor: moved.toISOString(), reason: "Jordan has a school trip" }, iro.token);

    expect(review).toMatchObject({ status: "PLANNED", scheduledFor: moved.toISOString(), venue: null });
    expect(review?.history.map(({ kind, startBefore, startAfter, reason }) => ({ kind, startBefore, startAfter, reason }))).toEqual([
      { kind: "SCHEDULED", startBefore: null, startAfter: first.toISOString(), reason: null },
      { kind: "RESCHEDULED", startBefore: first.toISOString(), startAfter: moved.toISOString(), reason: "Jordan has a school trip" },
    ]);
  });

  it("keeps a review that has started as the planned one, so that it can be recorded as held, though it is no longer next", async () => {
    const iro = await iroWithYoungPerson();
    const started = await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: new Date(Date.now() - 3_600_000) });
    const { body } = await api.graphql("query ($id: ID!) { youngPerson(id: $id) { plannedReview { id } nextReview { id } } }", {
      token: iro.token,
      variables: { id: iro.youngPerson.id },
    });
    expect(body.data?.youngPerson).toEqual({ plannedReview: { id: started.id }, nextReview: null });

    await arrange("recordReviewHeld", { reviewId: started.id }, iro.token);
    const after = await api.graphql("query ($id: ID!) { youngPerson(id: $id) { plannedReview { id } } }", { token: iro.token, variables: { id: iro.youngPerson.id } });
    expect(after.body.data?.youngPerson).toEqual({ plannedReview: null });
  });

  it("records a review held by its due date as held on time", async () => {
    const iro = await iroWithYoungPerson();
    // Looked after from Monday 6 January 2025: the first review was due within 20 working days, by 3 February.
    await database.make.carePeriod({ youngPersonId: iro.youngPerson.id, startsOn: "2025-01-06" });
    const planned = await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: new Date("2025-01-20T16:00:00Z") });

    const { review } = await arrange("recordReviewHeld", { reviewId: planned.id }, iro.token);

    expect(review).toMatchObject({ status: "HELD", heldOnTime: true, scheduledFor: "2025-01-20T16:00:00.000Z" });
    expect(review?.history.map((change) => change.kind)).toEqual(["HELD"]);
  });

  it("records a review held after its due date as late", async () => {
    const iro = await iroWithYoungPerson();
    await database.make.carePeriod({ youngPersonId: iro.youngPerson.id, startsOn: "2025-01-06" });
    await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: new Date("2025-01-20T16:00:00Z"), status: ReviewStatus.HELD, heldOnTime: true });
    // The second review was due within three months of the first: by 20 April 2025.
    const planned = await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: new Date("2025-04-22T09:00:00Z") });

    const { review } = await arrange("recordReviewHeld", { reviewId: planned.id }, iro.token);

    expect(review).toMatchObject({ status: "HELD", heldOnTime: false });
  });

  it("records a review held outside any period of care as neither on time nor late", async () => {
    const iro = await iroWithYoungPerson();
    const planned = await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(-0.1) });

    const { review } = await arrange("recordReviewHeld", { reviewId: planned.id }, iro.token);

    expect(review).toMatchObject({ status: "HELD", heldOnTime: null });
  });

  it("adjourns a review with the reason, leaving the young person free for another to be scheduled", async () => {
    const iro = await iroWithYoungPerson();
    const planned = await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(-0.1) });

    const { review } = await arrange("adjournReview", { reviewId: planned.id, reason: "The interpreter could not come" }, iro.token);
    const { review: next } = await arrange("scheduleReview", { youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(7).toISOString(), format: "IN_PERSON" }, iro.token);

    expect(review).toMatchObject({ status: "ADJOURNED", heldOnTime: null });
    expect(review?.history).toEqual([expect.objectContaining({ kind: "ADJOURNED", reason: "The interpreter could not come" })]);
    expect(next?.status).toBe("PLANNED");
  });

  it("cancels a review with the reason, so it is no longer the young person's next", async () => {
    const iro = await iroWithYoungPerson();
    const planned = await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(5) });

    const { review } = await arrange("cancelReview", { reviewId: planned.id, reason: "Placement moved; a new date to follow" }, iro.token);

    expect(review).toMatchObject({ status: "CANCELLED" });
    expect(review?.history).toEqual([expect.objectContaining({ kind: "CANCELLED", reason: "Placement moved; a new date to follow" })]);
    const { body } = await api.graphql("query ($id: ID!) { youngPerson(id: $id) { nextReview { id } } }", { token: iro.token, variables: { id: iro.youngPerson.id } });
    expect(body.data?.youngPerson).toEqual({ nextReview: null });
  });

  it("changes how and where a planned review meets, keeping what it was before and why it changed", async () => {
    const iro = await iroWithYoungPerson();
    const planned = await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(5), format: ReviewFormat.IN_PERSON, venue: "Civic Centre" });

    const { review, error } = await arrange("rearrangeReview", { reviewId: planned.id, format: "SERIES_OF_MEETINGS", venue: "  Oak Lodge ", reason: "Sam asked for short meetings at home" }, iro.token);

    expect(error).toBeUndefined();
    expect(review).toMatchObject({ status: "PLANNED", format: "SERIES_OF_MEETINGS", venue: "Oak Lodge", scheduledFor: planned.scheduledFor.toISOString() });
    expect(review?.history).toEqual([expect.objectContaining({ kind: "REARRANGED", reason: "Sam asked for short meetings at home", changedBy: { firstName: "Grace" } })]);
    expect(await historyOf(planned.id)).toEqual([
      expect.objectContaining({ formatBefore: ReviewFormat.IN_PERSON, formatAfter: ReviewFormat.SERIES_OF_MEETINGS, venueBefore: "Civic Centre", venueAfter: "Oak Lodge" }),
    ]);
    expect(await reviewRow(planned.id)).toMatchObject({ format: ReviewFormat.SERIES_OF_MEETINGS, venue: "Oak Lodge" });
    const audit = await database.db.query("SELECT action, entity FROM audit_event WHERE young_person_id = $1", [iro.youngPerson.id]);
    expect(audit).toEqual(expect.arrayContaining([{ action: "update", entity: "review" }]));
  });

  it("lets an IRO manager arrange the review of a young person allocated to someone else", async () => {
    const { youngPerson } = await iroWithYoungPerson();
    const manager = await signedIn(Role.IRO_MANAGER, "Tunde");
    const planned = await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: daysFromNow(5) });

    const { review } = await arrange("rescheduleReview", { reviewId: planned.id, scheduledFor: daysFromNow(9).toISOString(), reason: "The IRO is off sick" }, manager.token);

    expect(review?.history).toEqual([expect.objectContaining({ kind: "RESCHEDULED", changedBy: { firstName: "Tunde" } })]);
  });

  it("shows the young person their review's history", async () => {
    const iro = await iroWithYoungPerson();
    const { youngPerson, account } = await database.make.youngPersonWithAccount({ username: "history.reader", passphrase: PASSPHRASE });
    await database.make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.person.id });
    await arrange("scheduleReview", { youngPersonId: youngPerson.id, scheduledFor: daysFromNow(10).toISOString(), format: "ONLINE" }, iro.token);

    const token = await api.tokenFor(account.username, PASSPHRASE);
    const { body } = await api.graphql("query ($id: ID!) { youngPerson(id: $id) { nextReview { format history { kind changedBy { firstName } } } } }", {
      token,
      variables: { id: youngPerson.id },
    });

    expect(body.data?.youngPerson).toEqual({ nextReview: { format: "ONLINE", history: [{ kind: "SCHEDULED", changedBy: { firstName: "Grace" } }] } });
  });
});

describe("arranging a review is refused", () => {
  it("to an IRO for a young person allocated to another IRO, as if the review did not exist", async () => {
    const { youngPerson } = await iroWithYoungPerson();
    const otherIro = await signedIn(Role.IRO);
    const planned = await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: daysFromNow(5) });

    const scheduled = await arrange("scheduleReview", { youngPersonId: youngPerson.id, scheduledFor: daysFromNow(8).toISOString(), format: "ONLINE" }, otherIro.token);
    const cancelled = await arrange("cancelReview", { reviewId: planned.id, reason: "Not mine to cancel" }, otherIro.token);

    expect(scheduled.error?.extensions?.code).toBe("NOT_FOUND");
    expect(cancelled.error?.extensions?.code).toBe("NOT_FOUND");
    expect((await reviewRow(planned.id)).status).toBe(ReviewStatus.PLANNED);
    expect(await historyOf(planned.id)).toEqual([]);
  });

  it("to a young person, even for their own review", async () => {
    const { youngPerson, account } = await database.make.youngPersonWithAccount({ username: "not.an.arranger", passphrase: PASSPHRASE });
    const planned = await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: daysFromNow(5) });
    const token = await api.tokenFor(account.username, PASSPHRASE);

    const { error } = await arrange("rescheduleReview", { reviewId: planned.id, scheduledFor: daysFromNow(30).toISOString(), reason: "I have football" }, token);

    expect(error?.extensions?.code).toBe("NOT_FOUND");
    expect((await reviewRow(planned.id)).scheduledFor).toEqual(planned.scheduledFor);
  });

  it("to the young person's social worker, who may see the review but not arrange it", async () => {
    const { youngPerson } = await iroWithYoungPerson();
    const socialWorker = await signedIn(Role.SOCIAL_WORKER);
    await database.make.link({ youngPersonId: youngPerson.id, personId: socialWorker.person.id, relationship: Relationship.SOCIAL_WORKER });
    const planned = await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: daysFromNow(5) });
    const { body } = await api.graphql("query ($id: ID!) { youngPerson(id: $id) { nextReview { id } } }", { token: socialWorker.token, variables: { id: youngPerson.id } });

    const { error } = await arrange("adjournReview", { reviewId: planned.id, reason: "Not mine to adjourn" }, socialWorker.token);

    expect(body.data?.youngPerson).toEqual({ nextReview: { id: planned.id } });
    expect(error?.extensions?.code).toBe("NOT_FOUND");
    expect((await reviewRow(planned.id)).status).toBe(ReviewStatus.PLANNED);
  });

  it.each([
    ["rescheduleReview", { scheduledFor: daysFromNow(10).toISOString(), reason: "Clash" }],
    ["rearrangeReview", { format: "ONLINE", reason: "Clash" }],
    ["recordReviewHeld", {}],
    ["adjournReview", { reason: "Ran out of time" }],
    ["cancelReview", { reason: "No longer needed" }],
  ] as const)("by %s for a review already held", async (operation, rest) => {
    const iro = await iroWithYoungPerson();
    const held = await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(-3), status: ReviewStatus.HELD });

    const { error } = await arrange(operation, { reviewId: held.id, ...rest }, iro.token);

    expect(error).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "reviewId", code: "NOT_COMING_UP", message: "This review has already been held." }] } });
    expect(await historyOf(held.id)).toEqual([]);
  });

  it("to change how and where a review meets to what it already is", async () => {
    const iro = await iroWithYoungPerson();
    const planned = await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(5), format: ReviewFormat.ONLINE, venue: null });

    const { error } = await arrange("rearrangeReview", { reviewId: planned.id, format: "ONLINE", venue: "  ", reason: "No change" }, iro.token);

    expect(error).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "format", code: "UNCHANGED" }] } });
    expect(await historyOf(planned.id)).toEqual([]);
  });

  it.each([
    ["another IRO", Role.IRO],
    ["a social worker", Role.SOCIAL_WORKER],
  ])("to %s changing how and where a review meets, as if it did not exist", async (_who, role) => {
    const { youngPerson } = await iroWithYoungPerson();
    const other = await signedIn(role);
    const planned = await database.make.review({ youngPersonId: youngPerson.id, scheduledFor: daysFromNow(5), format: ReviewFormat.IN_PERSON });

    const { error } = await arrange("rearrangeReview", { reviewId: planned.id, format: "ONLINE", reason: "Not mine" }, other.token);

    expect(error?.extensions?.code).toBe("NOT_FOUND");
    expect((await reviewRow(planned.id)).format).toBe(ReviewFormat.IN_PERSON);
    expect(await historyOf(planned.id)).toEqual([]);
  });

  it("for a start that has passed, when scheduling or moving a review", async () => {
    const iro = await iroWithYoungPerson();
    const yesterday = daysFromNow(-1).toISOString();
    const scheduled = await arrange("scheduleReview", { youngPersonId: iro.youngPerson.id, scheduledFor: yesterday, format: "IN_PERSON" }, iro.token);
    const planned = await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(5) });
    const moved = await arrange("rescheduleReview", { reviewId: planned.id, scheduledFor: yesterday, reason: "Sooner" }, iro.token);

    for (const { error } of [scheduled, moved]) {
      expect(error).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "scheduledFor", code: "IN_THE_PAST", message: "Choose a time that has not passed yet." }] } });
    }
    expect((await reviewRow(planned.id)).scheduledFor).toEqual(planned.scheduledFor);
  });

  it("for recording a review as held before it has started", async () => {
    const iro = await iroWithYoungPerson();
    const planned = await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(1) });

    const { error } = await arrange("recordReviewHeld", { reviewId: planned.id }, iro.token);

    expect(error).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "reviewId" }] } });
    expect((await reviewRow(planned.id)).status).toBe(ReviewStatus.PLANNED);
  });

  it.each([
    ["rescheduleReview", { scheduledFor: daysFromNow(10).toISOString(), reason: "   " }],
    ["rearrangeReview", { format: "ONLINE", reason: "" }],
    ["adjournReview", { reason: "" }],
    ["cancelReview", { reason: " \n " }],
  ] as const)("by %s without a reason", async (operation, rest) => {
    const iro = await iroWithYoungPerson();
    const planned = await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(-0.1) });

    const { error } = await arrange(operation, { reviewId: planned.id, ...rest }, iro.token);

    expect(error).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "reason", code: "REQUIRED", message: "Give a reason, for the record." }] } });
    expect(await reviewRow(planned.id)).toMatchObject({ status: ReviewStatus.PLANNED, scheduledFor: planned.scheduledFor });
  });

  it("for a second planned review of the same young person", async () => {
    const iro = await iroWithYoungPerson();
    await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(5) });

    const { error } = await arrange("scheduleReview", { youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(40).toISOString(), format: "ONLINE" }, iro.token);

    expect(error).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: [{ field: "youngPersonId", code: "ALREADY_PLANNED" }] } });
    expect(error?.message).toBe("This young person already has a review planned. Reschedule or cancel that one first.");
    expect(await database.db.getRepository(Review).countBy({ youngPersonId: iro.youngPerson.id })).toBe(1);
  });
});

describe("two people arranging the same review at once", () => {
  it("schedules only one of two reviews asked for together", async () => {
    const iro = await iroWithYoungPerson();
    const manager = await signedIn(Role.IRO_MANAGER);
    const input = (days: number) => ({ youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(days).toISOString(), format: "IN_PERSON" });

    const answers = await Promise.all([arrange("scheduleReview", input(10), iro.token), arrange("scheduleReview", input(11), manager.token)]);

    expect(answers.filter((answer) => answer.review)).toHaveLength(1);
    expect(answers.map((answer) => answer.error?.extensions?.code).filter(Boolean)).toEqual(["BAD_USER_INPUT"]);
    expect(await database.db.getRepository(Review).countBy({ youngPersonId: iro.youngPerson.id })).toBe(1);
  });

  it("records a review as held only once", async () => {
    const iro = await iroWithYoungPerson();
    const manager = await signedIn(Role.IRO_MANAGER);
    const planned = await database.make.review({ youngPersonId: iro.youngPerson.id, scheduledFor: daysFromNow(-0.1) });

    const answers = await Promise.all([iro.token, manager.token].map((token) => arrange("recordReviewHeld", { reviewId: planned.id }, token)));

    expect(answers.filter((answer) => answer.review)).toHaveLength(1);
    expect(answers.map((answer) => answer.error?.message).filter(Boolean)).toEqual(["This review has already been held."]);
    expect((await historyOf(planned.id)).map((change) => change.kind)).toEqual(["HELD"]);
  });
});
