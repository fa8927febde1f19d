import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { openHeldForm } from "~/contributions/contribution-form.server";
import { closedStatus, isAnswered, questionPath, START_PATH, whereToCarryOn } from "~/contributions/contribution-pages";
import { pageTitle } from "~/components/page-title";
import { WithPhoneLinks } from "~/components/phone-links";
import { formatDate, formatTime } from "~/format/dates";
import { t } from "~/messages/messages";
import { ContactLine } from "~/your-iro/contact-line";

const REACH_THE_IRO = { both: "contribute.iro.reach.both", phone: "contribute.iro.reach.phone", email: "contribute.iro.reach.email" } as const;

export const meta: MetaFunction<typeof loader> = ({ data: page }) => {
  if (!page) return [];
  return [{ title: pageTitle(page.open ? t("contribute.start.title", { firstName: page.firstName }) : t(`contribute.closed.${page.reason}.title`)) }];
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const held = await openHeldForm(request, context);
  if (!held.open) return data({ open: false as const, reason: held.reason }, { status: closedStatus(held.reason) });
  const { form } = held;
  const started = form.questions.some((id) => isAnswered(form.draft, id));
  const first = form.questions[0];
  return data(
    {
      open: true as const,
      firstName: form.youngPersonFirstName,
      reviewScheduledFor: form.reviewScheduledFor,
      expiresAt: form.expiresAt,
      iro: form.iro ?? null,
      draftSavedAt: started ? form.draftSavedAt : null,
      start: first ? questionPath(first) : START_PATH,
      carryOn: whereToCarryOn(form.questions, form.draft),
    },
    { headers: held.headers },
  );
}

/** Where someone with a link starts, and comes back to: who they are helping, who reads their answers, and how it works. */
export default function ContributeStart() {
  const page = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  if (!page.open) {
    return (
      <>
        <h1>{t(`contribute.closed.${page.reason}.title`)}</h1>
        <p>{t(`contribute.closed.${page.reason}.body`)}</p>
      </>
    );
  }
  const { firstName, reviewScheduledFor, expiresAt, iro, draftSavedAt, start, carryOn } = page;
  const until = formatDate(expiresAt);
  return (
    <>
      {searchParams.has("saved") ? (
        <div className="notice" role="status">
          <p>{t("contribute.saved", { date: until })}</p>
        </div>
      ) : null}
      <h1>{t("contribute.start.title", { firstName })}</h1>
      <p className="lead">{t("contribute.start.lead", { firstName, date: formatDate(reviewScheduledFor) })}</p>
      <p>{iro ? t("contribute.start.readerNamed", { firstName, name: iro.name }) : t("contribute.start.reader", { firstName })}</p>
      <p>{t("contribute.start.alsoReads")}</p>
      {iro ? <ContactLine contact={iro} words={REACH_THE_IRO} /> : null}
      <p>{t("contribute.start.skip")}</p>
      <p>{t("contribute.start.saving", { date: until })}</p>
      <p className="panel panel--important">
        <WithPhoneLinks text={t("contribute.start.safety", { firstName })} />
      </p>
      {draftSavedAt ? (
        <>
          <p>{t("contribute.start.draft", { date: formatDate(draftSavedAt), time: formatTime(draftSavedAt) })}</p>
          <div className="button-group">
            <Link to={carryOn} className="button">
              {t("contribute.start.continue")}
            </Link>
            <Link to="/contribute/check-answers">{t("contribute.start.check")}</Link>
          </div>
        </>
      ) : (
        <Link to={start} className="button">
          {t("contribute.start.begin")}
        </Link>
      )}
    </>
  );
}
