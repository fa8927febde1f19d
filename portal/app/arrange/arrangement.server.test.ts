import { ApiError, type ApiClient } from "~/graphql/api.server";
import { arrangeReview } from "./arrangement.server";

type Call = { query: string; variables: unknown };
const NOW = new Date("2026-01-10T12:00:00Z");

/** Stands in for the API, answering each call with `answer` (or throwing it), recording what the portal sent. */
function apiAnswering(answer: unknown): { api: ApiClient; calls: Call[] } {
  const calls: Call[] = [];
  const api = (async (document: { toString(): string }, variables: unknown) => {
    calls.push({ query: document.toString(), variables });
    if (answer instanceof Error) throw answer;
    return answer;
  }) as unknown as ApiClient;
  return { api, calls };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const START = { day: "29", month: "3", year: "2026", time: "10:00" };

describe("changing a review from the arranging page", () => {
  it("plans one for the young person, its start sent as the instant London's clocks show it", async () => {
    const { api, calls } = apiAnswering({ scheduleReview: { id: "r1" } });
    const outcome = await arrangeReview("schedule", form({ ...START, format: "IN_PERSON", venue: "Oak Lodge" }), "yp1", {}, { api, now: NOW });
    expect(outcome).toEqual({ done: "schedule" });
    expect(calls[0]?.query).toContain("scheduleReview");
    expect(calls[0]?.variables).toEqual({ input: { youngPersonId: "yp1", scheduledFor: "2026-03-29T09:00:00.000Z", format: "IN_PERSON", venue: "Oak Lodge" } });
  });

  it("moves the review the form names, with the reason", async () => {
    const { api, calls } = apiAnswering({ rescheduleReview: { id: "r1" } });
    const outcome = await arrangeReview("reschedule", form({ ...START, reviewId: "r1", reason: "The carer is ill." }), "yp1", {}, { api, now: NOW });
    expect(outcome).toEqual({ done: "reschedule" });
    expect(calls[0]?.query).toContain("rescheduleReview");
    expect(calls[0]?.variables).toEqual({ input: { reviewId: "r1", scheduledFor: "2026-03-29T09:00:00.000Z", reason: "The carer is ill." } });
  });

  it("changes how and where it meets, with the reason, and puts the API's 'unchanged' against the format", async () => {
    const { api, calls } = apiAnswering({ rearrangeReview: { id: "r1" } });
    const changed = await arrangeReview("rearrange", form({ reviewId: "r1", format: "ONLINE", venue: "", reason: "Sam asked to join from home." }), "yp1", {}, { api, now: NOW });
    expect(changed).toEqual({ done: "rearrange" });
    expect(calls[0]?.variables).toEqual({ input: { reviewId: "r1", format: "ONLINE", venue: null, reason: "Sam asked to join from home." } });

    const unchanged = new ApiError("BAD_USER_INPUT", "Bad input", [{ field: "format", code: "UNCHANGED", message: "The same as it already is." }]);
    const refused = await arrangeReview("rearrange", form({ reviewId: "r1", format: "ONLINE", reason: "Again" }), "yp1", {}, { api: apiAnswering(unchanged).api, now: NOW });
    expect(refused).toMatchObject({
      errors: [{ field: "rearrange-format", message: "The review already meets like this. Change how or where it meets", boxes: ["rearrange-format"] }],
    });
  });

  it("records it as held, adjourns it or cancels it", async () => {
    for (const [intent, mutation, input] of [
      ["held", "recordReviewHeld", { reviewId: "r1" }],
      ["adjourn", "adjournReview", { reviewId: "r1", reason: "The fire alarm went off." }],
      ["cancel", "cancelReview", { reviewId: "r1", reason: "They have moved away." }],
    ] as const) {
      const { api, calls } = apiAnswering({ [mutation]: { id: "r1" } });
      await expect(arrangeReview(intent, form({ reviewId: "r1", reason: "reason" in input ? input.reason : "" }), "yp1", {}, { api, now: NOW })).resolves.toEqual({ done: intent });
      expect(calls[0]?.query).toContain(`${mutation}(`);
      expect(calls[0]?.variables).toEqual({ input });
    }
  });

  it("asks the API nothing when the form is not right, and gives back what was typed", async () => {
    const { api, calls } = apiAnswering({});
    const outcome = await arrangeReview("reschedule", form({ ...START, time: "01:30", reviewId: "r1", reason: "" }), "yp1", {}, { api, now: NOW });
    expect(calls).toEqual([]);
    expect(outcome).toEqual({
      intent: "reschedule",
      values: { ...START, time: "01:30", format: "", venue: "", reason: "" },
      errors: [
        {
          field: "reschedule-time",
          message: "There is no 1:30am on Sunday 29 March 2026 in the UK: the clocks go forward an hour that night. Choose another time",
          boxes: ["reschedule-time"],
        },
        { field: "reschedule-reason", message: "Say why the review is moving", boxes: ["reschedule-reason"] },
      ],
    });
  });

  it("puts what the API refused, in the page's words, against the boxes it is about, and the rest by the form's button", async () => {
    const refusal = new ApiError("BAD_USER_INPUT", "Two things.", [
      { field: "scheduledFor", code: "IN_THE_PAST", message: "Choose a time that has not passed yet." },
      { field: "youngPersonId", code: "ALREADY_PLANNED", message: "The API's words." },
    ]);
    const { api } = apiAnswering(refusal);
    const outcome = await arrangeReview("schedule", form({ ...START, format: "ONLINE" }), "yp1", {}, { api, now: NOW });
    expect(outcome).toMatchObject({
      intent: "schedule",
      errors: [
        { field: "schedule-day", message: "The date and time of the review must be in the future", boxes: ["schedule-day", "schedule-month", "schedule-year"] },
        { field: "schedule-submit", message: "This young person already has a review planned. Reschedule or cancel that one first.", boxes: ["schedule-submit"] },
      ],
    });
  });

  it("says by the button that a review no longer planned cannot change", async () => {
    const { api } = apiAnswering(new ApiError("BAD_USER_INPUT", "Cancelled.", [{ field: "reviewId", code: "NOT_COMING_UP", message: "This review was cancelled." }]));
    const outcome = await arrangeReview("held", form({ reviewId: "r1" }), "yp1", {}, { api, now: NOW });
    expect(outcome).toMatchObject({ errors: [{ field: "held-submit", message: "This review has already been held, adjourned or cancelled, so it cannot change. Plan a new one instead." }] });
  });

  it("lets any other failure reach the error page", async () => {
    const { api } = apiAnswering(new ApiError("NOT_FOUND", "We could not find that."));
    await expect(arrangeReview("cancel", form({ reviewId: "r1", reason: "Moved away." }), "yp1", {}, { api, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
