import { ApiError, type ApiClient } from "~/graphql/api.server";
import { t } from "~/messages/messages";
import { checkCode } from "./activation.server";

/** Stands in for an API that refuses the code as the real one does one longer than any code. */
const refusingApi = (async () => {
  throw new ApiError("BAD_USER_INPUT", "That is too long to be a code.", [{ field: "code", code: "TOO_LONG", message: "That is too long to be a code." }]);
}) as unknown as ApiClient;

const failingApi = (async () => {
  throw new ApiError("INTERNAL_SERVER_ERROR", "Unexpected error.");
}) as unknown as ApiClient;

const form = (code: string) => {
  const data = new FormData();
  data.set("code", code);
  return data;
};

describe("checking an invitation code", () => {
  it("puts a code far longer than any code right on the page, keeping what was typed", async () => {
    const typed = "ABCD-".repeat(60);
    await expect(checkCode(form(typed), {}, refusingApi)).resolves.toEqual({ step: "code", code: typed, errors: [{ field: "code", message: t("activate.error.codeTooLong") }] });
  });

  it("leaves a failure that is not about what was typed to the error page", async () => {
    await expect(checkCode(form("K7MX3-PQ9TD"), {}, failingApi)).rejects.toThrow("Unexpected error.");
  });
});
