import { Form, useFetcher, useFetchers, useLocation, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { t } from "~/messages/messages";
import { QUESTION_FORM_ID } from "~/question-page/question-page";
import { spokenTimeLeft, timeLeft } from "./time-left";
import { isLive, warningPlan, type SessionEndsAnswer, type WarningPlan } from "./warning-plan";

const READ_KEY = "session-ends";
const STAY_KEY = "session-stay";

/**
 * GOV.UK's timeout warning: before the session ends, a modal dialog counts down and offers to stay signed in;
 * when the time runs out, the person is signed out and told why. It needs JavaScript and renders nothing without it.
 * The end is read again after each page opened or form sent, as each of those used the session.
 */
export function SessionTimeoutWarning() {
  const reader = useFetcher<SessionEndsAnswer>({ key: READ_KEY });
  const stayer = useFetcher<SessionEndsAnswer>({ key: STAY_KEY });
  const timedOutForm = useRef<HTMLFormElement>(null);
  const timedOutAnswer = useRef<HTMLButtonElement>(null);
  const location = useLocation();
  const navigation = useNavigation();
  const busy = useFetchers().some((fetcher) => fetcher.key !== READ_KEY && fetcher.key !== STAY_KEY && fetcher.state !== "idle");
  const settled = navigation.state === "idle" && !busy;
  const [plan, setPlan] = useState<WarningPlan | null>(null);
  const [open, setOpen] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const dialog = useRef<HTMLDialogElement>(null);

  // On a question page the page's own form is sent, so what was typed is saved before signing out, as its Sign out does.
  const timeOut = () => {
    const questionForm = document.getElementById(QUESTION_FORM_ID);
    if (questionForm instanceof HTMLFormElement && timedOutAnswer.current) questionForm.requestSubmit(timedOutAnswer.current);
    else timedOutForm.current?.requestSubmit();
  };

  // When each question was asked: the session was used then, not when the answer arrived.
  const readAt = useRef(0);
  const stayedAt = useRef(0);
  const { load } = reader;
  useEffect(() => {
    if (!settled) return;
    readAt.current = Date.now();
    load("/session/ends");
  }, [location.key, settled, load]);

  useEffect(() => {
    if (reader.data) setPlan(isLive(reader.data) ? warningPlan(reader.data, readAt.current) : null);
  }, [reader.data]);
  useEffect(() => {
    if (!stayer.data) return;
    // Asking to stay once the session has already gone: it ends now, and the page goes to sign in saying why.
    const endedAt = Date.now();
    setPlan(isLive(stayer.data) ? warningPlan(stayer.data, stayedAt.current) : { warnAt: endedAt, endsAt: endedAt, canStay: false });
  }, [stayer.data]);

  useEffect(() => {
    if (!plan) return;
    const warn = setTimeout(() => {
      setNow(Date.now());
      setOpen(true);
    }, plan.warnAt - Date.now());
    const end = setTimeout(timeOut, plan.endsAt - Date.now());
    return () => {
      clearTimeout(warn);
      clearTimeout(end);
    };
  }, [plan]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
    if (!open) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [open]);

  if (!plan) return null;
  const left = plan.endsAt - now;
  const words = (time: string) => t(plan.canStay ? "timeout.idle" : "timeout.fixedEnd", { time });
  const stay = () => {
    setOpen(false);
    if (!plan.canStay) return;
    stayedAt.current = Date.now();
    stayer.submit(null, { method: "post", action: "/session/keep-alive" });
  };

  return (
    <dialog
      ref={dialog}
      className="timeout-dialog"
      aria-labelledby="timeout-title"
      aria-describedby="timeout-spoken"
      onCancel={(event) => {
        // Escape, like the main button: the dialog is closed here, once, rather than by the browser.
        event.preventDefault();
        stay();
      }}
    >
      <h2 id="timeout-title" className="timeout-dialog__title">
        {t("timeout.title")}
      </h2>
      <p>
        <span aria-hidden="true">{words(timeLeft(left))}</span>
        <span id="timeout-spoken" className="visually-hidden" aria-live="polite">
          {words(spokenTimeLeft(left))}
        </span>
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={stay}>
          {plan.canStay ? t("timeout.stay") : t("timeout.close")}
        </button>
        <Form method="post" action="/sign-out">
          <button type="submit" className="button button--secondary">
            {t("timeout.signOut")}
          </button>
        </Form>
      </div>
      <Form method="post" action="/sign-out" ref={timedOutForm} hidden>
        <input type="hidden" name="because" value="timed-out" />
      </Form>
      <button type="submit" form={QUESTION_FORM_ID} name="intent" value="timed-out" ref={timedOutAnswer} hidden />
    </dialog>
  );
}
