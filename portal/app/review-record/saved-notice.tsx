import { useSearchParams } from "@remix-run/react";
import { t, type MessageId } from "~/messages/messages";

/**
 * What was just saved, from the `saved` the action redirected with, in the page's words: shown while the form was not
 * refused, so that reloading the page repeats nothing and an error is never shown beside a success.
 */
export function SavedNotice({ notices, values, refused }: { notices: Readonly<Record<string, MessageId>>; values: Record<string, string>; refused: boolean }) {
  const [search] = useSearchParams();
  const saved = search.get("saved");
  const notice = !refused && saved ? notices[saved] : undefined;
  return notice ? (
    <div className="notice" role="status">
      <p>{t(notice, values)}</p>
    </div>
  ) : null;
}
