import { useFetcher, useLocation, useNavigation } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState, type FocusEvent } from "react";
import { t } from "~/messages/messages";

/** How long after the last key press the answer is saved: long enough not to save every letter. */
export const AUTOSAVE_DELAY_MS = 2000;

/**
 * Saves the page's form in the background while the young person types, through the page's own action with the
 * intent "autosave", so nothing typed is lost if they close the page or their session ends. Leaving the field (for a
 * link, say) saves at once. Without JavaScript none of this runs, and each page's buttons save instead.
 *
 * `status` is for a polite live region: it says "saved" once and stays the same while later saves succeed, so a
 * screen reader hears it once, not every two seconds. It tells the outcome of the latest save only: once one of the
 * page's buttons saves the page, an earlier background save that failed says nothing any more. When the session has
 * ended it says so, and that what was typed is kept: it stays in the page, and Continue takes them to sign in and back
 * (kept/).
 */
export function useAutosave() {
  const fetcher = useFetcher<{ autosaved: boolean; signedOut: boolean }>();
  const { pathname, search } = useLocation();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const form = useRef<HTMLFormElement>(null);
  const submit = useRef(fetcher.submit);
  submit.current = fetcher.submit;

  const save = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!form.current) return;
    const data = new FormData(form.current);
    data.set("intent", "autosave");
    void submit.current(data, { method: "post", action: `${pathname}${search}` });
  }, [pathname, search]);

  const onChange = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(save, AUTOSAVE_DELAY_MS);
  }, [save]);

  const onBlur = useCallback(
    (event: FocusEvent<HTMLFormElement>) => {
      if (timer.current === undefined) return;
      // Pressing one of the form's own buttons saves the page anyway.
      const next = event.relatedTarget;
      if (next instanceof HTMLButtonElement && next.form === form.current) return;
      save();
    },
    [save],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  const [status, setStatus] = useState("");
  useEffect(() => {
    if (fetcher.data !== undefined) setStatus(t(fetcher.data.signedOut ? "kept.autosave.signedOut" : fetcher.data.autosaved ? "views.autosave.saved" : "views.autosave.failed"));
  }, [fetcher.data]);
  // A button's save, such as the switch to fewer words that stays on the page, is newer than any background save:
  // once it has finished, what an earlier background save said no longer holds.
  const { state } = useNavigation();
  const buttonSaving = useRef(false);
  useEffect(() => {
    if (state === "submitting") buttonSaving.current = true;
    else if (state === "idle" && buttonSaving.current) {
      buttonSaving.current = false;
      setStatus("");
    }
  }, [state]);
  return { form, onChange, onBlur, status };
}
