import { readFileSync } from "node:fs";
import path from "node:path";
import { ApiError } from "~/graphql/api.server";
import type { FieldErrorCode } from "~/graphql/generated/schema-enums";
import { refusedInput, wordsFor, type Feature } from "./refused-input.server";

const API_WORDS = "The API's own English";
const FEATURES: Feature[] = ["activate", "choices", "iroReview", "views", "contribute", "contributionLinks", "arrange", "needs"];

/** Every field error code the API may send, as the committed schema lists them. */
function schemaFieldErrorCodes(): FieldErrorCode[] {
  const schema = readFileSync(path.resolve(__dirname, "../../../schema/schema.graphql"), "utf8");
  const body = /enum FieldErrorCode \{([^}]*)\}/.exec(schema)?.[1] ?? "";
  return body.replace(/"""[\s\S]*?"""/g, "").match(/[A-Z_]+/g) as FieldErrorCode[];
}

describe("the page's words for what the API refused", () => {
  it("are a field's own words for its code where the feature has them", () => {
    expect(wordsFor("choices", { field: "notWantedPersonIds", code: "CONFLICTING", message: API_WORDS })).toBe(
      "Someone cannot be on both lists. Check who you want there and who you do not.",
    );
    expect(wordsFor("choices", { field: "notWantedPersonIds", code: "NOT_ON_THE_LIST", message: API_WORDS })).toBe("Choose people from the list");
  });

  it("reach every field under a parent the feature names with .*", () => {
    expect(wordsFor("contribute", { field: "answers.dailyLife", code: "TOO_LONG", message: API_WORDS })).toBe(
      "Your answer is too long. Please keep it to 4,000 characters or fewer.",
    );
  });

  it("are the general words for the code when the field has none of its own", () => {
    expect(wordsFor("contribute", { field: "answers.dailyLife", code: "NOT_ASKED_OF_YOU", message: API_WORDS })).toBe(
      "That question is not asked of you, so its answer cannot be kept",
    );
    expect(wordsFor("needs", { field: "youngPersonId", code: "INVALID_FORMAT", message: API_WORDS })).toBe("This is not in the form we expected. Check it and try again");
  });

  it("never fall back to the API's English for any code the schema has, on any page", () => {
    const codes = schemaFieldErrorCodes();
    expect(codes).toContain("REQUIRED");
    const fallingBack = FEATURES.flatMap((feature) => codes.filter((code) => wordsFor(feature, { field: "anything", code, message: API_WORDS }) === API_WORDS));
    expect(fallingBack).toEqual([]);
  });

  it("fall back to the API's English only for a code newer than this portal", () => {
    const unknown = { field: "reason", code: "A_CODE_FROM_A_NEWER_API" as FieldErrorCode, message: API_WORDS };
    expect(wordsFor("iroReview", unknown)).toBe(API_WORDS);
  });
});

describe("what the API refused, as a page shows it", () => {
  it("leads each error to where the page puts it right", () => {
    const refusal = new ApiError("BAD_USER_INPUT", "Too long.", [{ field: "reason", code: "TOO_LONG", message: API_WORDS }]);
    expect(refusedInput(refusal, "iroReview", () => "reason-PLACE")).toEqual([{ field: "reason-PLACE", message: "Keep the reason to 1000 characters." }]);
  });

  it("names the field's limit where its words do", () => {
    const refusal = new ApiError("BAD_USER_INPUT", "Too long.", [{ field: "othersInvited", code: "TOO_LONG", message: API_WORDS }]);
    expect(refusedInput(refusal, "choices")).toEqual([{ field: "othersInvited", message: "What you wrote about anyone else is too long. Keep it to 1,000 characters or fewer." }]);
  });

  it("takes the page's own words for an error where it has them", () => {
    const refusal = new ApiError("BAD_USER_INPUT", "Both.", [
      { field: "notWantedPersonIds", code: "CONFLICTING", message: API_WORDS },
      { field: "othersInvited", code: "TOO_LONG", message: API_WORDS },
    ]);
    const named = refusedInput(refusal, "choices", undefined, ({ code }) => (code === "CONFLICTING" ? "Helen is on both lists." : undefined));
    expect(named.map((error) => error.message)).toEqual(["Helen is on both lists.", expect.stringContaining("anyone else is too long")]);
  });

  it("is about the request as a whole when the API named no field", () => {
    expect(refusedInput(new ApiError("BAD_USER_INPUT", API_WORDS), "needs")).toEqual([
      { field: "", message: "This is not in the form we expected. Check it and try again" },
    ]);
  });

  it("is nothing to put right when the failure is not the person's: that is thrown on", () => {
    const outage = new ApiError("UNAVAILABLE", "The API could not be reached.");
    expect(() => refusedInput(outage, "views")).toThrow(outage);
  });
});
