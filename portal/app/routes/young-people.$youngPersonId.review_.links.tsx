import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { postedForm } from "~/kept/posted-form.server";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { makeLink, showLink, type MakeLinkOutcome, type ShowLinkOutcome } from "~/contributions/contribution-links.server";
import { linkStatus, makeLinkButtonId, makeLinkLabel, peopleToAsk, personLabel, type MadeLink, type PersonToAsk } from "~/contributions/contribution-links";
import { BackLink } from "~/components/back-link";
import { CopyButton } from "~/components/copy-button";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { formatDate } from "~/format/dates";
import { callApi } from "~/graphql/client.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { ContributionLinksQuery } from "~/contributions/contributions.operations.server";
import { env } from "~/env.server";
import { t } from "~/messages/messages";
import { formText } from "~/session/form-text";
import { asSignedIn } from "~/session/signed-in.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("contributionLinks.title")) }];

/** The intent of the button that shows an unused link again; making a link is the form's other button. */
const SHOW_AGAIN = "show";

const reviewPath = (youngPersonId: string) => `/young-people/${encodeURIComponent(youngPersonId)}/review`;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const youngPersonId = params.youngPersonId ?? "";
  const { youngPerson } = await asSignedIn(request, (options) => callApi(ContributionLinksQuery, { id: youngPersonId }, options)).catch(notFoundIfRefused);
  const review = youngPerson.nextReview;
  return {
    firstName: youngPerson.firstName,
    reviewPath: reviewPath(youngPersonId),
    review: review && { id: review.id, scheduledFor: review.scheduledFor },
    people: peopleToAsk(youngPerson.network, review?.contributionLinks ?? []),
  };
}

/**
 * Each link is made by a POST, as it stops any earlier one working; an unused one is shown again by a POST too, so
 * its address is in this answer only, never in an address the browser keeps in its history.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await postedForm(request);
  const origin = env.publicOrigin ?? new URL(request.url).origin;
  const outcome = await asSignedIn<MakeLinkOutcome | ShowLinkOutcome>(request, (options) =>
    formText(form.get("intent")) === SHOW_AGAIN ? showLink(form, origin, options) : makeLink(form, origin, options),
  ).catch(notFoundIfRefused);
  return data(outcome, { status: "errors" in outcome ? 400 : 200 });
}

export default function ContributionLinks() {
  const { firstName, reviewPath, review, people } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const errors = outcome && "errors" in outcome ? outcome.errors : [];
  useErrorTitle(t("contributionLinks.title"), errors.length > 0);
  if (outcome && "made" in outcome) return <LinkToSend made={outcome.made} />;
  const notShown = outcome && "notShown" in outcome ? people.find((person) => person.personId === outcome.notShown) : undefined;
  return (
    <>
      <BackLink to={reviewPath} />
      <ErrorSummary errors={errors} />
      <span className="caption">{t("contributionLinks.caption", { firstName })}</span>
      <h1>{t("contributionLinks.title")}</h1>
      {notShown ? (
        <p className="panel" role="status">
          {t("contributionLinks.notShown", { name: notShown.firstName })}
        </p>
      ) : null}
      {review ? (
        <>
          <p>{t("contributionLinks.intro", { firstName, date: formatDate(review.scheduledFor) })}</p>
          <p>{t("contributionLinks.whatTheySee", { firstName })}</p>
          {people.length > 0 ? (
            <SummaryList
              rows={people.map((person) => ({
                key: person.personId,
                label: personLabel(person),
                // The status has room to wrap on a small screen; the actions column does not.
                value: (
                  <>
                    <PersonStatus person={person} />
                    {person.latest?.state === "OPEN" ? <ShowLinkButton reviewId={review.id} person={person} /> : null}
                  </>
                ),
                action: <MakeLinkButton reviewId={review.id} person={person} />,
              }))}
            />
          ) : (
            <p>{t("contributionLinks.nobody", { firstName })}</p>
          )}
        </>
      ) : (
        <p>{t("contributionLinks.noReview", { firstName })}</p>
      )}
      <p>
        <Link to={reviewPath}>{t("contributionLinks.backToReview", { firstName })}</Link>
      </p>
    </>
  );
}

const replacesId = (personId: string) => `replaces-${personId}`;

function PersonStatus({ person }: { person: PersonToAsk }) {
  return (
    <>
      <p>{linkStatus(person)}</p>
      {person.latest?.state === "OPEN" ? (
        <p className="hint" id={replacesId(person.personId)}>
          {t("contributionLinks.replaces", { name: person.firstName })}
        </p>
      ) : null}
    </>
  );
}

function ShowLinkButton({ reviewId, person }: { reviewId: string; person: PersonToAsk }) {
  return (
    <Form method="post">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="personId" value={person.personId} />
      <button type="submit" name="intent" value={SHOW_AGAIN} className="button">
        {t("contributionLinks.showAgain", { name: person.firstName })}
      </button>
    </Form>
  );
}

function MakeLinkButton({ reviewId, person }: { reviewId: string; person: PersonToAsk }) {
  return (
    <Form method="post">
      <input type="hidden" name="reviewId" value={reviewId} />
      <button
        type="submit"
        name="personId"
        value={person.personId}
        id={makeLinkButtonId(person.personId)}
        className="button button--secondary"
        aria-describedby={person.latest?.state === "OPEN" ? replacesId(person.personId) : undefined}
      >
        {makeLinkLabel(person)}
      </button>
    </Form>
  );
}

/**
 * The address to send, in a read-only box to select and copy, and with JavaScript a button that copies it. The portal
 * keeps no copy: it is shown again only by asking the API again.
 */
function LinkToSend({ made }: { made: MadeLink }) {
  const { firstName: name, url, expiresAt } = made;
  return (
    <>
      <h1>{t("contributionLinks.made.title", { name })}</h1>
      <p>{t("contributionLinks.made.body", { name, date: formatDate(expiresAt) })}</p>
      <div className="form-group">
        <label className="label" htmlFor="link-to-send">
          {t("contributionLinks.made.label", { name })}
        </label>
        <textarea id="link-to-send" className="textarea link-to-send" readOnly rows={3} value={url} data-testid="contribution-link" />
      </div>
      <CopyButton text={url} label={t("contributionLinks.copy")} copied={t("contributionLinks.copied", { name })} failed={t("contributionLinks.copyFailed")} />
      <p className="panel">{t("contributionLinks.made.caution", { name })}</p>
      <p>
        <Link to=".">{t("contributionLinks.back")}</Link>
      </p>
    </>
  );
}
