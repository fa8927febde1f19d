import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useParams, useSearchParams } from "@remix-run/react";
import { answerStatus, choiceRows, notWantedLines } from "~/choices/iro-choices";
import { pageTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { formatDate, formatTime } from "~/format/dates";
import { t } from "~/messages/messages";
import { contributionLines, feelingLines, newSinceLastOpened, relationshipLabel, viewsLines, whatIsNew, type Line, type Pack } from "~/pack/pack-sections";
import { loadPack } from "~/pack/pack.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: pageTitle(t("pack.title", { firstName: page.firstName })) }] : []);

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadPack(request, params.youngPersonId ?? "");
}

function NewTag({ show }: { show: boolean }) {
  return show ? <span className="tag tag--new">{t("pack.newTag")}</span> : null;
}

/** Words someone wrote, shown as they wrote them. */
function Answers({ lines }: { lines: Line[] }) {
  return (
    <SummaryList
      rows={lines.map((line) => ({ key: line.key, label: line.label, value: <p className="own-words">{line.text}</p> }))}
    />
  );
}

function WhatIsNew({ pack, firstName }: { pack: Pack; firstName: string }) {
  if (!pack.previouslyOpenedAt) return <p className="notice-line">{t("pack.firstTime")}</p>;
  const when = { date: formatDate(pack.previouslyOpenedAt), time: formatTime(pack.previouslyOpenedAt) };
  const items = whatIsNew(pack, firstName);
  if (items.length === 0) return <p className="notice-line">{t("pack.nothingNew", when)}</p>;
  return (
    <div className="notice" role="status">
      <p>{t("pack.newSince", when)}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function CommunicationNeeds({ pack, firstName, youngPersonPath }: { pack: Pack; firstName: string; youngPersonPath: string }) {
  const needs = pack.youngPerson.communicationNeeds;
  const lines = [
    needs?.interpreterLanguage && t("pack.needs.interpreter", { language: needs.interpreterLanguage }),
    needs?.alternativeCommunication && t("pack.needs.alternative", { text: needs.alternativeCommunication }),
    needs?.otherNeeds && t("pack.needs.other", { text: needs.otherNeeds }),
  ].filter((line): line is string => Boolean(line));
  return (
    <section className="pack-section" aria-labelledby="needs-title">
      <h2 id="needs-title">{t("pack.needs.title", { firstName })}</h2>
      {lines.length > 0 ? lines.map((line) => <p key={line}>{line}</p>) : <p>{t("pack.needs.none")}</p>}
      <p className="no-print">
        <Link to={`${youngPersonPath}/communication-needs`}>{t("pack.needs.change", { firstName })}</Link>
      </p>
    </section>
  );
}

function Choices({ pack, firstName, youngPersonPath }: { pack: Pack; firstName: string; youngPersonPath: string }) {
  const { sent, answers } = pack.review.choices;
  const isNew = newSinceLastOpened(pack);
  return (
    <section className="pack-section" aria-labelledby="choices-title">
      <h2>
        <span id="choices-title">{t("pack.choices.title", { firstName })}</span> <NewTag show={isNew(sent?.updatedAt)} />
      </h2>
      {sent ? (
        <>
          <p>{t("pack.choices.sentAt", { date: formatDate(sent.updatedAt) })}</p>
          <SummaryList
            rows={choiceRows(sent, firstName).map((row) => {
              const answer = answerStatus(
                answers.find((each) => each.topic === row.topic),
                sent,
              );
              return {
                key: row.topic,
                label: row.label,
                value: (
                  <>
                    {row.lines.length > 0 ? row.lines.map((line) => <p key={line}>{line}</p>) : <p>{t("iroReview.notSaid", { firstName })}</p>}
                    {row.lines.length > 0 ? <p className="hint">{answer.status}</p> : null}
                    {answer.reason ? <p className="quote">{answer.reason}</p> : null}
                  </>
                ),
              };
            })}
          />
          {notWantedLines(sent).length > 0 ? (
            <section className="private" aria-labelledby="not-wanted-title">
              <h3 id="not-wanted-title">{t("iroReview.private.title", { firstName })}</h3>
              <p className="private__notice">{t("iroReview.private.notice", { firstName })}</p>
              {notWantedLines(sent).map((line) => (
                <p key={line}>{line}</p>
              ))}
            </section>
          ) : null}
        </>
      ) : (
        <p>{t("pack.choices.none", { firstName })}</p>
      )}
      <p className="no-print">
        <Link to={`${youngPersonPath}/review`}>{t("pack.answerChoices", { firstName })}</Link>
      </p>
    </section>
  );
}

function Views({ pack, firstName }: { pack: Pack; firstName: string }) {
  const views = pack.review.views.latest;
  const isNew = newSinceLastOpened(pack);
  return (
    <section className="pack-section" aria-labelledby="views-title">
      <h2>
        <span id="views-title">{t("pack.views.title", { firstName })}</span> <NewTag show={isNew(views?.submittedAt)} />
      </h2>
      {views ? (
        <>
          <p>{t("pack.views.sentAt", { date: formatDate(views.submittedAt), number: String(views.number) })}</p>
          <p>{t(`pack.views.audience.${views.audience}`, { firstName })}</p>
          {views.usedShorterVersion ? <p>{t("pack.views.shorter", { firstName })}</p> : null}
          <p className="hint">{t("pack.views.ownWords", { firstName })}</p>
          <Answers lines={viewsLines(views, firstName)} />
          <h3>{t("pack.views.feelings", { firstName })}</h3>
          <SummaryList rows={feelingLines(views).map((line) => ({ key: line.key, label: line.label, value: line.text }))} />
        </>
      ) : (
        <p>{t("pack.views.none", { firstName })}</p>
      )}
    </section>
  );
}

function Contributions({ pack, firstName }: { pack: Pack; firstName: string }) {
  const isNew = newSinceLastOpened(pack);
  const { contributions } = pack.review;
  return (
    <section className="pack-section" aria-labelledby="contributions-title">
      <h2 id="contributions-title">{t("pack.contributions.title")}</h2>
      {contributions.length === 0 ? <p>{t("pack.contributions.none")}</p> : null}
      {contributions.map((contribution) => (
        <article className="contribution" key={contribution.id} aria-labelledby={`contribution-${contribution.id}`}>
          <h3>
            <span id={`contribution-${contribution.id}`}>
              {t("pack.contributions.from", { name: contribution.person.firstName, relationship: relationshipLabel(contribution.relationship) })}
            </span>{" "}
            <NewTag show={isNew(contribution.submittedAt)} />
          </h3>
          <p>{t("pack.contributions.sentAt", { date: formatDate(contribution.submittedAt) })}</p>
          <Answers lines={contributionLines(contribution, firstName)} />
        </article>
      ))}
    </section>
  );
}

export default function PreReviewPack() {
  const { firstName, pack } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const youngPersonPath = `/young-people/${encodeURIComponent(useParams().youngPersonId ?? "")}`;
  return (
    <>
      <p className="no-print">
        <Link to="/young-people" className="back-link">
          {t("iroReview.back")}
        </Link>
      </p>
      {searchParams.has("saved") ? (
        <div className="notice" role="status">
          <p>{t("needs.saved", { firstName })}</p>
        </div>
      ) : null}
      <h1>{t("pack.title", { firstName })}</h1>
      {pack ? (
        <>
          <p className="lead">{t("pack.when", { date: formatDate(pack.review.scheduledFor), time: formatTime(pack.review.scheduledFor) })}</p>
          <p>{t(`myReview.format.${pack.review.format}`)}</p>
          {pack.review.venue ? <p>{t("myReview.venue", { venue: pack.review.venue })}</p> : null}
          <p>{t("pack.intro")}</p>
          <p className="hint no-print">{t("pack.print")}</p>
          <WhatIsNew pack={pack} firstName={firstName} />
          <CommunicationNeeds pack={pack} firstName={firstName} youngPersonPath={youngPersonPath} />
          <Choices pack={pack} firstName={firstName} youngPersonPath={youngPersonPath} />
          <Views pack={pack} firstName={firstName} />
          <Contributions pack={pack} firstName={firstName} />
        </>
      ) : (
        <p>{t("pack.noReview", { firstName })}</p>
      )}
    </>
  );
}
