import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { t } from "~/messages/messages";
import { CHAIRS, MEETINGS, PARTICIPATION_CODES } from "~/review-record/review-record-forms";
import { heldReviewPath } from "~/review-record/paths";
import { loadHeldReview, saveConduct } from "~/review-record/review-record.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: pageTitle(t("conduct.title", { firstName: page.youngPerson.firstName })) }] : []);

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadHeldReview(request, params.youngPersonId ?? "", params.reviewId ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const reviewId = params.reviewId ?? "";
  const outcome = await saveConduct(request, reviewId, await postedForm(request));
  if ("done" in outcome) throw redirect(`${heldReviewPath(params.youngPersonId ?? "", reviewId)}?saved=conduct`);
  return data(outcome, { status: 400 });
}

const asYesNo = (value: boolean | undefined) => (value === undefined ? [] : [value ? "yes" : "no"]);

export default function HowTheReviewWent() {
  const { path, youngPerson, review } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const { firstName } = youngPerson;
  const title = t("conduct.title", { firstName });
  const yesNo = [
    { value: "yes", label: t("conduct.yes") },
    { value: "no", label: t("conduct.no") },
  ];
  const errors = outcome && "errors" in outcome ? outcome.errors : [];
  useErrorTitle(title, errors.length > 0);
  const sent = outcome && "values" in outcome ? outcome.values : null;
  const saved = review.conduct;
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const checked = (field: string, fromSaved: string[]) => (sent ? (sent[field] ? [sent[field]] : []) : fromSaved);
  // A child under 4 on the day has one code, PN0; the page says so rather than offering codes the API would refuse.
  const codes = review.youngPersonWasUnderFour ? PARTICIPATION_CODES.filter((code) => code === "PN0") : PARTICIPATION_CODES.filter((code) => code !== "PN0");
  return (
    <>
      <Link to={path} className="back-link">
        {t("conduct.back")}
      </Link>
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      <Form method="post" noValidate>
        <Keepable>
          <OptionGroup
            type="radio"
            name="chairedBy"
            legend={t("conduct.chairedBy.legend")}
            error={errorFor("chairedBy")}
            options={CHAIRS.map((chair) => ({ value: chair, label: t(`conduct.chairedBy.${chair}`, { firstName }) }))}
            checked={checked("chairedBy", saved ? [saved.chairedBy] : [])}
          />
          <OptionGroup
            type="radio"
            name="chairingDeclined"
            legend={t("conduct.chairingDeclined.legend", { firstName })}
            hint={t("conduct.chairingDeclined.hint")}
            error={errorFor("chairingDeclined")}
            options={yesNo}
            checked={checked("chairingDeclined", asYesNo(saved?.chairingDeclined))}
          />
          <OptionGroup
            type="radio"
            name="metIroAloneFirst"
            legend={t("conduct.metIroAloneFirst.legend", { firstName })}
            error={errorFor("metIroAloneFirst")}
            options={yesNo}
            checked={checked("metIroAloneFirst", asYesNo(saved?.metIroAloneFirst))}
          />
          <OptionGroup
            type="radio"
            name="meetings"
            legend={t("conduct.meetings.legend")}
            error={errorFor("meetings")}
            options={MEETINGS.map((meetings) => ({ value: meetings, label: t(`conduct.meetings.${meetings}`) }))}
            checked={checked("meetings", saved ? [saved.meetings] : [])}
          />
          <OptionGroup
            type="radio"
            name="participation"
            legend={t("conduct.participation.legend", { firstName })}
            hint={review.youngPersonWasUnderFour ? t("conduct.participation.underFour", { firstName }) : t("conduct.participation.hint")}
            error={errorFor("participation")}
            options={codes.map((code) => ({ value: code, label: t(`conduct.participation.${code}`) }))}
            checked={checked("participation", saved ? [saved.participation] : review.youngPersonWasUnderFour ? ["PN0"] : [])}
          />
        </Keepable>
        <button type="submit" className="button">
          {t("conduct.save")}
        </button>
      </Form>
    </>
  );
}
