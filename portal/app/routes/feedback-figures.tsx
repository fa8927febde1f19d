import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { TextField } from "~/components/text-field";
import { BarChart } from "~/feedback/bar-chart";
import { commentWords, questionWords, returnRate, type Figures } from "~/feedback/figures";
import { loadFigures, rangeFrom } from "~/feedback/figures.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("figures.title")) }];

export function loader({ request }: LoaderFunctionArgs) {
  return asSignedIn(request, (options) => loadFigures(rangeFrom(new URL(request.url)), options)).catch(notFoundIfRefused);
}

const rateWords = (sent: number, returned: number) => {
  const rate = returnRate(sent, returned);
  return rate === null ? t("figures.rate.none") : t("figures.rate", { percent: String(rate) });
};

/** The manager's figures: a date range (a GET form, so it works without JavaScript), charts with their tables, shared comments and the CSV. */
export default function FeedbackFigures() {
  const { range, figures, errors } = useLoaderData<typeof loader>();
  const title = t("figures.title");
  useErrorTitle(title, errors.length > 0);
  const query = new URLSearchParams({ from: range.from, to: range.to, ...(range.iro ? { iro: range.iro } : {}) }).toString();
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      <p>{t("figures.intro")}</p>
      <Form method="get" className="figures-range">
        <TextField name="from" type="date" label={t("figures.from")} hint={t("figures.dateHint")} defaultValue={range.from} error={errors.find((error) => error.field === "from")?.message} />
        <TextField name="to" type="date" label={t("figures.to")} defaultValue={range.to} error={errors.find((error) => error.field === "to")?.message} />
        <div className="form-group">
          <label className="label" htmlFor="iro">
            {t("figures.iro")}
          </label>
          <select className="select" id="iro" name="iro" defaultValue={range.iro}>
            <option value="">{t("figures.iro.all")}</option>
            {figures?.iros.map((iro) => (
              <option key={iro.iroPersonId} value={iro.iroPersonId}>
                {iro.iroName}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <button type="submit" className="button">
            {t("figures.show")}
          </button>
        </div>
      </Form>
      {figures ? (
        <>
          <p>
            <a href={`/feedback-figures.csv?${query}`} download>
              {t("figures.download")}
            </a>
          </p>
          <Returns figures={figures} />
          <Ratings figures={figures} />
          <ByIro figures={figures} />
          <SharedComments figures={figures} />
        </>
      ) : null}
      <p>
        <Link to="/">{t("error.home")}</Link>
      </p>
    </>
  );
}

function Returns({ figures }: { figures: Figures }) {
  const caption = t("figures.returns.caption");
  return (
    <section aria-labelledby="returns-title">
      <h2 id="returns-title">{t("figures.returns.title")}</h2>
      <BarChart
        id="returns-chart"
        title={caption}
        description={t("figures.chart.label", { title: caption })}
        max={100}
        bars={figures.returns.map(({ respondent, sent, returned }) => ({
          label: t(`feedback.respondent.${respondent}`),
          value: returnRate(sent, returned) ?? 0,
          text: `${returned}/${sent} ${rateWords(sent, returned)}`,
        }))}
      />
      <ReturnsTable
        caption={caption}
        heading={t("figures.column.respondent")}
        rows={figures.returns.map(({ respondent, sent, returned }) => ({ key: respondent, label: t(`feedback.respondent.${respondent}`), sent, returned }))}
      />
    </section>
  );
}

function Ratings({ figures }: { figures: Figures }) {
  const questions = [...new Set(figures.ratings.map((row) => row.question))];
  return (
    <section aria-labelledby="ratings-title">
      <h2 id="ratings-title">{t("figures.ratings.title")}</h2>
      {questions.map((question) => {
        const rows = figures.ratings.filter((row) => row.question === question);
        const caption = questionWords(question);
        return (
          <div key={question}>
            <h3>{caption}</h3>
            <BarChart
              id={`chart-${question}`}
              title={caption}
              description={t("figures.chart.label", { title: caption })}
              max={Math.max(1, ...rows.map((row) => row.count))}
              bars={rows.map(({ rating, count }) => ({ label: t(`feedback.rating.${rating}`), value: count, text: String(count) }))}
            />
            <table className="table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("figures.column.answer")}</th>
                  <th scope="col" className="table__number">{t("figures.column.count")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ rating, count }) => (
                  <tr key={rating}>
                    <th scope="row">{t(`feedback.rating.${rating}`)}</th>
                    <td className="table__number">{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}

function ByIro({ figures }: { figures: Figures }) {
  return (
    <section aria-labelledby="iros-title">
      <h2 id="iros-title">{t("figures.iros.title")}</h2>
      <ReturnsTable
        caption={t("figures.iros.title")}
        heading={t("figures.column.iro")}
        rows={figures.iros.map(({ iroPersonId, iroName, sent, returned }) => ({ key: iroPersonId, label: iroName, sent, returned }))}
      />
    </section>
  );
}

/** Forms sent and returned, a row for each kind of respondent or each IRO, with the rate in words. */
function ReturnsTable({ caption, heading, rows }: { caption: string; heading: string; rows: { key: string; label: string; sent: number; returned: number }[] }) {
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="table__number">{t("figures.column.sent")}</th>
          <th scope="col" className="table__number">{t("figures.column.returned")}</th>
          <th scope="col" className="table__number">{t("figures.column.rate")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, sent, returned }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td className="table__number">{sent}</td>
            <td className="table__number">{returned}</td>
            <td className="table__number">{rateWords(sent, returned)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SharedComments({ figures }: { figures: Figures }) {
  return (
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">{t("figures.comments.title")}</h2>
      {figures.sharedComments.length === 0 ? <p>{t("figures.comments.none")}</p> : null}
      {figures.sharedComments.map((comment, index) => (
        <figure key={index} className="quote-figure">
          <blockquote className="quote">{comment.text}</blockquote>
          <figcaption>{t("figures.comment.from", { respondent: t(`feedback.respondent.${comment.respondent}`), question: commentWords(comment.question) })}</figcaption>
        </figure>
      ))}
    </section>
  );
}
