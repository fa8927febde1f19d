import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { BackLink } from "~/components/back-link";
import { ErrorSummary } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { TextArea } from "~/components/text-area";
import { formatPlainDate } from "~/format/dates";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { t } from "~/messages/messages";
import { COORDINATOR_CLOSED_REASONS } from "~/support-requests/support-request-form";
import { loadSupportRequest, moveSupportRequest } from "~/support-requests/support-requests.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) =>
  page ? [{ title: pageTitle(t("supportRequest.title", { name: page.youngPersonName ?? "", kind: t(`support.${page.kind}.title`) })) }] : [];

export const loader = ({ request, params }: LoaderFunctionArgs) => loadSupportRequest(request, params.requestId ?? "");

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.requestId ?? "";
  const outcome = await moveSupportRequest(request, id, await postedForm(request));
  if (outcome.moved) throw redirect(`/support-requests/${encodeURIComponent(id)}?moved=${outcome.moved}`);
  return data(outcome, { status: 400 });
}

/** One request: what the young person asked, what has happened, and the moves its status allows, with a note. */
export default function SupportRequestPage() {
  const found = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const [search] = useSearchParams();
  const errors = outcome && !outcome.moved ? outcome.errors : [];
  const values = outcome && !outcome.moved ? outcome.values : undefined;
  const title = t("supportRequest.title", { name: found.youngPersonName ?? "", kind: t(`support.${found.kind}.title`) });
  useErrorTitle(title, errors.length > 0);
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const status = (value: string) => t(`supportQueue.status.${value as typeof found.status}`);
  const moved = search.get("moved");
  return (
    <>
      <BackLink to="/support-requests" />
      {moved && errors.length === 0 ? (
        <div className="notice" role="status">
          <p>{t("supportRequest.moved.notice", { status: status(moved) })}</p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      <SummaryList
        rows={[
          { key: "status", label: t("supportRequest.status"), value: status(found.status) },
          {
            key: "asked",
            label: t("supportRequest.asked"),
            value: `${formatPlainDate(found.askedAt)}${found.askedOnBehalf ? ` ${t("pack.support.onBehalf")}` : ""}`,
          },
          { key: "why", label: t("supportRequest.why"), value: found.why ?? t("supportRequest.noWhy") },
          { key: "howSoon", label: t("supportRequest.howSoon"), value: t(`support.howSoon.${found.howSoon}`) },
          { key: "contact", label: t("supportRequest.contact"), value: t(`support.contact.${found.contactPreference}`) },
        ]}
      />
      <h2>{t("supportRequest.history")}</h2>
      {found.moves.length === 0 ? (
        <p>{t("supportRequest.noMoves")}</p>
      ) : (
        <ol className="history">
          {found.moves.map((move) => (
            <li key={move.movedAt}>
              {t("supportRequest.moved", { date: formatPlainDate(move.movedAt), from: status(move.from), to: status(move.to) })}
              {move.closedReason ? ` (${t(`supportRequest.reason.${move.closedReason}`)})` : null}
              {move.note ? <p className="history__note">{move.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
      <h2>{t("supportRequest.move.title")}</h2>
      {found.allowedMoves.length === 0 ? (
        <p>{t("supportRequest.closedForGood")}</p>
      ) : (
        <Form method="post" noValidate>
          <Keepable>
            <OptionGroup
              type="radio"
              name="to"
              legend={t("supportRequest.move.to")}
              error={errorFor("to")}
              options={found.allowedMoves.map((value) => ({ value, label: status(value) }))}
              checked={values?.to ? [values.to] : []}
            />
            {found.allowedMoves.includes("CLOSED") ? (
              <OptionGroup
                type="radio"
                name="closedReason"
                legend={t("supportRequest.move.reason")}
                error={errorFor("closedReason")}
                options={[
                  { value: "", label: t("supportRequest.move.reason.none") },
                  ...COORDINATOR_CLOSED_REASONS.map((value) => ({ value, label: t(`supportRequest.reason.${value}`) })),
                ]}
                checked={[values?.closedReason ?? ""]}
              />
            ) : null}
            <TextArea id="note" name="note" label={t("supportRequest.move.note")} defaultValue={values?.note} error={errorFor("note")} />
          </Keepable>
          <button type="submit" className="button">
            {t("supportRequest.move.submit")}
          </button>
        </Form>
      )}
    </>
  );
}
