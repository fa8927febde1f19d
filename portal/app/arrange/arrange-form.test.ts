import { intentOf, NO_VALUES, readReason, readRearrange, readReschedule, readSchedule, valuesFrom, type ArrangeValues } from "./arrange-form";

const NOW = new Date("2026-01-10T12:00:00Z");
const typed = (values: Partial<ArrangeValues>): ArrangeValues => ({ ...NO_VALUES, ...values });
const SUMMER_AFTERNOON = { day: "15", month: "7", year: "2026", time: "4:30pm" };

describe("the buttons on the arranging page", () => {
  it("name one of the six changes", () => {
    for (const intent of ["schedule", "reschedule", "rearrange", "held", "adjourn", "cancel"]) expect(intentOf(intent)).toBe(intent);
  });

  it("are refused when they name anything else", () => {
    for (const madeUp of ["delete", "", "Schedule", "cancel "]) expect(intentOf(madeUp)).toBeNull();
    expect(intentOf(null)).toBeNull();
  });
});

describe("what the IRO typed", () => {
  it("is kept as typed, line breaks as the box held them, and missing boxes empty", () => {
    const form = new FormData();
    form.set("day", " 15 ");
    form.set("reason", "The carer is ill.\r\nWe will meet next week.");
    expect(valuesFrom(form)).toEqual(typed({ day: " 15 ", reason: "The carer is ill.\nWe will meet next week." }));
  });
});

describe("planning a review", () => {
  it("sends the London start as an instant, how it meets, and where", () => {
    expect(readSchedule(typed({ ...SUMMER_AFTERNOON, format: "MIXED", venue: "Oak Lodge" }), NOW)).toEqual({
      input: { scheduledFor: "2026-07-15T15:30:00.000Z", format: "MIXED", venue: "Oak Lodge" },
    });
  });

  it("sends no venue when the box is left empty", () => {
    expect(readSchedule(typed({ ...SUMMER_AFTERNOON, format: "ONLINE", venue: "  " }), NOW)).toEqual({
      input: { scheduledFor: "2026-07-15T15:30:00.000Z", format: "ONLINE", venue: null },
    });
  });

  it("says everything that is missing at once, each against its own boxes", () => {
    expect(readSchedule(typed({ format: "VIDEO_GAME" }), NOW)).toEqual({
      errors: [
        { field: "schedule-day", message: "Enter the date of the review", boxes: ["schedule-day", "schedule-month", "schedule-year"] },
        { field: "schedule-time", message: "Enter the start time of the review", boxes: ["schedule-time"] },
        { field: "schedule-format", message: "Choose how the review will meet", boxes: ["schedule-format"] },
      ],
    });
  });
});

describe("moving a review", () => {
  it("sends the new start and the reason, as typed", () => {
    expect(readReschedule(typed({ ...SUMMER_AFTERNOON, reason: " The carer is ill. " }), NOW)).toEqual({
      input: { scheduledFor: "2026-07-15T15:30:00.000Z", reason: " The carer is ill. " },
    });
  });

  it("needs a reason, and says so beside the start's own problems", () => {
    expect(readReschedule(typed({ day: "31", month: "4", year: "2026", time: "10am", reason: " \n " }), NOW)).toEqual({
      errors: [
        { field: "reschedule-day", message: "The date of the review must be a real date", boxes: ["reschedule-day"] },
        { field: "reschedule-reason", message: "Say why the review is moving", boxes: ["reschedule-reason"] },
      ],
    });
  });
});

describe("changing how or where a review meets", () => {
  it("sends the format, the venue (none when the box is empty) and the reason", () => {
    expect(readRearrange(typed({ format: "ONLINE", venue: "  ", reason: "Sam asked to join online." }))).toEqual({
      input: { format: "ONLINE", venue: null, reason: "Sam asked to join online." },
    });
  });

  it("needs a format and a reason, each against its own boxes", () => {
    expect(readRearrange(typed({ format: "BY_POST", venue: "Oak Lodge" }))).toEqual({
      errors: [
        { field: "rearrange-format", message: "Choose how the review will meet", boxes: ["rearrange-format"] },
        { field: "rearrange-reason", message: "Say why how or where the review meets is changing", boxes: ["rearrange-reason"] },
      ],
    });
  });
});

describe("adjourning or cancelling a review", () => {
  it("sends the reason as typed", () => {
    expect(readReason("cancel", typed({ reason: "They have moved to another authority." }))).toEqual({ input: { reason: "They have moved to another authority." } });
  });

  it("needs a reason, asked for in the words of the change", () => {
    expect(readReason("adjourn", typed({ reason: "" }))).toEqual({
      errors: [{ field: "adjourn-reason", message: "Say why the review was adjourned", boxes: ["adjourn-reason"] }],
    });
    expect(readReason("cancel", typed({ reason: "   " }))).toEqual({
      errors: [{ field: "cancel-reason", message: "Say why you are cancelling the review", boxes: ["cancel-reason"] }],
    });
  });
});
