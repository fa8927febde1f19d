import { useEffect, useRef } from "react";

/**
 * A form whose passphrase field empties each time an answer comes back. Without JavaScript the server's page comes
 * back with it empty; with it, the field would keep what was typed, so it is emptied here too.
 */
export function useClearedPassphrase(answer: unknown) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const passphrase = form.current?.elements.namedItem("passphrase");
    if (answer && passphrase instanceof HTMLInputElement) passphrase.value = "";
  }, [answer]);
  return form;
}
