import { isLive, warningPlan } from "./warning-plan";

const READ_AT = Date.parse("2026-03-12T10:00:00Z");
const at = (minutes: number) => new Date(READ_AT + minutes * 60_000).toISOString();
const minutes = (time: number) => (time - READ_AT) / 60_000;

describe("when the timeout warning comes", () => {
  it("comes two minutes before an idle end, and staying signed in would put the end off", () => {
    const plan = warningPlan({ ends: { idleEndsAt: at(30), expiresAt: at(600) }, answeredAt: at(0) }, READ_AT);
    expect({ warnAt: minutes(plan.warnAt), endsAt: minutes(plan.endsAt), canStay: plan.canStay }).toEqual({ warnAt: 28, endsAt: 30, canStay: true });
  });

  it("never comes before half the idle time has passed", () => {
    const plan = warningPlan({ ends: { idleEndsAt: at(3), expiresAt: at(600) }, answeredAt: at(0) }, READ_AT);
    expect(minutes(plan.warnAt)).toBe(1.5);
  });

  it("comes before the fixed end when that is sooner, and staying would not put it off", () => {
    const plan = warningPlan({ ends: { idleEndsAt: at(30), expiresAt: at(10) }, answeredAt: at(0) }, READ_AT);
    expect({ warnAt: minutes(plan.warnAt), endsAt: minutes(plan.endsAt), canStay: plan.canStay }).toEqual({ warnAt: 8, endsAt: 10, canStay: false });
  });

  it("is timed by the browser's clock when the server's is minutes out, erring on the early side", () => {
    // The server's clock is 5 minutes ahead, and the answer took 2 seconds to come back.
    const plan = warningPlan({ ends: { idleEndsAt: at(35), expiresAt: at(600) }, answeredAt: at(5 + 2 / 60) }, READ_AT);
    expect(minutes(plan.endsAt)).toBeCloseTo(30 - 2 / 60);
  });

  it("has nothing to warn about once the session has ended elsewhere", () => {
    expect(isLive({ ends: null, answeredAt: at(0) })).toBe(false);
    expect(isLive({ ends: { idleEndsAt: at(30), expiresAt: at(600) }, answeredAt: at(0) })).toBe(true);
  });
});
