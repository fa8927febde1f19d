import { Link } from "@remix-run/react";
import { formatPlainDate } from "~/format/dates";
import type { SupportRequestSummaryFragment } from "~/graphql/generated/graphql";
import type { SupportStatus } from "~/graphql/generated/schema-enums";
import { t } from "~/messages/messages";

const STEPS: readonly Exclude<SupportStatus, "CLOSED">[] = ["ASKED", "WITH_COORDINATOR", "REFERRED", "ALLOCATED"];

function stepName(step: Exclude<SupportStatus, "CLOSED">, request: SupportRequestSummaryFragment): string {
  return step === "ALLOCATED" ? t(`support.tracker.step.ALLOCATED.${request.kind}`) : t(`support.tracker.step.${step}`);
}

/** Where one request is: each step done, here, or to come, said in words as well as marked; or why it closed. */
function TrackedRequest({ request, withdrawable }: { request: SupportRequestSummaryFragment; withdrawable: boolean }) {
  const here = STEPS.indexOf(request.status as Exclude<SupportStatus, "CLOSED">);
  const waiting = request.kind === "INDEPENDENT_VISITOR" && !request.allocatedAt && request.status !== "CLOSED";
  return (
    <li className="tracker__request">
      <h3>{t(`support.${request.kind}.title`)}</h3>
      <p>{t(request.askedOnBehalf ? "support.tracker.askedOnBehalf" : "support.tracker.asked", { date: formatPlainDate(request.askedAt) })}</p>
      {waiting ? <p>{t("support.tracker.waitingSince", { date: formatPlainDate(request.askedAt) })}</p> : null}
      {request.status === "CLOSED" ? (
        <p>{t("support.tracker.closedOn", { date: formatPlainDate(request.closedAt ?? request.statusChangedAt), reason: t(`support.closed.${request.closedReason ?? "NO_LONGER_NEEDED"}`) })}</p>
      ) : (
        <>
          <p className="tracker__now">{t("support.tracker.now", { status: stepName(STEPS[here] ?? "ASKED", request) })}</p>
          <ol className="tracker__steps" aria-label={t("support.tracker.steps")}>
            {STEPS.map((step, index) => {
              const state = index < here ? "done" : index === here ? "current" : "toCome";
              return (
                <li key={step} className={`tracker__step tracker__step--${state}`} aria-current={state === "current" ? "step" : undefined}>
                  {stepName(step, request)} <span className="tracker__state">({t(`support.tracker.${state}`)})</span>
                </li>
              );
            })}
          </ol>
          {withdrawable ? (
            <p>
              <Link to={`/get-support/withdraw/${encodeURIComponent(request.id)}`}>
                {t("support.withdraw.link")}
                <span className="visually-hidden"> {t(`support.${request.kind}.title`)}</span>
              </Link>
            </p>
          ) : null}
        </>
      )}
    </li>
  );
}

/** A young person's requests, newest first: on their home page and on "Someone on your side". */
export function SupportTracker({ requests, withdrawable = false }: { requests: readonly SupportRequestSummaryFragment[]; withdrawable?: boolean }) {
  return (
    <section className="tracker" aria-labelledby="support-tracker-title">
      <h2 id="support-tracker-title">{t("support.tracker.title")}</h2>
      {requests.length === 0 ? (
        <p>{t("support.tracker.none")}</p>
      ) : (
        <ul className="tracker__requests">
          {requests.map((request) => (
            <TrackedRequest key={request.id} request={request} withdrawable={withdrawable} />
          ))}
        </ul>
      )}
      <p>
        <Link to="/get-support">{t("support.link")}</Link>
      </p>
    </section>
  );
}
