import { figuresCsv, figuresFilename, returnRate, type Figures } from "./figures";

const FIGURES: Figures = {
  returns: [
    { respondent: "PARENT", sent: 3, returned: 2 },
    { respondent: "SOCIAL_WORKER", sent: 0, returned: 0 },
  ],
  ratings: [{ question: "LISTENED_TO", rating: "A_LITTLE", count: 4 }],
  sharedComments: { items: [], nextCursor: "a page after" },
  iros: [{ iroPersonId: "i", iroName: "Ann Able", sent: 3, returned: 2 }],
};

describe("the manager's figures", () => {
  it("give a return rate as a whole percentage, and none when nothing was sent", () => {
    expect([returnRate(3, 2), returnRate(3, 3), returnRate(0, 0)]).toEqual([67, 100, null]);
  });

  it("download as CSV with the page's words, every table with its heading row, every comment given, a formula kept as text", () => {
    const comments = [{ respondent: "PARENT", question: "CHANGE", text: '=SUM(A1), "quoted", and more', submittedAt: "2026-03-10T11:00:00.000Z" }] as const;
    const lines = figuresCsv(FIGURES, comments, { from: "2026-03-01", to: "2026-03-31" }).split("\r\n");
    expect(lines).toEqual([
      "Feedback on reviews,2026-03-01,2026-03-31",
      "",
      "Who was asked,Sent,Returned,Return rate",
      "Parent,3,2,67",
      "Social worker,0,0,",
      "",
      "Answers,Answer,How many",
      "Did you feel listened to?,A little,4",
      "",
      "IRO,Sent,Returned,Return rate",
      "Ann Able,3,2,67",
      "",
      "Comments people agreed to share,Who was asked,Answer",
      `What would you change?,Parent,"'=SUM(A1), ""quoted"", and more"`,
      "",
    ]);
  });

  it("download under a name that says their dates", () => {
    expect(figuresFilename({ from: "2026-03-01", to: "2026-03-31" })).toBe("feedback-2026-03-01-to-2026-03-31.csv");
  });
});
