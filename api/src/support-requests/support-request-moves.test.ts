import { allowedMoves, applyMove, RefusedMove, type Move, type Mover } from "./support-request-moves";
import { SupportClosedReason, SupportStatus } from "./support-request-options";

const { ASKED, WITH_COORDINATOR, REFERRED, ALLOCATED, CLOSED } = SupportStatus;
const ALL = Object.values(SupportStatus);
const ALLOWED: [SupportStatus, SupportStatus][] = [
  [ASKED, WITH_COORDINATOR],
  [ASKED, CLOSED],
  [WITH_COORDINATOR, REFERRED],
  [WITH_COORDINATOR, CLOSED],
  [REFERRED, ALLOCATED],
  [REFERRED, WITH_COORDINATOR],
  [REFERRED, CLOSED],
  [ALLOCATED, CLOSED],
];
const isAllowed = (from: SupportStatus, to: SupportStatus) => ALLOWED.some(([one, other]) => one === from && other === to);
const REFUSED = ALL.flatMap((from) => ALL.filter((to) => !isAllowed(from, to)).map((to): [SupportStatus, SupportStatus] => [from, to]));

/** A coordinator's move to `to`, closing for a reason the coordinator may give. */
const byCoordinator = (to: SupportStatus): Move => ({ to, closedReason: to === CLOSED ? SupportClosedReason.NO_LONGER_NEEDED : null });

function refusal(from: SupportStatus, move: Move, mover: Mover): Pick<RefusedMove, "field" | "code" | "message"> | null {
  try {
    applyMove(from, move, mover);
    return null;
  } catch (error) {
    if (!(error instanceof RefusedMove)) throw error;
    return { field: error.field, code: error.code, message: error.message };
  }
}

describe("the support request's moves", () => {
  it.each(ALLOWED)("lets the coordinator move a request from %s to %s", (from, to) => {
    const outcome = applyMove(from, byCoordinator(to), "coordinator");
    expect(outcome).toEqual({
      status: to,
      closedReason: to === CLOSED ? SupportClosedReason.NO_LONGER_NEEDED : null,
      allocated: to === ALLOCATED,
      closed: to === CLOSED,
    });
    expect(allowedMoves(from)).toContain(to);
  });

  it.each(REFUSED)("refuses to move a request from %s to %s, saying which moves there are", (from, to) => {
    const refused = refusal(from, byCoordinator(to), "coordinator");
    expect(refused).toMatchObject({ field: "to", code: "NOT_AN_ALLOWED_MOVE" });
    expect(allowedMoves(from)).not.toContain(to);
    if (from === CLOSED) expect(refused?.message).toBe("This request is closed, so it cannot move on. Ask for someone again instead.");
  });

  it("says where a request may go instead when a move is refused", () => {
    expect(refusal(WITH_COORDINATOR, byCoordinator(ALLOCATED), "coordinator")?.message).toBe(
      "A request with the coordinator can be moved to referred to the provider or closed, not to allocated or matched.",
    );
  });

  it("closes only with a reason, and takes a reason only when closing", () => {
    expect(refusal(ASKED, { to: CLOSED }, "coordinator")).toMatchObject({ field: "closedReason", code: "REQUIRED" });
    expect(refusal(ASKED, { to: WITH_COORDINATOR, closedReason: SupportClosedReason.SUPPORT_ENDED }, "coordinator")).toMatchObject({
      field: "closedReason",
      code: "NOT_ON_THE_LIST",
    });
  });

  it("leaves withdrawing to the young person, and lets them do nothing else", () => {
    expect(refusal(ASKED, { to: CLOSED, closedReason: SupportClosedReason.WITHDRAWN }, "coordinator")).toMatchObject({
      field: "closedReason",
      code: "NOT_ON_THE_LIST",
    });
    for (const from of [ASKED, WITH_COORDINATOR, REFERRED, ALLOCATED]) {
      expect(applyMove(from, { to: CLOSED, closedReason: SupportClosedReason.WITHDRAWN }, "young-person")).toMatchObject({
        status: CLOSED,
        closedReason: SupportClosedReason.WITHDRAWN,
      });
      expect(refusal(from, { to: CLOSED, closedReason: SupportClosedReason.NO_LONGER_NEEDED }, "young-person")).toMatchObject({ code: "NOT_AN_ALLOWED_MOVE" });
    }
    expect(refusal(ASKED, byCoordinator(WITH_COORDINATOR), "young-person")).toMatchObject({ code: "NOT_AN_ALLOWED_MOVE" });
    expect(refusal(CLOSED, { to: CLOSED, closedReason: SupportClosedReason.WITHDRAWN }, "young-person")).toMatchObject({ code: "NOT_AN_ALLOWED_MOVE" });
  });
});
