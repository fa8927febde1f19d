import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { postedForm } from "~/kept/posted-form.server";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { makeLink } from "~/contributions/contribution-links.server";
import { linkStatus, makeLinkButtonId, makeLinkLabel, peopleToAsk, personLabel, type MadeLink, type PersonToAsk } from "~/contributions/contribution-links";
import { BackLink } from "~/components/back-link";
import { ErrorSummary } from "~/components/error-summary";
import { pageTitle, useErrorTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { formatDate } from "~/format/dates";
import { callApi } from "~/graphql/client.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { ContributionLinksQuery } from "~/contributions/contributions.operations.server";
import { env } from "~/env.server";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("contributionLinks.title")) }];

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

/** Each link is made by a POST, as it stops any earlier one working; its address is in this answer and nowhere else. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await postedForm(request);
  const outcome = await asSignedIn(request, (options) => makeLink(form, env.publicOrigin ?? new URL(request.url).origin, options)).catch(notFoundIfRefused);
  return data(outcome, { status: "made" in outcome ? 200 : 400 });
}

export default function ContributionLinks() {
  const { firstName, reviewPath, review, people } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const errors = outcome && "errors" in outcome ? outcome.errors : [];
  useErrorTitle(t("contributionLinks.title"), errors.length > 0);
  if (outcome && "made" in outcome) return <LinkToSend made={outcome.made} />;
  return (
    <>
      <BackLink to={reviewPath} />
      <ErrorSummary errors={errors} />
      <span className="caption">{t("contributionLinks.caption", { firstName })}</span>
      <h1>{t("contributionLinks.title")}</h1>
      {review ? (
        <>
          <p>{t("contributionLinks.intro", { firstName, date: formatDate(review.scheduledFor) })}</p>
          <p>{t("contributionLinks.whatTheySee", { firstName })}</p>
          {people.length > 0 ? (
            <SummaryList
              rows={people.map((person) => ({
                key: person.personId,
                label: personLabel(person),
                value: <PersonStatus person={person} />,
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

/** Shown once, like an invitation code: the portal keeps no copy of the address. */
function LinkToSend({ made }: { made: MadeLink }) {
  const { firstName: name, url, expiresAt } = made;
  return (
    <>
      <h1>{t("contributionLinks.made.title", { name })}</h1>
      <p className="link-to-send" data-testid="contribution-link">
        {url}
      </p>
      <p>{t("contributionLinks.made.body", { name, date: formatDate(expiresAt) })}</p>
      <p className="panel">{t("contributionLinks.made.caution", { name })}</p>
      <p>
        <Link to=".">{t("contributionLinks.back")}</Link>
      </p>
    </>
  );
}
