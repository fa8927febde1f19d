import { data, redirect } from "@remix-run/node";
import { signOut } from "~/session/sign-out.server";

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
