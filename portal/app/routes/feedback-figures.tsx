import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { commentWords, questionWords, returnRate, type Figures } from "~/feedback/figures";
import { askedFor, loadFigures } from "~/feedback/figures.server";
import { BarChart, FiguresTable } from "~/figures/bar-chart";
import { rangeQuery } from "~/figures/date-range";
import { CsvDownloadLink, DateRangeFields } from "~/figures/date-range-form";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("figures.title")) }];

export function loader({ request }: LoaderFunctionArgs) {
  return asSignedIn(request, (options) => loadFigures(askedFor(new URL(request.url)), options)).catch(notFoundIfRefused);
}

const rateWords = (sent: number, returned: number) => {
  const rate = returnRate(sent, returned);
  return rate === null ? t("figures.rate.none") : t("figures.rate", { percent: String(rate) });
};

/** The manager's figures: a date range (a GET form, so it works without JavaScript), charts with their tables, shared comments and the CSV. */
export default function FeedbackFigures() {
  const { range, form, iro, commentsAfter, figures, errors } = useLoaderData<typeof loader>();
  const title = t("figures.title");
  useErrorTitle(title, errors.length > 0);
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      <p>{t("figures.intro")}</p>
      <DateRangeFields form={form} errors={errors}>
        <div className="form-group">
          <label className="label" htmlFor="iro">
            {t("figures.iro")}
          </label>
          <select className="select" id="iro" name="iro" defaultValue={iro}>
            <option value="">{t("figures.iro.all")}</option>
            {figures?.iros.map((each) => (
              <option key={each.iroPersonId} value={each.iroPersonId}>
                {each.iroName}
              </option>
            ))}
          </select>
        </div>
      </DateRangeFields>
      {figures && range ? (
        <>
          <CsvDownloadLink href={`/feedback-figures.csv?${rangeQuery(range, { iro })}`} />
          <Returns figures={figures} />
          <Ratings figures={figures} />
          <ByIro figures={figures} />
          <SharedComments figures={figures} query={(comments = "") => rangeQuery(range, { iro, comments })} onOlderPage={commentsAfter !== ""} />
        </>
      ) : null}
      <p>
        <Link to="/">{t("error.home")}</Link>
      </p>
    </>
  );
}

const returnsTable = (caption: string, heading: string, rows: { key: string; label: string; sent: number; returned: number }[]) => ({
  caption,
  headings: [heading, t("figures.column.sent"), t("figures.column.returned"), t("figures.column.rate")],
  rows: rows.map(({ key, label, sent, returned }) => ({ key, label, cells: [sent, returned, rateWords(sent, returned)] })),
});

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
          key: respondent,
          label: t(`feedback.respondent.${respondent}`),
          value: returnRate(sent, returned) ?? 0,
          text: `${returned}/${sent} ${rateWords(sent, returned)}`,
        }))}
        table={returnsTable(
          caption,
          t("figures.column.respondent"),
          figures.returns.map(({ respondent, sent, returned }) => ({ key: respondent, label: t(`feedback.respondent.${respondent}`), sent, returned })),
        )}
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
              bars={rows.map(({ rating, count }) => ({ key: rating, label: t(`feedback.rating.${rating}`), value: count, text: String(count) }))}
              table={{
                caption,
                headings: [t("figures.column.answer"), t("figures.column.count")],
                rows: rows.map(({ rating, count }) => ({ key: rating, label: t(`feedback.rating.${rating}`), cells: [count] })),
              }}
            />
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
      <FiguresTable
        {...returnsTable(
          t("figures.iros.title"),
          t("figures.column.iro"),
          figures.iros.map(({ iroPersonId, iroName, sent, returned }) => ({ key: iroPersonId, label: iroName, sent, returned })),
        )}
      />
    </section>
  );
}

/**
 * The shared comments a page at a time, newest first; `query` is this page's address with the comments' cursor, so
 * the links work without JavaScript and land back on this section.
 */
function SharedComments({ figures, query, onOlderPage }: { figures: Figures; query: (comments?: string) => string; onOlderPage: boolean }) {
  const { items, nextCursor } = figures.sharedComments;
  return (
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">{t("figures.comments.title")}</h2>
      {items.length === 0 ? <p>{t("figures.comments.none")}</p> : null}
      {items.map((comment, index) => (
        <figure key={index} className="quote-figure">
          <blockquote className="quote">{comment.text}</blockquote>
          <figcaption>{t("figures.comment.from", { respondent: t(`feedback.respondent.${comment.respondent}`), question: commentWords(comment.question) })}</figcaption>
        </figure>
      ))}
      {nextCursor ? (
        <p>
          <Link to={`?${query(nextCursor)}#comments-title`}>{t("figures.comments.older")}</Link>
        </p>
      ) : null}
      {onOlderPage ? (
        <p>
          <Link to={`?${query()}#comments-title`}>{t("figures.comments.newest")}</Link>
        </p>
      ) : null}
    </section>
  );
}
