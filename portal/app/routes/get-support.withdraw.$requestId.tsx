import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/back-link";
import { pageTitle } from "~/components/page-title";
import { t } from "~/messages/messages";
import { loadGetSupport, loadSupportRequest, withdrawSupportRequest } from "~/support-requests/support-requests.server";

export const meta: MetaFunction = () => [{ title: pageTitle(t("support.withdraw.title")) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  // A young person's page: anyone else, even someone who may read the request, does not find it here.
  await loadGetSupport(request);
  const found = await loadSupportRequest(request, params.requestId ?? "");
  return { kind: found.kind };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await withdrawSupportRequest(request, params.requestId ?? "");
  throw redirect("/get-support?withdrawn");
}

export default function WithdrawSupportRequest() {
  const { kind } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/get-support" />
      <span className="caption">{t(`support.${kind}.title`)}</span>
      <h1>{t("support.withdraw.title")}</h1>
      <p>{t("support.withdraw.body")}</p>
      <Form method="post">
        <button type="submit" className="button button--warning">
          {t("support.withdraw.confirm")}
        </button>
      </Form>
      <p>
        <Link to="/get-support">{t("support.withdraw.cancel")}</Link>
      </p>
    </>
  );
}
