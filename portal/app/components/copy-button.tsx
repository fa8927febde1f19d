import { useEffect, useState } from "react";

type CopyButtonProps = {
  /** What the button copies. */
  text: string;
  label: string;
  /** Said politely once the text is copied, and if it cannot be. */
  copied: string;
  failed: string;
};

/**
 * A button that copies text with the browser's clipboard, for a page that also shows the text to select: without
 * JavaScript, or where the clipboard cannot be reached, there is no button, and selecting is the way. The status is a
 * polite live region, there from the start so that a screen reader hears what goes into it.
 */
export function CopyButton({ text, label, copied, failed }: CopyButtonProps) {
  const [canCopy, setCanCopy] = useState(false);
  const [status, setStatus] = useState("");
  useEffect(() => setCanCopy(typeof navigator.clipboard?.writeText === "function"), []);
  const copy = () => {
    setStatus("");
    navigator.clipboard.writeText(text).then(
      () => setStatus(copied),
      () => setStatus(failed),
    );
  };
  return (
    <>
      {canCopy ? (
        <button type="button" className="button button--secondary" onClick={copy}>
          {label}
        </button>
      ) : null}
      <p role="status" className="copy-status">
        {status}
      </p>
    </>
  );
}
