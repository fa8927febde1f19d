import { data, redirect } from "@remix-run/node";
import { signOut } from "~/session/sign-out.server";
import { isToSignIn } from "~/session/signed-in.server";

/**
 * What a question page's action does with what was posted: keeps the answer, then goes where the button pressed
 * leads (`ways`). A refused answer comes back to the page, with why and with what was typed, whichever button was
 * pressed, Back included, as leaving would lose it. Sign out is the exception: it always signs out, keeping what
 * could be kept, because someone on a shared computer must always be able to leave; so is the timeout warning's end.
 */
export async function answerQuestion<Button extends string, Refusal>(
  request: Request,
  pressed: NoInfer<Button> | "sign-out" | "timed-out",
  save: () => Promise<Refusal | null>,
  ways: Readonly<Record<Button, string>>,
) {
  if (pressed === "sign-out" || pressed === "timed-out") {
    // Nor does a page that would send the person elsewhere (choices locked meanwhile, say) stop them signing out.
    await save().catch((error: unknown) => {
      if (!(error instanceof Response)) throw error;
    });
    return signOut(request, "this-device", pressed === "sign-out" ? "signed-out" : "timed-out");
  }
  const refusal = await save();
  if (refusal) return data(refusal, { status: 400 });
  throw redirect(ways[pressed as Button]);
}

/**
 * A background save (the page's fetcher, while the person types) says only whether it worked. When the session has
 * ended it must not send the fetcher to the sign-in page, which would take the page away mid-sentence: what was typed
 * is kept all the same (the cookies come with this answer), and the page says they need to sign in again.
 */
export async function answerInBackground(save: () => Promise<unknown>) {
  try {
    const refused = await save();
    return data({ autosaved: !refused, signedOut: false }, { status: refused ? 400 : 200 });
  } catch (error) {
    if (!isToSignIn(error)) throw error;
    const headers = new Headers();
    for (const cookie of error.headers.getSetCookie()) headers.append("Set-Cookie", cookie);
    return data({ autosaved: false, signedOut: true }, { status: 401, headers });
  }
}
