import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { DateInput } from "~/components/date-input";
import { ErrorSummary } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { TextArea } from "~/components/text-area";
import { TextField } from "~/components/text-field";
import { formatDate, formatTime } from "~/format/dates";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { t, type MessageId } from "~/messages/messages";
import { SavedNotice } from "~/review-record/saved-notice";
import { DeadlineLine } from "~/review-record/deadline-line";
import { RecommendationList } from "~/review-record/recommendation-list";
import { STATUSES } from "~/review-record/review-record-forms";
import { actOnRecommendations, loadHeldReview } from "~/review-record/review-record.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) =>
  page ? [{ title: pageTitle(t("recommendations.title", { firstName: page.youngPerson.firstName })) }] : [];

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadHeldReview(request, params.youngPersonId ?? "", params.reviewId ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const outcome = await actOnRecommendations(request, params.reviewId ?? "", await postedForm(request));
  if ("done" in outcome) throw redirect(`${new URL(request.url).pathname}?saved=${outcome.done}`);
  return data(outcome, { status: 400 });
}

const NOTICES = { added: "recommendations.saved.added", issued: "recommendations.saved.issued", status: "recommendations.saved.status" } satisfies Record<string, MessageId>;

export default function Recommendations() {
  const { path, youngPerson, review } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const { firstName } = youngPerson;
  const title = t("recommendations.title", { firstName });
  const errors = outcome && "errors" in outcome ? outcome.errors : [];
  useErrorTitle(title, errors.length > 0);
  // What was typed into the form that was refused: the add form has no scope, each status form its recommendation's id.
  const sent = (scope: string | undefined) => (outcome && "values" in outcome && outcome.scope === scope ? outcome.values : null);
  const added = sent(undefined);
  const errorFor = (field: string) => errors.find((error) => error.field === field || error.field.startsWith(`${field}-`))?.message;
  const issuedAt = review.recommendationsIssuedAt;
  return (
    <>
      <Link to={path} className="back-link">
        {t("conduct.back")}
      </Link>
      <ErrorSummary errors={errors} />
      <SavedNotice notices={NOTICES} values={{ firstName }} refused={errors.length > 0} />
      <h1>{title}</h1>
      <p>{t("recommendations.intro", { firstName })}</p>
      <p>
        <DeadlineLine label="heldReview.recommendationsDue" deadline={review.recommendationsDeadline} />
      </p>
      <p>{issuedAt ? t("recommendations.issuedOn", { date: formatDate(issuedAt), time: formatTime(issuedAt) }) : t("recommendations.notIssued")}</p>
      {review.recommendations.length === 0 ? <p>{t("recommendations.none")}</p> : null}
      <RecommendationList
        recommendations={review.recommendations}
        after={(recommendation) => {
          const failed = sent(recommendation.id);
          return (
            <Form method="post" className="recommendation-status">
              <input type="hidden" name="intent" value="status" />
              <input type="hidden" name="recommendationId" value={recommendation.id} />
              <Keepable scope={recommendation.id}>
                <OptionGroup
                  type="radio"
                  id={`status-${recommendation.id}`}
                  name="status"
                  legend={`${t("recommendations.status.legend")} ${t("recommendations.status.context", { number: String(recommendation.number) })}`}
                  error={failed ? errorFor(`status-${recommendation.id}`) : undefined}
                  options={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
                  checked={failed?.status ? [failed.status] : recommendation.status ? [recommendation.status] : []}
                />
                <TextField id={`note-${recommendation.id}`} name="note" label={t("recommendations.status.note")} defaultValue={failed?.note ?? recommendation.statusNote ?? ""} />
              </Keepable>
              <button type="submit" className="button button--secondary">
                {t("recommendations.status.save")}
                <span className="visually-hidden"> {t("recommendations.status.context", { number: String(recommendation.number) })}</span>
              </button>
            </Form>
          );
        }}
      />
      {review.recommendations.length > 0 && !issuedAt ? (
        <Form method="post">
          <input type="hidden" name="intent" value="issue" />
          <button type="submit" className="button">
            {t("recommendations.issue")}
          </button>
        </Form>
      ) : null}
      <h2>{t("recommendations.add.title")}</h2>
      {/* A new form for each recommendation added, so that what was typed for the last one is not still in the boxes. */}
      <Form method="post" noValidate key={review.recommendations.length}>
        <input type="hidden" name="intent" value="add" />
        <Keepable>
          <TextArea id="action" name="action" label={t("recommendations.action.label")} error={errorFor("action")} defaultValue={added?.action ?? ""} rows={3} />
          <div className={errorFor("responsiblePersonId") ? "form-group form-group--error" : "form-group"}>
            <label className="label" htmlFor="responsiblePersonId">
              {t("recommendations.person.label")}
            </label>
            {errorFor("responsiblePersonId") ? (
              <p className="error-message" id="responsiblePersonId-error">
                {errorFor("responsiblePersonId")}
              </p>
            ) : null}
            <select
              className="select"
              id="responsiblePersonId"
              name="responsiblePersonId"
              defaultValue={added?.responsiblePersonId ?? ""}
              aria-describedby={errorFor("responsiblePersonId") ? "responsiblePersonId-error" : undefined}
            >
              <option value="">{t("recommendations.person.none")}</option>
              {youngPerson.network.map((link) => (
                <option key={link.person.id} value={link.person.id}>
                  {`${link.person.firstName} (${t(`relationship.${link.relationship}`)})`}
                </option>
              ))}
            </select>
          </div>
          <TextField
            name="responsibleRole"
            label={t("recommendations.role.label")}
            hint={t("recommendations.role.hint")}
            error={errorFor("responsibleRole")}
            defaultValue={added?.responsibleRole ?? ""}
          />
          <DateInput
            id="dueOn"
            legend={t("recommendations.dueOn.legend")}
            hint={t("recommendations.dueOn.hint")}
            error={errorFor("dueOn")}
            values={{ day: added?.day ?? "", month: added?.month ?? "", year: added?.year ?? "" }}
          />
        </Keepable>
        <button type="submit" className="button">
          {t("recommendations.add")}
        </button>
      </Form>
    </>
  );
}
