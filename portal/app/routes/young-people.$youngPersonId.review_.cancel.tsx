import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { fieldId } from "~/arrange/arrange-form";
import { arrangePath, doneSearch, startInWords } from "~/arrange/arrangement";
import { arrangeReview, loadArrangement } from "~/arrange/arrangement.server";
import { BackLink } from "~/components/back-link";
import { ErrorSummary } from "~/components/error-summary";
import { describedBy, HintAndError } from "~/components/hint-and-error";
import { pageTitle } from "~/components/page-title";
import { TextArea } from "~/components/text-area";
import { formatDate } from "~/format/dates";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";

const confirmTitle = (page: { firstName: string; scheduledFor: string }) =>
  t("arrange.cancel.confirmTitle", { firstName: page.firstName, date: formatDate(page.scheduledFor) });

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: pageTitle(confirmTitle(page)) }] : []);

/** Cancelling cannot be undone, so the arranging page's "Cancel the review" leads here, where the IRO confirms it, with why. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const youngPersonId = params.youngPersonId ?? "";
  const youngPerson = await loadArrangement(request, youngPersonId);
  const review = youngPerson.plannedReview;
  // Nothing planned (cancelled meanwhile, say): the arranging page says what there is to do instead.
  if (!review) throw redirect(arrangePath(youngPersonId));
  return { arrangePath: arrangePath(youngPersonId), firstName: youngPerson.firstName, reviewId: review.id, scheduledFor: review.scheduledFor };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const youngPersonId = params.youngPersonId ?? "";
  const form = await postedForm(request);
  const outcome = await asSignedIn(request, (options) => arrangeReview("cancel", form, youngPersonId, options)).catch(notFoundIfRefused);
  if ("done" in outcome) throw redirect(`${arrangePath(youngPersonId)}${doneSearch(outcome.done)}`);
  return data(outcome, { status: 400 });
}

export default function CancelReview() {
  const page = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const errors = outcome && "errors" in outcome ? outcome.errors : [];
  const title = confirmTitle(page);
  const errorFor = (field: "reason" | "submit") => errors.find((error) => error.field === fieldId("cancel", field))?.message;
  const buttonId = fieldId("cancel", "submit");
  const buttonError = errorFor("submit");
  return (
    <>
      <BackLink to={page.arrangePath} />
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      <p>{t("arrange.cancel.confirmWhen", { start: startInWords(page.scheduledFor) })}</p>
      <p>{t("arrange.cancel.confirmBody")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="reviewId" value={page.reviewId} />
        <Keepable>
          <TextArea
            id={fieldId("cancel", "reason")}
            name="reason"
            label={t("arrange.cancel.reason")}
            hint={t("arrange.reason.hint", { firstName: page.firstName })}
            error={errorFor("reason")}
            defaultValue={outcome && "values" in outcome ? outcome.values.reason : ""}
            rows={3}
          />
        </Keepable>
        <div className={buttonError ? "form-group form-group--error" : "form-group"}>
          <HintAndError id={buttonId} error={buttonError} />
          <div className="button-group">
            <button type="submit" id={buttonId} className="button button--warning" aria-describedby={describedBy(buttonId, undefined, buttonError)}>
              {t("arrange.cancel.submit")}
            </button>
            <Link to={page.arrangePath}>{t("arrange.cancel.keep")}</Link>
          </div>
        </div>
      </Form>
    </>
  );
}
