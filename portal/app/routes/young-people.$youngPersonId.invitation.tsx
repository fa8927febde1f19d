import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { formatDate } from "~/format/dates";
import { callApi } from "~/graphql/client.server";
import { notFoundIfRefused } from "~/graphql/not-found.server";
import { CreateInvitationMutation, YoungPersonNameQuery } from "~/young-people/young-people.operations.server";
import { t } from "~/messages/messages";
import { asSignedIn } from "~/session/signed-in.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("youngPeople.invite")) }];

/** Opening the address asks first: a new code is made only by a POST, as it stops any earlier code working. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { youngPerson } = await asSignedIn(request, (options) => callApi(YoungPersonNameQuery, { id: params.youngPersonId ?? "" }, options)).catch(notFoundIfRefused);
  return { firstName: youngPerson.firstName };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const youngPersonId = params.youngPersonId ?? "";
  return asSignedIn(request, async (options) => {
    const { youngPerson } = await callApi(YoungPersonNameQuery, { id: youngPersonId }, options);
    // Made before the code was asked for, or in the meantime on another screen.
    if (youngPerson.hasAccount) return data({ firstName: youngPerson.firstName, code: null, expiresAt: null }, { status: 409 });
    const { createInvitation } = await callApi(CreateInvitationMutation, { youngPersonId }, options);
    return data({ firstName: youngPerson.firstName, code: createInvitation.code, expiresAt: createInvitation.expiresAt });
  }).catch(notFoundIfRefused);
}

export default function Invitation() {
  const invitation = useActionData<typeof action>();
  const { firstName: nameToAsk } = useLoaderData<typeof loader>();
  if (!invitation) {
    return (
      <>
        <h1>{t("invitation.confirm.title", { firstName: nameToAsk })}</h1>
        <p>{t("invitation.replaces", { firstName: nameToAsk })}</p>
        <Form method="post">
          <button type="submit" className="button">
            {t("youngPeople.invite")}
          </button>
        </Form>
        <p>
          <Link to="/young-people">{t("invitation.back")}</Link>
        </p>
      </>
    );
  }
  const { firstName, code, expiresAt } = invitation;
  if (!code || !expiresAt) {
    return (
      <>
        <h1>{t("invitation.hasAccount.title", { firstName })}</h1>
        <p>{t("invitation.hasAccount.body")}</p>
        <p>
          <Link to="/young-people">{t("invitation.back")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t("invitation.title", { firstName })}</h1>
      <p className="code" data-testid="invitation-code">
        {code}
      </p>
      <p>{t("invitation.body", { firstName, date: formatDate(expiresAt) })}</p>
      <p>{t("invitation.howTo", { firstName })}</p>
      <p className="panel">{t("invitation.replaces", { firstName })}</p>
      <p>
        <Link to="/young-people">{t("invitation.back")}</Link>
      </p>
    </>
  );
}
