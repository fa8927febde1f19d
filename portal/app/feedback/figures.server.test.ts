import type { ApiClient } from "~/graphql/api.server";
import type { Figures, SharedComment } from "./figures";
import { everySharedComment, type FiguresPage } from "./figures.server";

const comment = (text: string): SharedComment => ({ respondent: "PARENT", question: "CHANGE", text, submittedAt: "2026-03-10T11:00:00.000Z" });

/** Stands in for the API, answering each page of comments after the first from `pages` by its cursor. */
function apiWithPages(pages: Record<string, { items: SharedComment[]; nextCursor: string | null }>) {
  const asked: unknown[] = [];
  const api = (async (_document: unknown, variables: { after: string }) => {
    asked.push(variables);
    return { feedbackFigures: { sharedComments: pages[variables.after] } };
  }) as unknown as ApiClient;
  return { api, asked };
}

describe("the shared comments in the manager's CSV", () => {
  it("are every comment in the range, page after page, in order, for the same range and IRO", async () => {
    const figures = { returns: [], ratings: [], iros: [], sharedComments: { items: [comment("first")], nextCursor: "c1" } } satisfies Figures;
    const page: FiguresPage & { range: { from: string; to: string }; figures: Figures } = {
      range: { from: "2026-03-01", to: "2026-03-31" },
      form: { from: { day: "1", month: "3", year: "2026" }, to: { day: "31", month: "3", year: "2026" } },
      iro: "iro-1",
      commentsAfter: "",
      figures,
      errors: [],
    };
    const { api, asked } = apiWithPages({ c1: { items: [comment("second"), comment("third")], nextCursor: "c2" }, c2: { items: [comment("last")], nextCursor: null } });

    const comments = await everySharedComment(page, {}, api);

    expect(comments.map((each) => each.text)).toEqual(["first", "second", "third", "last"]);
    const input = { from: "2026-03-01", to: "2026-03-31", iroPersonId: "iro-1" };
    expect(asked).toEqual([
      { input, after: "c1" },
      { input, after: "c2" },
    ]);
  });
});
