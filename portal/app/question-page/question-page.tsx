import { Form } from "@remix-run/react";
import type { FocusEventHandler, FormEventHandler, ReactNode, RefObject } from "react";
import { ErrorSummary, type FormError } from "~/components/error-summary";
import { useErrorTitle } from "~/components/page-title";
import { Keepable } from "~/kept/keepable";
import { t } from "~/messages/messages";
import type { Progress } from "./question-series";

/** The question page's form: Back, and the header's Sign out, belong to it, so both save what was typed first. */
export const QUESTION_FORM_ID = "question-form";

/** The page's main button, where an error about the page as a whole leads. */
export const MAIN_BUTTON_ID = "main-button";

/** Each route that shows a question page exports this as its `handle`, so the header's Sign out saves the page first. */
export const questionPageHandle = { questionPage: true } as const;

export function isQuestionPage(handle: unknown): boolean {
  return typeof handle === "object" && handle !== null && "questionPage" in handle && handle.questionPage === true;
}

/** What saves the form in the background while the person types, for a feature that does (see views/use-autosave). */
export type BackgroundSave = {
  form: RefObject<HTMLFormElement>;
  onChange: FormEventHandler<HTMLFormElement>;
  onBlur: FocusEventHandler<HTMLFormElement>;
};

type QuestionPageProps = {
  /** The question, as the document's title says it ("Error:" first when the answer came back refused). */
  title: string;
  /** What the question is part of, above it: "Your next review". */
  caption: string;
  /** Where the question is in a fixed series of them. */
  progress?: Progress;
  /** What was refused, each error leading to its field, or to Continue when it is about the page as a whole. */
  errors: readonly FormError[];
  /** A page of several questions has a heading of its own, and says why it asks; on a page of one the question is the heading. */
  intro?: ReactNode;
  /** Who will read the answer, where the feature says so on every page. */
  audience?: ReactNode;
  /** How to skip the question, where it can be skipped. */
  skipHint?: string;
  backgroundSave?: BackgroundSave;
  /** After the buttons, such as a switch to fewer words. */
  footer?: ReactNode;
  /** The question's fields. */
  children: ReactNode;
};

/**
 * One question a page, as GOV.UK asks them: Back, the error summary, where the question is in its series, the
 * question, then Continue and "Save and come back later". Every button saves what was typed before going anywhere,
 * Back included, so nothing typed is lost, with or without JavaScript; and what is sent after the session or link
 * ended is kept and put back here (kept/).
 */
export function QuestionPage({ title, caption, progress, errors, intro, audience, skipHint, backgroundSave, footer, children }: QuestionPageProps) {
  useErrorTitle(title, errors.length > 0);
  return (
    <>
      <button type="submit" form={QUESTION_FORM_ID} name="intent" value="back" className="button-link back-link">
        {t("backLink.label")}
      </button>
      <ErrorSummary errors={errors} />
      <span className="caption">{caption}</span>
      {progress ? <span className="caption">{t("questionPage.progress", { number: String(progress.number), total: String(progress.total) })}</span> : null}
      {intro}
      <Form method="post" noValidate id={QUESTION_FORM_ID} ref={backgroundSave?.form} onChange={backgroundSave?.onChange} onBlur={backgroundSave?.onBlur}>
        <Keepable>{children}</Keepable>
        {audience}
        {skipHint ? <p className="hint">{skipHint}</p> : null}
        <div className="button-group">
          <button type="submit" className="button" id={MAIN_BUTTON_ID}>
            {t("questionPage.continue")}
          </button>
          <button type="submit" name="intent" value="later" className="button button--secondary">
            {t("questionPage.later")}
          </button>
        </div>
        {footer}
      </Form>
    </>
  );
}

/**
 * Enter in a field presses the first of its form's buttons in the page's order, and the header's Sign out and the
 * page's Back come before Continue. The layout puts this button, unseen and out of the tab order, before both, so
 * Enter means Continue on a question page as on any other form.
 */
export function ContinueOnEnter() {
  return <button type="submit" form={QUESTION_FORM_ID} className="visually-hidden" tabIndex={-1} aria-hidden="true" />;
}
