import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { OTHER_ROWS, RESPONDENTS, type AttendeeRow, type Candidate, type MadeFeedbackLink } from "~/attendance/attendance-form";
import { loadAttendance, recordAttendance } from "~/attendance/attendance.server";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { TextField } from "~/components/text-field";
import { env } from "~/env.server";
import { COMMENTS, RATED } from "~/feedback/feedback-form";
import { formatDate } from "~/format/dates";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { Keepable } from "~/kept/keepable";
import { postedForm } from "~/kept/posted-form.server";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: pageTitle(t("attendees.title", { firstName: page.firstName })) }] : []);

export function loader({ request, params }: LoaderFunctionArgs) {
  return asSignedIn(request, (options) => loadAttendance(params.youngPersonId ?? "", options)).catch(notFoundIfRefused);
}

/** Records who came in one POST, and shows the links made once, in the response: the portal keeps no copy. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await postedForm(request);
  const origin = env.publicOrigin ?? new URL(request.url).origin;
  const outcome = await asSignedIn(request, (options) => recordAttendance(form, origin, options)).catch(notFoundIfRefused);
  return data(outcome, { status: "errors" in outcome ? 400 : 200 });
}

/** The IRO's page for a held review: who came, the feedback links made for them, and how it went. */
export default function ReviewAttendees() {
  const page = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const errors = outcome && "errors" in outcome ? outcome.errors : [];
  const title = t("attendees.title", { firstName: page.firstName });
  useErrorTitle(title, errors.length > 0);
  const back = (
    <p>
      <Link to="..">{t("attendees.back", { firstName: page.firstName })}</Link>
    </p>
  );
  if (outcome && "links" in outcome) return <LinksToSend links={outcome.links} closesAt={outcome.closesAt} firstName={page.firstName} />;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      {page.review ? (
        <>
          <p className="lead">{t("attendees.heldOn", { date: formatDate(page.review.scheduledFor) })}</p>
          <Recorded attendees={page.attendees} />
          {page.isIro && page.candidates.length + OTHER_ROWS.length > 0 ? (
            <PickAttendees reviewId={page.review.id} firstName={page.firstName} candidates={page.candidates} error={errors[0]?.message} />
          ) : null}
          <HowItWent attendees={page.attendees} firstName={page.firstName} />
        </>
      ) : (
        <p>{t("attendees.noHeld", { firstName: page.firstName })}</p>
      )}
      {back}
    </>
  );
}

function Recorded({ attendees }: { attendees: AttendeeRow[] }) {
  return (
    <section aria-labelledby="recorded-title">
      <h2 id="recorded-title">{t("attendees.recorded.title")}</h2>
      {attendees.length === 0 ? (
        <p>{t("attendees.recorded.none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("attendees.column.name")}</th>
              <th scope="col">{t("attendees.column.form")}</th>
              <th scope="col">{t("attendees.column.feedback")}</th>
            </tr>
          </thead>
          <tbody>
            {attendees.map((attendee) => (
              <tr key={attendee.id}>
                <td>{attendee.name}</td>
                <td>{t(`feedback.respondent.${attendee.respondent}`)}</td>
                <td>{attendee.feedback ? t("attendees.state.USED") : t(`attendees.state.${attendee.state}` as "attendees.state.OPEN")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PickAttendees({ reviewId, firstName, candidates, error }: { reviewId: string; firstName: string; candidates: Candidate[]; error: string | undefined }) {
  return (
    <section aria-labelledby="pick-title">
      <h2 id="pick-title">{t("attendees.pick.title")}</h2>
      <p>{t("attendees.pick.intro", { firstName })}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="reviewId" value={reviewId} />
        <Keepable>
          <div className={error ? "form-group form-group--error" : "form-group"}>
            {error ? (
              <p className="error-message" id="came-error">
                {error}
              </p>
            ) : null}
            {candidates.map((candidate, index) => (
              <fieldset className="fieldset" key={candidate.personId}>
                <legend className="fieldset__legend">
                  {candidate.relationship ? `${candidate.name} (${t(`relationship.${candidate.relationship}` as "relationship.MOTHER")})` : t("attendees.youngPerson", { firstName })}
                </legend>
                <div className="options">
                  <Tick id={index === 0 ? "came" : `came-${candidate.personId}`} name="came" value={candidate.personId} label={t("attendees.came")} />
                  <Tick id={`ask-${candidate.personId}`} name="ask" value={candidate.personId} label={t("attendees.ask")} />
                </div>
              </fieldset>
            ))}
          </div>
          {OTHER_ROWS.map((row) => (
            <fieldset className="fieldset" key={row}>
              <legend className="fieldset__legend">{t("attendees.other.legend", { number: String(row) })}</legend>
              <TextField name={`other-${row}-name`} label={t("attendees.other.name")} />
              <TextField name={`other-${row}-role`} label={t("attendees.other.role")} />
              <div className="form-group">
                <label className="label" htmlFor={`other-${row}-respondent`}>
                  {t("attendees.other.respondent")}
                </label>
                <select className="select" id={`other-${row}-respondent`} name={`other-${row}-respondent`} defaultValue="OTHER_PROFESSIONAL">
                  {RESPONDENTS.map((respondent) => (
                    <option key={respondent} value={respondent}>
                      {t(`feedback.respondent.${respondent}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="options">
                <Tick id={`ask-other-${row}`} name="ask" value={`other-${row}`} label={t("attendees.ask")} />
              </div>
            </fieldset>
          ))}
        </Keepable>
        <button type="submit" className="button">
          {t("attendees.record")}
        </button>
      </Form>
    </section>
  );
}

function Tick({ id, name, value, label }: { id: string; name: string; value: string; label: string }) {
  return (
    <div className="options__item">
      <input className="options__input" type="checkbox" id={id} name={name} value={value} />
      <label className="options__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

function LinksToSend({ links, closesAt, firstName }: { links: MadeFeedbackLink[]; closesAt: string; firstName: string }) {
  return (
    <>
      <h1>{links.length > 0 ? t("attendees.links.title") : t("attendees.recorded.title")}</h1>
      {links.length > 0 ? <p>{t("attendees.links.intro", { date: formatDate(closesAt) })}</p> : null}
      {links.map((link, index) => (
        <div className="form-group" key={link.url}>
          <label className="label" htmlFor={`feedback-link-${index}`}>
            {t("attendees.links.label", { name: link.name })}
          </label>
          <textarea id={`feedback-link-${index}`} className="textarea link-to-send" readOnly rows={3} value={link.url} data-testid="feedback-link" />
        </div>
      ))}
      <p>
        <Link to=".">{t("attendees.title", { firstName })}</Link>
      </p>
    </>
  );
}

function HowItWent({ attendees, firstName }: { attendees: AttendeeRow[]; firstName: string }) {
  const sent = attendees.filter((attendee) => attendee.feedback);
  return (
    <section aria-labelledby="how-it-went-title">
      <h2 id="how-it-went-title">{t("attendees.feedback.title")}</h2>
      {sent.length === 0 ? <p>{t("attendees.feedback.none")}</p> : null}
      {sent.map(({ id, name, respondent, feedback }) => (
        <article key={id} className="feedback">
          <h3>{t("attendees.feedback.from", { name, respondent: t(`feedback.respondent.${respondent}`), date: formatDate(feedback!.submittedAt) })}</h3>
          <dl className="summary-list">
            {RATED.filter((question) => feedback!.answers[question]).map((question) => (
              <div className="summary-list__row" key={question}>
                <dt className="summary-list__key">{t(`feedback.question.${question}`, { firstName })}</dt>
                <dd className="summary-list__value">{t(`feedback.rating.${feedback!.answers[question]!}`)}</dd>
              </div>
            ))}
            {COMMENTS.filter((question) => feedback!.answers[question]).map((question) => (
              <div className="summary-list__row" key={question}>
                <dt className="summary-list__key">{t(`feedback.comment.${question}`)}</dt>
                <dd className="summary-list__value">{feedback!.answers[question]}</dd>
              </div>
            ))}
          </dl>
          <p>{t(feedback!.answers.mayQuote ? "attendees.feedback.quote.yes" : "attendees.feedback.quote.no")}</p>
        </article>
      ))}
    </section>
  );
}
