import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { postedForm } from "~/kept/posted-form.server";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";
import {
  fieldId,
  intentOf,
  NO_VALUES,
  REVIEW_FORMATS,
  type ArrangeError,
  type ArrangeField,
  type ArrangeIntent,
  type ArrangeValues,
  type ReasonIntent,
} from "~/arrange/arrange-form";
import { dueLines, doneNotice, doneSearch, formsFor, historyEntries, startInWords, type PlannedReview, type ReviewDue } from "~/arrange/arrangement";
import { arrangeReview } from "~/arrange/arrangement.server";
import { dateExample } from "~/arrange/start";
import { BackLink } from "~/components/back-link";
import { DateInput } from "~/components/date-input";
import { ErrorSummary } from "~/components/error-summary";
import { describedBy, HintAndError } from "~/components/hint-and-error";
import { OptionGroup } from "~/components/option-group";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { TextArea } from "~/components/text-area";
import { TextField } from "~/components/text-field";
import { callApi } from "~/graphql/client.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { ArrangeReviewQuery } from "~/arrange/arrange.operations.server";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: pageTitle(t("arrange.title", { firstName: page.firstName })) }] : []);

const reviewPath = (youngPersonId: string) => `/young-people/${encodeURIComponent(youngPersonId)}/review`;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const youngPersonId = params.youngPersonId ?? "";
  const { me, youngPerson } = await asSignedIn(request, (options) => callApi(ArrangeReviewQuery, { id: youngPersonId }, options)).catch(notFoundIfRefused);
  // Others who may see the young person, such as their social worker, may not arrange the review: no page for them.
  if (me?.role !== "IRO" && me?.role !== "IRO_MANAGER") throw new Response(null, { status: 404 });
  // The server's clock decides which forms are offered, so the page reads the same before and after hydration.
  const now = new Date();
  return {
    reviewPath: reviewPath(youngPersonId),
    firstName: youngPerson.firstName,
    due: youngPerson.reviewDue,
    review: youngPerson.plannedReview,
    forms: formsFor(youngPerson.plannedReview, now),
    dateExample: dateExample(now),
  };
}

/** Each change is a POST that redirects back with a notice (so reloading repeats nothing), or the page with what to put right. */
export async function action({ request, params }: ActionFunctionArgs) {
  const youngPersonId = params.youngPersonId ?? "";
  const form = await postedForm(request);
  const intent = intentOf(form.get("intent"));
  if (!intent) throw new Response(null, { status: 400 });
  const outcome = await asSignedIn(request, (options) => arrangeReview(intent, form, youngPersonId, options)).catch(notFoundIfRefused);
  if ("done" in outcome) throw redirect(`${reviewPath(youngPersonId)}/arrange${doneSearch(outcome.done)}`);
  return data(outcome, { status: 400 });
}

export default function ArrangeReview() {
  const { reviewPath, firstName, due, review, forms, dateExample } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const failed = outcome && "errors" in outcome ? outcome : null;
  const errors = failed?.errors ?? [];
  const title = t("arrange.title", { firstName });
  useErrorTitle(title, errors.length > 0);
  const notice = errors.length === 0 ? doneNotice(searchParams.get("done"), firstName) : null;

  return (
    <>
      <BackLink to={reviewPath} />
      <ErrorSummary errors={errors} />
      {notice ? (
        <div className="notice" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <h1>{title}</h1>
      <Due due={due} firstName={firstName} />
      <Planned review={review} firstName={firstName} />
      {forms.map((intent) => {
        const OneForm = FORMS[intent];
        const refused = failed?.intent === intent ? failed : null;
        const context = { action: `${reviewPath}/arrange`, firstName, review, dateExample, values: refused?.values ?? NO_VALUES, errors: refused?.errors ?? [] };
        // A change brings new forms, so the boxes empty rather than keep what was typed for the change just made.
        return <OneForm key={`${intent}-${review?.id ?? "none"}-${review?.scheduledFor ?? ""}`} context={context} />;
      })}
    </>
  );
}

function Due({ due, firstName }: { due: ReviewDue | null; firstName: string }) {
  const words = due && dueLines(due);
  return (
    <section className="arrange-section" aria-labelledby="due-title">
      <h2 id="due-title">{t("arrange.due.title")}</h2>
      {words ? (
        <>
          <p className="lead">{words.dueBy}</p>
          {words.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </>
      ) : (
        <p>{t("arrange.due.none", { firstName })}</p>
      )}
    </section>
  );
}

function Planned({ review, firstName }: { review: PlannedReview | null; firstName: string }) {
  const history = review ? historyEntries(review.history) : [];
  return (
    <section className="arrange-section" aria-labelledby="planned-title">
      <h2 id="planned-title">{t("arrange.planned.title")}</h2>
      {review ? (
        <SummaryList
          rows={[
            { key: "when", label: t("arrange.planned.when"), value: startInWords(review.scheduledFor) },
            { key: "format", label: t("arrange.planned.format"), value: t(`arrange.format.${review.format}`) },
            { key: "venue", label: t("arrange.planned.venue"), value: review.venue ?? t("arrange.planned.noVenue") },
          ]}
        />
      ) : (
        <p>{t("arrange.planned.none", { firstName })}</p>
      )}
      {history.length > 0 ? (
        <>
          <h3 id="history-title">{t("arrange.history.title")}</h3>
          <ol className="history" aria-labelledby="history-title">
            {history.map((entry) => (
              <li key={entry.id}>
                <p className="history__what">{entry.what}</p>
                <p className="hint">{entry.byWhom}</p>
                {entry.reason ? <p className="own-words">{entry.reason}</p> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

/** What one form needs: where it posts, the review it changes, and what was typed into it if it was refused. */
type FormContext = {
  action: string;
  firstName: string;
  review: PlannedReview | null;
  dateExample: string;
  values: ArrangeValues;
  errors: ArrangeError[];
};

const errorFor = ({ errors }: FormContext, intent: ArrangeIntent, ...fields: ArrangeField[]) =>
  errors.find((error) => fields.some((field) => error.field === fieldId(intent, field)))?.message;

const TITLES = {
  schedule: "arrange.schedule.title",
  reschedule: "arrange.reschedule.title",
  held: "arrange.held.title",
  adjourn: "arrange.adjourn.title",
  cancel: "arrange.cancel.title",
} as const;

/**
 * One change to the review: a plain form that works without JavaScript, its button naming the change. An error
 * about the form as a whole (the review was cancelled meanwhile, say) is shown by the button.
 */
function ArrangeForm({ intent, context, children }: { intent: ArrangeIntent; context: FormContext; children?: ReactNode }) {
  const titleId = `${intent}-title`;
  const buttonId = fieldId(intent, "submit");
  const error = errorFor(context, intent, "submit");
  const secondary = intent === "adjourn" || intent === "cancel";
  return (
    <section className="arrange-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(TITLES[intent], { firstName: context.firstName })}</h2>
      <Form method="post" action={context.action} noValidate>
        {context.review ? <input type="hidden" name="reviewId" value={context.review.id} /> : null}
        {children}
        <div className={error ? "form-group form-group--error" : "form-group"}>
          <HintAndError id={buttonId} error={error} />
          <button
            type="submit"
            name="intent"
            value={intent}
            id={buttonId}
            className={secondary ? "button button--secondary" : "button"}
            aria-describedby={describedBy(buttonId, undefined, error)}
          >
            {t(`arrange.${intent}.submit`)}
          </button>
        </div>
      </Form>
    </section>
  );
}

/** The date and time a review starts, typed as London's clocks show them. */
function StartFields({ intent, context }: { intent: "schedule" | "reschedule"; context: FormContext }) {
  return (
    <>
      <DateInput
        id={intent}
        legend={t(`arrange.${intent}.date`)}
        hint={t("arrange.date.hint", { example: context.dateExample })}
        error={errorFor(context, intent, "day", "month", "year")}
        boxesInError={context.errors.flatMap((error) => error.boxes)}
        values={context.values}
      />
      <TextField
        id={fieldId(intent, "time")}
        name="time"
        short
        label={t(`arrange.${intent}.time`)}
        hint={t("arrange.time.hint")}
        error={errorFor(context, intent, "time")}
        defaultValue={context.values.time}
      />
    </>
  );
}

function ReasonField({ intent, context }: { intent: ReasonIntent; context: FormContext }) {
  return (
    <TextArea
      id={fieldId(intent, "reason")}
      name="reason"
      label={t(`arrange.${intent}.reason`)}
      hint={t("arrange.reason.hint", { firstName: context.firstName })}
      error={errorFor(context, intent, "reason")}
      defaultValue={context.values.reason}
      rows={3}
    />
  );
}

function ScheduleForm({ context }: { context: FormContext }) {
  return (
    <ArrangeForm intent="schedule" context={context}>
      <StartFields intent="schedule" context={context} />
      <OptionGroup
        type="radio"
        id={fieldId("schedule", "format")}
        name="format"
        legend={t("arrange.format.legend")}
        error={errorFor(context, "schedule", "format")}
        options={REVIEW_FORMATS.map((format) => ({ value: format, label: t(`arrange.format.${format}`) }))}
        checked={[context.values.format]}
      />
      <TextField
        id={fieldId("schedule", "venue")}
        name="venue"
        label={t("arrange.venue.label")}
        hint={t("arrange.venue.hint")}
        error={errorFor(context, "schedule", "venue")}
        defaultValue={context.values.venue}
      />
    </ArrangeForm>
  );
}

function RescheduleForm({ context }: { context: FormContext }) {
  return (
    <ArrangeForm intent="reschedule" context={context}>
      <StartFields intent="reschedule" context={context} />
      <ReasonField intent="reschedule" context={context} />
    </ArrangeForm>
  );
}

function HeldForm({ context }: { context: FormContext }) {
  return (
    <ArrangeForm intent="held" context={context}>
      {context.review ? <p>{t("arrange.held.body", { start: startInWords(context.review.scheduledFor) })}</p> : null}
    </ArrangeForm>
  );
}

function CloseForm({ intent, context }: { intent: "adjourn" | "cancel"; context: FormContext }) {
  return (
    <ArrangeForm intent={intent} context={context}>
      <p>{t(`arrange.${intent}.body`)}</p>
      <ReasonField intent={intent} context={context} />
    </ArrangeForm>
  );
}

const FORMS: Record<ArrangeIntent, (props: { context: FormContext }) => ReactNode> = {
  schedule: ScheduleForm,
  reschedule: RescheduleForm,
  held: HeldForm,
  adjourn: (props) => <CloseForm intent="adjourn" {...props} />,
  cancel: (props) => <CloseForm intent="cancel" {...props} />,
};
