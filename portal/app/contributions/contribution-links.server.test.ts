import { ApiError, type ApiClient } from "~/graphql/api.server";
import { makeLink, showLink } from "./contribution-links.server";

function apiAnswering(answer: unknown): { api: ApiClient; sent: unknown[] } {
  const sent: unknown[] = [];
  const api = (async (_document: unknown, variables: unknown) => {
    sent.push(variables);
    if (answer instanceof Error) throw answer;
    return answer;
  }) as unknown as ApiClient;
  return { api, sent };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("making a single-use link from the portal", () => {
  it("asks for a link for the person whose button was pressed, and gives its address on the portal", async () => {
    const { api, sent } = apiAnswering({
      createContributionLink: { token: "Vq3XbT0m4c2s9QyK1nHd8uLw5eZr7pAi6oJgFkYtBxE", link: { expiresAt: "2026-03-12T16:30:00Z", person: { firstName: "Helen" } } },
    });
    const outcome = await makeLink(form({ reviewId: "r1", personId: "p1" }), "https://my-review.example", {}, api);
    expect(sent).toEqual([{ input: { reviewId: "r1", personId: "p1" } }]);
    expect(outcome).toEqual({
      made: { firstName: "Helen", url: "https://my-review.example/contribute/Vq3XbT0m4c2s9QyK1nHd8uLw5eZr7pAi6oJgFkYtBxE", expiresAt: "2026-03-12T16:30:00Z" },
    });
  });

  it("says what is wrong at that person's button when the API refuses", async () => {
    const { api } = apiAnswering(new ApiError("BAD_USER_INPUT", "Bad input", [{ field: "reviewId", code: "NOT_COMING_UP", message: "Views can be asked for only before a planned review starts." }]));
    await expect(makeLink(form({ reviewId: "r1", personId: "p1" }), "https://my-review.example", {}, api)).resolves.toEqual({
      errors: [{ field: "make-link-p1", message: "Links can be made only before a planned review starts." }],
    });
  });

  it("lets any other failure through, to the error page", async () => {
    const { api } = apiAnswering(new ApiError("FORBIDDEN", "No"));
    await expect(makeLink(form({ reviewId: "r1", personId: "p1" }), "https://my-review.example", {}, api)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("showing an unused single-use link again", () => {
  it("asks for that person's link for the review, and gives its address on the portal", async () => {
    const { api, sent } = apiAnswering({
      contributionLinkToSend: { token: "Vq3XbT0m4c2s9QyK1nHd8uLw5eZr7pAi6oJgFkYtBxE", link: { expiresAt: "2026-03-12T16:30:00Z", person: { firstName: "Helen" } } },
    });
    const outcome = await showLink(form({ reviewId: "r1", personId: "p1" }), "https://my-review.example", {}, api);
    expect(sent).toEqual([{ reviewId: "r1", personId: "p1" }]);
    expect(outcome).toEqual({ made: { firstName: "Helen", url: "https://my-review.example/contribute/Vq3XbT0m4c2s9QyK1nHd8uLw5eZr7pAi6oJgFkYtBxE", expiresAt: "2026-03-12T16:30:00Z" } });
  });

  it("says whose link cannot be shown when the API will not show it", async () => {
    const { api } = apiAnswering({ contributionLinkToSend: null });
    await expect(showLink(form({ reviewId: "r1", personId: "p1" }), "https://my-review.example", {}, api)).resolves.toEqual({ notShown: "p1" });
  });
});
