import { randomUUID } from "node:crypto";
import { redirect } from "@remix-run/node";
import { ApiError, type CallOptions } from "~/graphql/api.server";
import { keepPostedForm } from "~/kept/kept.server";
import type { PortalSession } from "./session-cookie.server";
import { sessionCookie } from "./session.server";

export const SIGN_IN_PATH = "/sign-in";

/**
 * To the sign-in page, the cookie cleared. A form that was being sent is kept (see kept/), for whoever the session
 * was, or, with the cookie gone, for whoever the form was shown to: after signing in they are back on its page with it.
 */
async function toSignIn(request: Request, ended: PortalSession | null): Promise<never> {
  const headers = new Headers({ "Set-Cookie": await sessionCookie.clear() });
  for (const cookie of await keepPostedForm(request, "account", ended ? `account:${ended.accountId}` : null)) headers.append("Set-Cookie", cookie);
  throw redirect(SIGN_IN_PATH, { headers });
}

/** Whether a thrown response is the one that sends someone whose session ended to sign in. */
export function isToSignIn(thrown: unknown): thrown is Response {
  return thrown instanceof Response && thrown.status === 302 && thrown.headers.get("Location") === SIGN_IN_PATH;
}

/** For the pages that make a session: someone already signed in goes to their home page instead. */
export async function redirectIfSignedIn(request: Request): Promise<null> {
  if (await sessionCookie.read(request)) throw redirect("/");
  return null;
}

/**
 * Runs API calls for a signed-in person. With no session, or one the API has ended, the person is sent to sign in
 * (their cookie cleared) instead of seeing an error; in an action, what the form sent (read by `postedForm`) is kept.
 */
export async function asSignedIn<T>(request: Request, work: (options: CallOptions) => Promise<T>): Promise<T> {
  const session = await sessionCookie.read(request);
  if (!session) return toSignIn(request, null);
  try {
    return await work({ token: session.token, requestId: randomUUID() });
  } catch (error) {
    if (error instanceof ApiError && error.code === "UNAUTHENTICATED") return toSignIn(request, session);
    throw error;
  }
}
