import type { FieldErrorCode } from "../kernel/field-error-codes";
import { SupportClosedReason, SupportStatus } from "./support-request-options";

/**
 * The request's state machine, the only place that knows it: where a request may go from where it is, and who may
 * move it. The coordinator moves a request on; the young person may only withdraw it (close it as WITHDRAWN).
 */
const MOVES: Readonly<Record<SupportStatus, readonly SupportStatus[]>> = {
  [SupportStatus.ASKED]: [SupportStatus.WITH_COORDINATOR, SupportStatus.CLOSED],
  [SupportStatus.WITH_COORDINATOR]: [SupportStatus.REFERRED, SupportStatus.CLOSED],
  // The provider may send a referral back (no one suitable yet, details missing).
  [SupportStatus.REFERRED]: [SupportStatus.ALLOCATED, SupportStatus.WITH_COORDINATOR, SupportStatus.CLOSED],
  [SupportStatus.ALLOCATED]: [SupportStatus.CLOSED],
  [SupportStatus.CLOSED]: [],
};

export type Mover = "coordinator" | "young-person";

export type Move = Readonly<{ to: SupportStatus; closedReason?: SupportClosedReason | null }>;

/** What a move changes on the request. */
export type MoveOutcome = Readonly<{ status: SupportStatus; closedReason: SupportClosedReason | null; allocated: boolean; closed: boolean }>;

const STATUS_WORDS: Readonly<Record<SupportStatus, string>> = {
  ASKED: "asked for",
  WITH_COORDINATOR: "with the coordinator",
  REFERRED: "referred to the provider",
  ALLOCATED: "allocated or matched",
  CLOSED: "closed",
};

type RefusalCode = Extract<FieldErrorCode, "NOT_AN_ALLOWED_MOVE" | "REQUIRED" | "NOT_ON_THE_LIST">;

/** A move the machine refuses, saying why: its code and field are those of the BAD_USER_INPUT it becomes. */
export class RefusedMove extends Error {
  constructor(
    readonly field: "to" | "closedReason",
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = "RefusedMove";
  }
}

/** Where a request in `status` may go next, for the coordinator's form. */
export function allowedMoves(status: SupportStatus): readonly SupportStatus[] {
  return MOVES[status];
}

/** The outcome of moving a request in `from` as `move` says, by `mover`; a RefusedMove if the machine does not allow it. */
export function applyMove(from: SupportStatus, move: Move, mover: Mover): MoveOutcome {
  const reason = move.closedReason ?? null;
  const allowed = MOVES[from];
  if (!allowed.includes(move.to)) {
    const onward = allowed.map((status) => STATUS_WORDS[status]).join(" or ");
    throw new RefusedMove(
      "to",
      "NOT_AN_ALLOWED_MOVE",
      allowed.length === 0
        ? `This request is closed, so it cannot move on. Ask for someone again instead.`
        : `A request ${STATUS_WORDS[from]} can be moved to ${onward}, not to ${STATUS_WORDS[move.to]}.`,
    );
  }
  if (mover === "young-person" && (move.to !== SupportStatus.CLOSED || reason !== SupportClosedReason.WITHDRAWN)) {
    throw new RefusedMove("to", "NOT_AN_ALLOWED_MOVE", "A young person can only withdraw their request.");
  }
  if (move.to !== SupportStatus.CLOSED && reason !== null) {
    throw new RefusedMove("closedReason", "NOT_ON_THE_LIST", "Give a reason only when closing the request.");
  }
  if (move.to === SupportStatus.CLOSED && reason === null) {
    throw new RefusedMove("closedReason", "REQUIRED", "Choose why the request is closed, so the young person can read it.");
  }
  if (mover === "coordinator" && reason === SupportClosedReason.WITHDRAWN) {
    throw new RefusedMove("closedReason", "NOT_ON_THE_LIST", "Only the young person can withdraw their request. Choose another reason.");
  }
  return { status: move.to, closedReason: reason, allocated: move.to === SupportStatus.ALLOCATED, closed: move.to === SupportStatus.CLOSED };
}
