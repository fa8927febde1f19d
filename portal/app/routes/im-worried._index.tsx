import { randomUUID } from "node:crypto";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { OptionGroup } from "~/components/option-group";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { WithPhoneLinks } from "~/components/phone-links";
import { TextArea } from "~/components/text-area";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { t } from "~/messages/messages";
import { TEXT_LIMITS } from "~/question-page/text-limits";
import { QuickExit } from "~/worries/quick-exit";
import { WORRY_CONTACTS, WORRY_HOW_SOON } from "~/worries/worry-form";
import { loadWorried, raiseWorry } from "~/worries/worries.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("worried.title")) }];

export async function loader({ request }: LoaderFunctionArgs) {
  await loadWorried(request);
  // Made afresh each time the page is shown: pressing Send twice, or a retry, sends the same key and is stored once.
  return { submissionKey: randomUUID() };
}

export async function action({ request }: ActionFunctionArgs) {
  const { youngPersonId } = await loadWorried(request);
  const outcome = await raiseWorry(request, youngPersonId, await postedForm(request));
  if (outcome.raised) throw redirect(`/im-worried/told?alert=${encodeURIComponent(outcome.raised)}`);
  return data(outcome, { status: 400 });
}

/** Help now, first; then a short form asking the young person's IRO or social worker to contact them. */
export default function ImWorried() {
  const { submissionKey } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const refused = outcome && outcome.raised === null ? outcome : undefined;
  const errors = refused?.errors ?? [];
  const values = refused?.values;
  useErrorTitle(t("worried.title"), errors.length > 0);
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <>
      <QuickExit />
      <ErrorSummary errors={errors} />
      <h1>{t("worried.title")}</h1>
      <section className="panel panel--important" aria-labelledby="help-now">
        <h2 id="help-now">{t("worried.now.title")}</h2>
        <p className="lead">
          <WithPhoneLinks text={t("worried.now.emergency")} />
        </p>
        <p>
          <WithPhoneLinks text={t("worried.now.childline")} />
        </p>
      </section>
      <h2>{t("worried.form.title")}</h2>
      <p>{t("worried.form.intro")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="submissionKey" value={values?.submissionKey || submissionKey} />
        <Keepable>
          <OptionGroup
            type="radio"
            name="wants"
            legend={t("worried.wants.legend")}
            error={errorFor("wants")}
            options={WORRY_CONTACTS.map((value) => ({ value, label: t(`worried.wants.${value}`) }))}
            checked={values?.wants ? [values.wants] : []}
          />
          <OptionGroup
            type="radio"
            name="howSoon"
            legend={t("worried.howSoon.legend")}
            error={errorFor("howSoon")}
            options={WORRY_HOW_SOON.map((value) => ({ value, label: t(`worried.howSoon.${value}`) }))}
            checked={values?.howSoon ? [values.howSoon] : []}
          />
          <TextArea id="about" name="about" label={t("worried.about.label")} hint={t("worried.about.hint")} defaultValue={values?.about} error={errorFor("about")} limit={TEXT_LIMITS.worried.about} />
        </Keepable>
        <button type="submit" className="button">
          {t("worried.send")}
        </button>
      </Form>
    </>
  );
}
