import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { ApiError } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { SignOutMutation } from "~/graphql/operations.server";
import { sessionCookie } from "~/session/session.server";
import { SIGN_IN_PATH } from "~/session/signed-in.server";

/** Signing out is a POST (a form in the header), so a link or an image on another site cannot sign anyone out. */
export async function action({ request }: ActionFunctionArgs) {
  const session = await sessionCookie.read(request);
  if (session) {
    try {
      await callApi(SignOutMutation, {}, { token: session.token });
    } catch (error) {
      // A session the API has already ended is as signed out as it can be.
      if (!(error instanceof ApiError && error.code === "UNAUTHENTICATED")) throw error;
    }
  }
  throw redirect(`${SIGN_IN_PATH}?signed-out`, { headers: { "Set-Cookie": await sessionCookie.clear() } });
}

export function loader() {
  throw redirect("/");
}
