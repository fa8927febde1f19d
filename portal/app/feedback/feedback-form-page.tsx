import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorSummary, type FormError } from "~/components/error-summary";
import { formatDate, formatTime } from "~/format/dates";
import { t } from "~/messages/messages";
import type { FeedbackDraft } from "./feedback-form";
import { FeedbackQuestions } from "./feedback-questions";

type Props = {
  title: string;
  /** What the page says under its heading: who and which review it is about. */
  intro: ReactNode;
  closesAt: string;
  draftSavedAt: string | null;
  draft: FeedbackDraft;
  errors: readonly FormError[];
  /** Just saved for later: the page says until when it can be finished. */
  saved: boolean;
  young: boolean;
  firstName: string;
  submissionKey: string;
};

/** A feedback form's page, for a link holder or the young person: errors, what was saved, then the questions. */
export function FeedbackFormPage({ title, intro, closesAt, draftSavedAt, draft, errors, saved, young, firstName, submissionKey }: Props) {
  return (
    <>
      <ErrorSummary errors={errors} />
      {saved && errors.length === 0 ? (
        <div className="notice" role="status">
          <p>{t("feedback.saved", { date: formatDate(closesAt) })}</p>
        </div>
      ) : null}
      <h1>{title}</h1>
      {intro}
      {draftSavedAt ? <p>{t("feedback.draftSaved", { date: formatDate(draftSavedAt), time: formatTime(draftSavedAt) })}</p> : null}
      <Form method="post" noValidate>
        <FeedbackQuestions draft={draft} errors={errors} young={young} firstName={firstName} submissionKey={submissionKey} />
      </Form>
    </>
  );
}
