import { randomUUID } from "node:crypto";
import { redirect } from "@remix-run/node";
import { ApiError, type CallOptions } from "~/graphql/api.server";
import { sessionCookie } from "./session.server";

export const SIGN_IN_PATH = "/sign-in";

async function toSignIn(): Promise<never> {
  throw redirect(SIGN_IN_PATH, { headers: { "Set-Cookie": await sessionCookie.clear() } });
}

/** For the pages that make a session: someone already signed in goes to their home page instead. */
export async function redirectIfSignedIn(request: Request): Promise<null> {
  if (await sessionCookie.read(request)) throw redirect("/");
  return null;
}

/**
 * Runs API calls for a signed-in person. With no session, or one the API has ended, the person is sent to sign in
 * (their cookie cleared) instead of seeing an error.
 */
export async function asSignedIn<T>(request: Request, work: (options: CallOptions) => Promise<T>): Promise<T> {
  const session = await sessionCookie.read(request);
  if (!session) return toSignIn();
  try {
    return await work({ token: session.token, requestId: randomUUID() });
  } catch (error) {
    if (error instanceof ApiError && error.code === "UNAUTHENTICATED") return toSignIn();
    throw error;
  }
}
