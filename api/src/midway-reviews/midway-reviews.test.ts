import { Account } from "../accounts/account.entity";
import { Role } from "../kernel/access/role";
import { Relationship } from "../people/relationship";
import { ReviewStatus } from "../reviews/review-status";
import { useTestApi } from "../testing/test-api";
import { useTestDatabase } from "../testing/test-database";

const database = useTestDatabase();
const api = useTestApi(database);
const PASSPHRASE = "four quiet herons";
const RECORD = `mutation ($i: RecordMidwayReviewInput!) { recordMidwayReview(input: $i) { checkedOn concernRaised progress { recommendationId status note } } }`;
const READ = `query ($id: ID!) { heldReview(reviewId: $id) { midwayReviews { checkedOn note concernRaised } } }`;
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());

let serial = 0;

async function world() {
  const { make } = database;
  const n = ++serial;
  const { youngPerson } = await make.youngPersonWithAccount({ username: `mid.yp${n}`, passphrase: PASSPHRASE });
  const { person: iro } = await make.iroWithAccount({ username: `mid.iro${n}`, passphrase: PASSPHRASE });
  await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id });
  const { person: socialWorker } = await make.staffWithAccount(Role.SOCIAL_WORKER, { username: `mid.sw${n}`, passphrase: PASSPHRASE });
  await make.link({ youngPersonId: youngPerson.id, personId: socialWorker.id, relationship: Relationship.SOCIAL_WORKER });
  const review = await make.review({ youngPersonId: youngPerson.id, scheduledFor: new Date(Date.now() - 60 * 86_400_000), status: ReviewStatus.HELD });
  const iroAccount = await database.db.getRepository(Account).findOneByOrFail({ personId: iro.id });
  const recommendation = await make.recommendation(review, { issuedByAccountId: iroAccount.id });
  return {
    review,
    recommendation,
    iro: await api.tokenFor(`mid.iro${n}`, PASSPHRASE),
    socialWorker: await api.tokenFor(`mid.sw${n}`, PASSPHRASE),
    self: await api.tokenFor(`mid.yp${n}`, PASSPHRASE),
  };
}

describe("a midway check between reviews", () => {
  it("records the progress of the review's recommendations and a concern, read by the social worker and not the young person", async () => {
    const w = await world();
    const { body } = await api.graphql(RECORD, {
      token: w.iro,
      variables: { i: { reviewId: w.review.id, checkedOn: today(), note: "Going well", concernRaised: true, progress: [{ recommendationId: w.recommendation.id, status: "IN_PROGRESS", note: "Trial session booked" }] } },
    });
    expect(body.data?.recordMidwayReview).toEqual({
      checkedOn: today(),
      concernRaised: true,
      progress: [{ recommendationId: w.recommendation.id, status: "IN_PROGRESS", note: "Trial session booked" }],
    });
    const read = await api.graphql(READ, { token: w.socialWorker, variables: { id: w.review.id } });
    expect(read.body.data?.heldReview).toEqual({ midwayReviews: [{ checkedOn: today(), note: "Going well", concernRaised: true }] });
    expect((await api.graphql(READ, { token: w.self, variables: { id: w.review.id } })).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses another review's recommendation and a day before the review or after today", async () => {
    const w = await world();
    const other = await world();
    const attempt = (checkedOn: string, recommendationId: string) =>
      api.graphql(RECORD, { token: w.iro, variables: { i: { reviewId: w.review.id, checkedOn, concernRaised: false, progress: [{ recommendationId, status: "DONE" }] } } });
    const fields = async (checkedOn: string, recommendationId: string) => (await attempt(checkedOn, recommendationId)).body.errors?.[0]?.extensions?.fields;
    expect(await fields(today(), other.recommendation.id)).toEqual([expect.objectContaining({ field: "progress", code: "NOT_ON_THE_LIST" })]);
    expect(await fields("2099-01-01", w.recommendation.id)).toEqual([expect.objectContaining({ field: "checkedOn", code: "OUT_OF_RANGE" })]);
  });
});
