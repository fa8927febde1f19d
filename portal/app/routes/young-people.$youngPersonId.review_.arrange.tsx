import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
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
import {
  arrangePath,
  cancelPath,
  dueLines,
  doneNotice,
  doneSearch,
  formsFor,
  historyEntries,
  reviewPath,
  startInWords,
  type PlannedReview,
  type ReviewDue,
} from "~/arrange/arrangement";
import { arrangeReview, loadArrangement } from "~/arrange/arrangement.server";
import { dateExample } from "~/arrange/start";
import { BackLink } from "~/components/back-link";
import { DateInput } from "~/components/date-input";
import { ErrorSummary } from "~/components/error-summary";
import { describedBy, HintAndError } from "~/components/hint-and-error";
import { OptionGroup } from "~/components/option-group";
import { pageTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { TextArea } from "~/components/text-area";
import { TextField } from "~/components/text-field";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: pageTitle(t("arrange.title", { firstName: page.firstName })) }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const youngPersonId = params.youngPersonId ?? "";
  const youngPerson = await loadArrangement(request, youngPersonId);
  // The server's clock decides which forms are offered, so the page reads the same before and after hydration.
  const now = new Date();
  return {
    reviewPath: reviewPath(youngPersonId),
    cancelPath: cancelPath(youngPersonId),
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
  if ("done" in outcome) throw redirect(`${arrangePath(youngPersonId)}${doneSearch(outcome.done)}`);
  return data(outcome, { status: 400 });
}

export default function ArrangeReview() {
  const { reviewPath, cancelPath, firstName, due, review, forms, dateExample } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const failed = outcome && "errors" in outcome ? outcome : null;
  const errors = failed?.errors ?? [];
  const title = t("arrange.title", { firstName });
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
        const context = {
          action: `${reviewPath}/arrange`,
          cancelPath,
          firstName,
          review,
          dateExample,
          values: refused?.values ?? null,
          errors: refused?.errors ?? [],
        };
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

/** What one form needs: where it posts, the review it changes, and what was typed into it if it was refused (else null). */
type FormContext = {
  action: string;
  cancelPath: string;
  firstName: string;
  review: PlannedReview | null;
  dateExample: string;
  values: ArrangeValues | null;
  errors: ArrangeError[];
};

const errorFor = ({ errors }: FormContext, intent: ArrangeIntent, ...fields: ArrangeField[]) =>
  errors.find((error) => fields.some((field) => error.field === fieldId(intent, field)))?.message;

const TITLES = {
  schedule: "arrange.schedule.title",
  reschedule: "arrange.reschedule.title",
  rearrange: "arrange.rearrange.title",
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
  const secondary = intent === "adjourn";
  return (
    <section className="arrange-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(TITLES[intent], { firstName: context.firstName })}</h2>
      <Form method="post" action={context.action} noValidate>
        {context.review ? <input type="hidden" name="reviewId" value={context.review.id} /> : null}
        <Keepable scope={intent}>{children}</Keepable>
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
        values={context.values ?? NO_VALUES}
      />
      <TextField
        id={fieldId(intent, "time")}
        name="time"
        short
        label={t(`arrange.${intent}.time`)}
        hint={t("arrange.time.hint")}
        error={errorFor(context, intent, "time")}
        defaultValue={context.values?.time}
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
      defaultValue={context.values?.reason}
      rows={3}
    />
  );
}

/** How and where a review meets: as typed if the form was refused, else as planned (`current`), else empty. */
function MeetingFields({ intent, context, current }: { intent: "schedule" | "rearrange"; context: FormContext; current: Pick<ArrangeValues, "format" | "venue"> }) {
  const { format, venue } = context.values ?? current;
  return (
    <>
      <OptionGroup
        type="radio"
        id={fieldId(intent, "format")}
        name="format"
        legend={t("arrange.format.legend")}
        error={errorFor(context, intent, "format")}
        options={REVIEW_FORMATS.map((each) => ({ value: each, label: t(`arrange.format.${each}`) }))}
        checked={[format]}
      />
      <TextField
        id={fieldId(intent, "venue")}
        name="venue"
        label={t("arrange.venue.label")}
        hint={t("arrange.venue.hint")}
        error={errorFor(context, intent, "venue")}
        defaultValue={venue}
      />
    </>
  );
}

function ScheduleForm({ context }: { context: FormContext }) {
  return (
    <ArrangeForm intent="schedule" context={context}>
      <StartFields intent="schedule" context={context} />
      <MeetingFields intent="schedule" context={context} current={NO_VALUES} />
    </ArrangeForm>
  );
}

function RearrangeForm({ context }: { context: FormContext }) {
  const current = { format: context.review?.format ?? "", venue: context.review?.venue ?? "" };
  return (
    <ArrangeForm intent="rearrange" context={context}>
      <p>{t("arrange.rearrange.body", { firstName: context.firstName })}</p>
      <MeetingFields intent="rearrange" context={context} current={current} />
      <ReasonField intent="rearrange" context={context} />
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

function AdjournForm({ context }: { context: FormContext }) {
  return (
    <ArrangeForm intent="adjourn" context={context}>
      <p>{t("arrange.adjourn.body")}</p>
      <ReasonField intent="adjourn" context={context} />
    </ArrangeForm>
  );
}

/** Cancelling cannot be undone, so it is a page of its own that asks to confirm: one press here never cancels. */
function CancelStart({ context }: { context: FormContext }) {
  return (
    <section className="arrange-section" aria-labelledby="cancel-title">
      <h2 id="cancel-title">{t("arrange.cancel.title")}</h2>
      <p>{t("arrange.cancel.body")}</p>
      <Link to={context.cancelPath} className="button button--secondary">
        {t("arrange.cancel.start")}
      </Link>
    </section>
  );
}

const FORMS: Record<ArrangeIntent, (props: { context: FormContext }) => ReactNode> = {
  schedule: ScheduleForm,
  reschedule: RescheduleForm,
  rearrange: RearrangeForm,
  held: HeldForm,
  adjourn: AdjournForm,
  cancel: CancelStart,
};
