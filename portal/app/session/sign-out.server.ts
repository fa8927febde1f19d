import { redirect } from "@remix-run/node";
import { ApiError } from "~/graphql/api.server";
import { keptFormCookie } from "~/kept/kept.server";
import { callApi } from "~/graphql/client.server";
import { SignOutEverywhereMutation, SignOutMutation } from "./session.operations.server";
import { sessionCookie } from "./session.server";
import { SIGN_IN_PATH } from "./signed-in.server";

/** Why someone is signed out: they asked, or the timeout warning ran out. The sign-in page says which. */
export type SignedOutBecause = "signed-out" | "timed-out";

/**
 * Ends this session, or every session of the account, then clears the cookie and goes to the sign-in page. Anything
 * kept from an earlier session is dropped too: someone who chose to leave leaves nothing on the computer.
 */
export async function signOut(request: Request, scope: "this-device" | "everywhere", because: SignedOutBecause = "signed-out"): Promise<never> {
  const session = await sessionCookie.read(request);
  if (session) {
    try {
      const options = { token: session.token };
      if (scope === "everywhere") await callApi(SignOutEverywhereMutation, {}, options);
      else await callApi(SignOutMutation, {}, options);
    } catch (error) {
      // A session the API has already ended is as signed out as it can be.
      if (!(error instanceof ApiError && error.code === "UNAUTHENTICATED")) throw error;
    }
  }
  const headers = new Headers({ "Set-Cookie": await sessionCookie.clear() });
  for (const cookie of keptFormCookie.clear()) headers.append("Set-Cookie", cookie);
  throw redirect(`${SIGN_IN_PATH}?${because}`, { headers });
}
