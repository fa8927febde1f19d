import { useEffect, useRef, useState, type ComponentProps } from "react";
import { TextField } from "~/components/text-field";
import { t } from "~/messages/messages";

type PassphraseFieldProps = Omit<ComponentProps<typeof TextField>, "type" | "name"> & { name?: string };

/**
 * A passphrase field with a "Show passphrase" button that shows what was typed as text, to check it. The button
 * comes with JavaScript only: without it the field is a plain password field. The button says whether it is pressed,
 * and the passphrase is hidden again before the form is sent, so the browser does not keep it as ordinary text.
 */
export function PassphraseField({ name = "passphrase", id = name, ...field }: PassphraseFieldProps) {
  const [enhanced, setEnhanced] = useState(false);
  const [shown, setShown] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setEnhanced(true);
    const form = wrapper.current?.closest("form");
    const hide = () => setShown(false);
    form?.addEventListener("submit", hide);
    return () => form?.removeEventListener("submit", hide);
  }, []);
  return (
    <div className="passphrase" ref={wrapper}>
      <TextField {...field} id={id} name={name} type={shown ? "text" : "password"} />
      {enhanced ? (
        <button type="button" className="button button--secondary passphrase__toggle" aria-controls={id} aria-pressed={shown} onClick={() => setShown(!shown)}>
          {t("passphrase.show")}
        </button>
      ) : null}
    </div>
  );
}
