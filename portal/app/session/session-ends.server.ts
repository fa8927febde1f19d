import { data } from "@remix-run/node";
import { ApiError, type ApiClient } from "~/graphql/api.server";
import { callApi } from "~/graphql/client.server";
import { SessionEndsQuery, StaySignedInMutation } from "./session.operations.server";
import { sessionCookie } from "./session.server";
import type { SessionEndsAnswer } from "./warning-plan";

/**
 * For the timeout warning in the page: when the session ends ("read"), or, when the person asks to stay signed in,
 * after counting that as use ("stay"). A session that has ended answers null with its cookie cleared, rather than a
 * redirect, so the page can say why it is sending them to sign in.
 */
export async function sessionEnds(request: Request, intent: "read" | "stay", api: ApiClient = callApi) {
  const session = await sessionCookie.read(request);
  const answeredAt = () => new Date().toISOString();
  const ended = async () => data<SessionEndsAnswer>({ ends: null, answeredAt: answeredAt() }, { headers: { "Set-Cookie": await sessionCookie.clear() } });
  if (!session) return ended();
  try {
    const options = { token: session.token };
    const ends = intent === "stay" ? (await api(StaySignedInMutation, {}, options)).staySignedIn : (await api(SessionEndsQuery, {}, options)).sessionEnds;
    return data<SessionEndsAnswer>({ ends: { idleEndsAt: ends.idleEndsAt, expiresAt: ends.expiresAt }, answeredAt: answeredAt() });
  } catch (error) {
    if (error instanceof ApiError && error.code === "UNAUTHENTICATED") return ended();
    throw error;
  }
}
