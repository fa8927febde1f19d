import type { EntityManager } from "typeorm";
import type { Action } from "../kernel/access/permissions";
import { requirePermission, viewerHas } from "../kernel/access/require-permission";
import { Role } from "../kernel/access/role";
import type { RequestScope } from "../kernel/context";
import { badUserInput, notFound } from "../kernel/errors";
import { decodeCursor, isTimestamp, isUuid, toPage } from "../kernel/pagination";
import { may, requireAccess } from "../people/young-person-access";
import { applyMove, RefusedMove, type Move, type MoveOutcome, type Mover } from "./support-request-moves";
import { SupportRequestMove } from "./support-request-move.entity";
import { SupportClosedReason, SupportStatus } from "./support-request-options";
import { SupportRequest } from "./support-request.entity";
import { LocalAuthority } from "../tenancy/local-authority.entity";
import type { MoveSupportRequestInput, RequestSupportInput, SupportQueueArgs } from "./support-requests.inputs";

/** Text with nothing but spaces in it is no answer. */
const answerOrNull = (text: string | null | undefined) => (text && /\S/.test(text) ? text : null);

/**
 * The request, when the caller may do this to it: the young person to their own, their IRO to their young people's
 * (as `may` decides), and a role allowed `any` (the coordinator) to any request of their authority. The coordinator's
 * standing is to requests, not to the young person's record, so it is asked of the request, never of young_person.
 */
async function requireRequestAccess(scope: RequestScope, action: Action, requestId: string, lock = false): Promise<SupportRequest> {
  const request = isUuid(requestId) ? await (lock ? lockRequest(scope.db, requestId) : scope.loaders.supportRequestById.load(requestId)) : null;
  const viewer = scope.viewer;
  if (!request || !viewer) throw notFound();
  const byAuthority = viewerHas(scope, `${action}:support-request:any`) && request.localAuthorityId === viewer.account.localAuthorityId;
  if (!byAuthority && !(await may(scope, action, "support-request", request.youngPersonId))) throw notFound();
  scope.audit.record(action, "support-request", request.youngPersonId);
  return request;
}

/** The request, locked until the transaction ends, so that two moves of it wait for each other. */
function lockRequest(db: EntityManager, id: string): Promise<SupportRequest | null> {
  return db.getRepository(SupportRequest).createQueryBuilder("request").setLock("pessimistic_write").where("request.id = :id", { id }).getOne();
}

/**
 * Asks for an advocate or an Independent Visitor, for the young person or, by their IRO, on their behalf. The same
 * submission key answers with the request it stored; asking again while a request of that kind is open answers with
 * the open one, as asking twice is not a mistake.
 */
export async function requestSupport(scope: RequestScope, input: RequestSupportInput): Promise<SupportRequest> {
  await requireAccess(scope, "create", "support-request", input.youngPersonId);
  const account = scope.viewer!.account;
  const requests = scope.db.getRepository(SupportRequest);
  await requests
    .createQueryBuilder()
    .insert()
    .values({
      youngPersonId: input.youngPersonId,
      localAuthorityId: account.localAuthorityId,
      kind: input.kind,
      why: answerOrNull(input.why),
      howSoon: input.howSoon,
      contactPreference: input.contactPreference,
      askedByAccountId: account.id,
      askedOnBehalf: account.personId !== input.youngPersonId,
      submissionKey: input.submissionKey,
      // To the millisecond, as the queue's cursor carries it.
      askedAt: new Date(),
    })
    // Either the key was sent before, or a request of this kind is open: both answer with what is stored.
    .orIgnore()
    .execute();
  const stored =
    (await requests.findOneBy({ youngPersonId: input.youngPersonId, submissionKey: input.submissionKey })) ??
    (await requests.createQueryBuilder("request")
      .where("request.young_person_id = :youngPersonId AND request.kind = :kind AND request.status <> :closed", {
        youngPersonId: input.youngPersonId,
        kind: input.kind,
        closed: SupportStatus.CLOSED,
      })
      .getOne());
  if (!stored) throw new Error("A support request was neither stored nor found open after it was asked for.");
  return stored;
}

/** The machine's outcome of the move, or its refusal as the BAD_USER_INPUT the caller gets. */
function allowedMove(from: SupportStatus, move: Move, mover: Mover): MoveOutcome {
  try {
    return applyMove(from, move, mover);
  } catch (error) {
    if (error instanceof RefusedMove) throw badUserInput([{ field: error.field, code: error.code, message: error.message }]);
    throw error;
  }
}

/** Moves a request as the state machine allows, keeping the move and its note; a refused move says why. */
async function moveRequest(scope: RequestScope, request: SupportRequest, move: Move, mover: Mover, note: string | null): Promise<SupportRequest> {
  const outcome = allowedMove(request.status, move, mover);
  const now = new Date();
  const from = request.status;
  Object.assign(request, {
    status: outcome.status,
    statusChangedAt: now,
    closedReason: outcome.closedReason,
    ...(outcome.allocated ? { allocatedAt: now } : {}),
    ...(outcome.closed ? { closedAt: now } : {}),
  });
  await scope.db.getRepository(SupportRequest).update(
    { id: request.id },
    { status: request.status, statusChangedAt: now, closedReason: request.closedReason, allocatedAt: request.allocatedAt, closedAt: request.closedAt },
  );
  await scope.db.getRepository(SupportRequestMove).insert({
    requestId: request.id,
    youngPersonId: request.youngPersonId,
    localAuthorityId: request.localAuthorityId,
    from,
    to: outcome.status,
    closedReason: outcome.closedReason,
    note,
    movedByAccountId: scope.viewer!.account.id,
    movedAt: now,
  });
  return request;
}

/** The coordinator moves a request on, with a note. */
export async function moveSupportRequest(scope: RequestScope, input: MoveSupportRequestInput): Promise<SupportRequest> {
  requirePermission(scope, "update:support-request:any");
  const request = await requireRequestAccess(scope, "update", input.requestId, true);
  return moveRequest(scope, request, { to: input.to, closedReason: input.closedReason ?? null }, "coordinator", answerOrNull(input.note));
}

/** The young person withdraws their own request. */
export async function withdrawSupportRequest(scope: RequestScope, requestId: string): Promise<SupportRequest> {
  const request = await requireRequestAccess(scope, "update", requestId, true);
  if (scope.viewer!.account.personId !== request.youngPersonId) throw notFound();
  return moveRequest(scope, request, { to: SupportStatus.CLOSED, closedReason: SupportClosedReason.WITHDRAWN }, "young-person", null);
}

export function readSupportRequest(scope: RequestScope, requestId: string): Promise<SupportRequest> {
  return requireRequestAccess(scope, "read", requestId);
}

/**
 * The coordinator's queue, oldest first: every request not closed, or those of one status, of one kind or both. It
 * narrows to its page through the authority's index before row-level security checks a row.
 */
export async function readSupportQueue(scope: RequestScope, args: SupportQueueArgs) {
  requirePermission(scope, "read:support-queue:any");
  const query = scope.db
    .getRepository(SupportRequest)
    .createQueryBuilder("request")
    .where("request.local_authority_id = :authority", { authority: scope.viewer!.account.localAuthorityId });
  if (args.status) query.andWhere("request.status = :status", { status: args.status });
  else query.andWhere("request.status <> :closed", { closed: SupportStatus.CLOSED });
  if (args.kind) query.andWhere("request.kind = :kind", { kind: args.kind });
  const totalCount = await query.clone().getCount();
  if (args.after) {
    const [askedAt, id] = decodeCursor(args.after, [isTimestamp, isUuid]) as [string, string];
    query.andWhere("(request.asked_at, request.id) > (:askedAt, :id)", { askedAt, id });
  }
  const rows = await query.orderBy("request.asked_at", "ASC").addOrderBy("request.id", "ASC").take(args.first + 1).getMany();
  const page = toPage(rows, args.first, (row) => [row.askedAt.toISOString(), row.id]);
  for (const request of page.items) scope.audit.record("read", "support-request", request.youngPersonId);
  return { ...page, totalCount };
}

/** Who provides advocates and Independent Visitors in the caller's authority: what every page about them may say. */
export async function readSupportProviders(scope: RequestScope): Promise<{ advocacy: string | null; independentVisitors: string | null }> {
  const authority = await scope.db.getRepository(LocalAuthority).findOneByOrFail({ id: scope.viewer!.account.localAuthorityId });
  return { advocacy: authority.advocacyProvider, independentVisitors: authority.independentVisitorProvider };
}

/** A move's note is for the adults' record: the young person reads where their request is, not what was written about it. */
export function noteFor(scope: RequestScope, move: SupportRequestMove): string | null {
  return scope.viewer?.account.role === Role.YOUNG_PERSON ? null : move.note;
}
