import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useParams, useSearchParams } from "@remix-run/react";
import { answerStatus, choiceRows, notWantedLines } from "~/choices/iro-choices";
import { pageTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { withoutScriptsHandle } from "~/components/without-scripts";
import { formatDate, formatPlainDate, formatPlainDay, formatTime } from "~/format/dates";
import { t } from "~/messages/messages";
import {
  contributionLines,
  contributionPlace,
  feelingLines,
  newSinceRead,
  PACK_PLACES,
  relationshipLabel,
  viewsLines,
  whatIsNew,
  type Line,
  type Pack,
} from "~/pack/pack-sections";
import { LastReviews } from "~/review-record/last-reviews";
import { postedForm } from "~/kept/posted-form.server";
import { MARK_READ_FIELDS } from "~/pack/mark-read-form";
import { loadPack, markPackRead } from "~/pack/pack.server";
import { viewsChanges, type ViewsChange } from "~/pack/views-changes";
import { SupportInPack } from "~/support-requests/support-in-pack";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: pageTitle(t("pack.title", { firstName: page.firstName })) }] : []);

/** A pack is read and printed: its links and its one form work as plain HTML, so a phone is sent no scripts for it. */
export const handle = withoutScriptsHandle;

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadPack(request, params.youngPersonId ?? "");
}

/** "I've read everything new": marks the pack read, then shows it again with nothing marked new that was read. */
export async function action({ request, params }: ActionFunctionArgs) {
  await markPackRead(request, await postedForm(request));
  throw redirect(`/young-people/${encodeURIComponent(params.youngPersonId ?? "")}/review/pack?read`);
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
  const items = whatIsNew(pack, firstName);
  const when = pack.readUpTo ? { date: formatDate(pack.readUpTo), time: formatTime(pack.readUpTo) } : null;
  // Never marked read and nothing in it yet: there is nothing to say.
  if (items.length === 0 && !when) return null;
  return (
    <section className="notice no-print" aria-labelledby="what-is-new-title">
      <h2 id="what-is-new-title">{t("pack.new.title")}</h2>
      {items.length === 0 && when ? <p>{t("pack.new.nothing", when)}</p> : null}
      {items.length > 0 ? (
        <>
          <p>{when ? t("pack.new.since", when) : t("pack.new.neverRead")}</p>
          <ul className="what-is-new">
            {items.map((item) => (
              <li key={item.place}>
                <a href={`#${item.place}`}>{item.text}</a>
              </li>
            ))}
          </ul>
          <Form method="post">
            <input type="hidden" name={MARK_READ_FIELDS.reviewId} value={pack.review.id} />
            <input type="hidden" name={MARK_READ_FIELDS.upTo} value={pack.shownAt} />
            <button type="submit" className="button">
              {t("pack.new.markRead")}
            </button>
          </Form>
        </>
      ) : null}
    </section>
  );
}

/** The facts every printed page starts with, so that a loose page still says whose it is and how to handle it. */
function PrintHeader({ pack, printedOn }: { pack: Pack; printedOn: string }) {
  return (
    <div className="print-header">
      <p className="print-header__marking">{t("pack.header.marking")}</p>
      <ul className="print-header__facts">
        <li>{t("pack.header.youngPerson", { fullName: pack.fullName, dateOfBirth: formatPlainDay(pack.dateOfBirth) })}</li>
        <li>{pack.iroName ? t("pack.header.iro", { name: pack.iroName }) : t("pack.header.noIro")}</li>
        <li>{t("pack.header.review", { date: formatPlainDate(pack.review.scheduledFor) })}</li>
        <li>{t("pack.header.printed", { date: formatPlainDate(printedOn) })}</li>
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
    <section className="pack-section" id={PACK_PLACES.needs} aria-labelledby="needs-title">
      <h2>
        <span id="needs-title">{t("pack.needs.title", { firstName })}</span> <NewTag show={newSinceRead(pack)(needs?.updatedAt)} />
      </h2>
      {lines.length > 0 ? lines.map((line) => <p key={line}>{line}</p>) : <p>{t("pack.needs.none")}</p>}
      <p className="no-print">
        <Link to={`${youngPersonPath}/communication-needs`}>{t("pack.needs.change", { firstName })}</Link>
      </p>
    </section>
  );
}

function Choices({ pack, firstName, youngPersonPath }: { pack: Pack; firstName: string; youngPersonPath: string }) {
  const { sent, answers } = pack.review.choices;
  const isNew = newSinceRead(pack);
  return (
    <section className="pack-section" id={PACK_PLACES.choices} aria-labelledby="choices-title">
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

/** One changed answer: the words "Added", "Taken out", "Before" and "Now" say what happened, never colour alone. */
function Change({ change }: { change: ViewsChange }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{change.label}</dt>
      <dd className="summary-list__value">
        {change.before !== null ? (
          <p>
            {t(change.now === null ? "pack.views.changes.removed" : "pack.views.changes.before")} <del className="own-words">{change.before}</del>
          </p>
        ) : null}
        {change.now !== null ? (
          <p>
            {t(change.before === null ? "pack.views.changes.added" : "pack.views.changes.now")} <ins className="own-words">{change.now}</ins>
          </p>
        ) : null}
      </dd>
    </div>
  );
}

function ViewsChanges({ pack, firstName }: { pack: Pack; firstName: string }) {
  const latest = pack.review.views.latest;
  const before = pack.viewsBefore;
  if (!latest || !before) return null;
  const changes = viewsChanges(before, latest, firstName);
  return (
    <section className="views-changes" aria-labelledby="views-changes-title">
      <h3 id="views-changes-title">{t("pack.views.changes.title", { number: String(before.number) })}</h3>
      {changes.length === 0 ? (
        <p>{t("pack.views.changes.none", { number: String(before.number) })}</p>
      ) : (
        <dl className="summary-list">
          {changes.map((change) => (
            <Change key={change.key} change={change} />
          ))}
        </dl>
      )}
    </section>
  );
}

function Views({ pack, firstName }: { pack: Pack; firstName: string }) {
  const views = pack.review.views.latest;
  const isNew = newSinceRead(pack);
  return (
    <section className="pack-section" id={PACK_PLACES.views} aria-labelledby="views-title">
      <h2>
        <span id="views-title">{t("pack.views.title", { firstName })}</span> <NewTag show={isNew(views?.submittedAt)} />
      </h2>
      {views ? (
        <>
          <p>{t("pack.views.sentAt", { date: formatDate(views.submittedAt), number: String(views.number) })}</p>
          <p>{t(`pack.views.audience.${views.audience}`, { firstName })}</p>
          {views.usedShorterVersion ? <p>{t("pack.views.shorter", { firstName })}</p> : null}
          <ViewsChanges pack={pack} firstName={firstName} />
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
  const isNew = newSinceRead(pack);
  const { contributions } = pack.review;
  return (
    <section className="pack-section" aria-labelledby="contributions-title">
      <h2 id="contributions-title">{t("pack.contributions.title")}</h2>
      {contributions.length === 0 ? <p>{t("pack.contributions.none")}</p> : null}
      {contributions.map((contribution) => (
        <article className="contribution" key={contribution.id} id={contributionPlace(contribution.id)} aria-labelledby={`contribution-${contribution.id}-title`}>
          <h3>
            <span id={`contribution-${contribution.id}-title`}>
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
  const { firstName, pack, printedOn } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const youngPersonPath = `/young-people/${encodeURIComponent(useParams().youngPersonId ?? "")}`;
  const title = <h1>{t("pack.title", { firstName })}</h1>;
  return (
    <>
      <p className="no-print">
        <Link to="/young-people" className="back-link">
          {t("iroReview.back")}
        </Link>
      </p>
      {searchParams.has("saved") ? (
        <div className="notice no-print" role="status">
          <p>{t("needs.saved", { firstName })}</p>
        </div>
      ) : null}
      {searchParams.has("read") ? (
        <div className="notice no-print" role="status">
          <p>{t("pack.new.markedRead")}</p>
        </div>
      ) : null}
      {pack ? (
        // A table's head is the one thing Chromium repeats at the top of every printed page; on screen it is no table.
        <table className="print-frame" role="presentation">
          <thead>
            <tr>
              <td>
                <PrintHeader pack={pack} printedOn={printedOn} />
              </td>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                {title}
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
                <SupportInPack requests={pack.youngPerson.supportRequests} firstName={firstName} youngPersonPath={youngPersonPath} />
                <LastReviews recommendations={pack.review.recommendationsFromLastReview} participation={pack.youngPerson.participationHistory} firstName={firstName} />
              </td>
            </tr>
          </tbody>
        </table>
      ) : (
        <>
          {title}
          <p>{t("pack.noReview", { firstName })}</p>
        </>
      )}
    </>
  );
}
