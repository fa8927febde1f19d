import { ApiError, type ApiClient } from "~/graphql/api.server";
import { actOnChoices, intentOf } from "./iro-choices.server";

type Call = { query: string; variables: unknown };

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

describe("the buttons on the IRO's review page", () => {
  it("name a topic and whether the IRO can do it, or the lock", () => {
    expect(intentOf("accept:PLACE")).toEqual({ answer: "PLACE", accepted: true });
    expect(intentOf("reason:MEET_IRO_FIRST")).toEqual({ answer: "MEET_IRO_FIRST", accepted: false });
    expect(intentOf("lock")).toEqual({ locked: true });
    expect(intentOf("unlock")).toEqual({ locked: false });
  });

  it("are refused when they name anything else", () => {
    for (const madeUp of ["accept:ANYTHING", "delete:PLACE", "accept", "", "accept:PLACE:extra"]) expect(intentOf(madeUp)).toBeNull();
    expect(intentOf(null)).toBeNull();
  });
});

describe("answering a choice from the portal", () => {
  it("sends what the IRO typed, unchanged, for the topic the button named", async () => {
    const { api, calls } = apiAnswering({ answerChoice: { id: "r1" } });
    const outcome = await actOnChoices({ answer: "PLACE", accepted: false }, form({ reviewId: "r1", reason: " We cannot meet at home.\n" }), {}, api);
    expect(outcome).toEqual({ saved: { answered: "PLACE" } });
    expect(calls[0]?.query).toContain("answerChoice");
    expect(calls[0]?.variables).toEqual({ input: { reviewId: "r1", topic: "PLACE", accepted: false, reason: " We cannot meet at home.\n" } });
  });

  it("puts what the API refused against that topic's box, in the page's words, keeping what was typed", async () => {
    const refusal = new ApiError("BAD_USER_INPUT", "Say why.", [{ field: "reason", code: "REQUIRED", message: "The API's words." }]);
    const { api } = apiAnswering(refusal);
    const outcome = await actOnChoices({ answer: "CHAIRING", accepted: false }, form({ reviewId: "r1", reason: "   " }), {}, api);
    expect(outcome).toEqual({
      topic: "CHAIRING",
      reason: "   ",
      errors: [{ field: "reason-CHAIRING", message: "Say why, in words the young person will understand." }],
    });
  });

  it("lets any other failure reach the error page", async () => {
    const { api } = apiAnswering(new ApiError("NOT_FOUND", "We could not find that."));
    await expect(actOnChoices({ answer: "PLACE", accepted: true }, form({ reviewId: "r1" }), {}, api)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("locks and unlocks the young person's choices", async () => {
    const { api, calls } = apiAnswering({ lockReviewChoices: { id: "r1" } });
    expect(await actOnChoices({ locked: true }, form({ reviewId: "r1" }), {}, api)).toEqual({ saved: { locked: true } });
    expect(await actOnChoices({ locked: false }, form({ reviewId: "r1" }), {}, api)).toEqual({ saved: { locked: false } });
    expect(calls.map((call) => call.variables)).toEqual([{ input: { reviewId: "r1", locked: true } }, { input: { reviewId: "r1", locked: false } }]);
  });
});
