import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { DateInput } from "~/components/date-input";
import { ErrorSummary } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { TextArea } from "~/components/text-area";
import { TextField } from "~/components/text-field";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { t } from "~/messages/messages";
import { RecommendationList } from "~/review-record/recommendation-list";
import { STATUSES } from "~/review-record/review-record-forms";
import { heldReviewPath } from "~/review-record/paths";
import { loadHeldReview, saveMidway } from "~/review-record/review-record.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: pageTitle(t("midway.title", { firstName: page.youngPerson.firstName })) }] : []);

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadHeldReview(request, params.youngPersonId ?? "", params.reviewId ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const [youngPersonId, reviewId] = [params.youngPersonId ?? "", params.reviewId ?? ""];
  const { review } = await loadHeldReview(request, youngPersonId, reviewId);
  const ids = review.recommendations.map((recommendation) => recommendation.id);
  const outcome = await saveMidway(request, reviewId, ids, await postedForm(request));
  if ("done" in outcome) throw redirect(`${heldReviewPath(youngPersonId, reviewId)}?saved=midway`);
  return data(outcome, { status: 400 });
}

export default function Midway() {
  const { path, youngPerson, review } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const { firstName } = youngPerson;
  const title = t("midway.title", { firstName });
  const errors = outcome && "errors" in outcome ? outcome.errors : [];
  useErrorTitle(title, errors.length > 0);
  const sent = outcome && "values" in outcome ? outcome.values : null;
  const errorFor = (field: string) => errors.find((error) => error.field === field || error.field.startsWith(`${field}-`))?.message;
  return (
    <>
      <Link to={path} className="back-link">
        {t("conduct.back")}
      </Link>
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      <p>{t("midway.intro")}</p>
      <Form method="post" noValidate>
        <Keepable>
          <DateInput id="checkedOn" legend={t("midway.checkedOn.legend")} error={errorFor("checkedOn")} values={{ day: sent?.day ?? "", month: sent?.month ?? "", year: sent?.year ?? "" }} />
          {review.recommendations.length === 0 ? <p>{t("midway.none")}</p> : null}
          <RecommendationList
            recommendations={review.recommendations}
            after={(recommendation) => (
              <>
                <OptionGroup
                  type="radio"
                  name={`status-${recommendation.id}`}
                  legend={`${t("recommendations.status.legend")} ${t("recommendations.status.context", { number: String(recommendation.number) })}`}
                  options={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
                  checked={sent?.[`status-${recommendation.id}`] ? [sent[`status-${recommendation.id}`] ?? ""] : []}
                />
                <TextField name={`note-${recommendation.id}`} label={t("recommendations.status.note")} defaultValue={sent?.[`note-${recommendation.id}`] ?? ""} />
              </>
            )}
          />
          <TextArea id="note" name="note" label={t("midway.note.label")} defaultValue={sent?.note ?? ""} />
          <OptionGroup
            type="radio"
            name="concernRaised"
            legend={t("midway.concern.legend")}
            error={errorFor("concernRaised")}
            options={[
              { value: "yes", label: t("conduct.yes") },
              { value: "no", label: t("conduct.no") },
            ]}
            checked={sent?.concernRaised ? [sent.concernRaised] : []}
          />
        </Keepable>
        <button type="submit" className="button">
          {t("midway.save")}
        </button>
      </Form>
    </>
  );
}
