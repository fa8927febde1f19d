import { Link } from "@remix-run/react";
import type { ViewsAudience } from "~/graphql/generated/graphql";
import { t } from "~/messages/messages";
import { changeAudiencePath, type ReturnTo } from "./questions";
import { words } from "./words";

type AudienceNoticeProps = {
  audience: ViewsAudience | null;
  shorter: boolean;
  /** The page to come back to after changing it. */
  from: ReturnTo;
};

/** Who will read what the young person writes, on every page they write on, with the way to change it. */
export function AudienceNotice({ audience, shorter, from }: AudienceNoticeProps) {
  return (
    <p className="panel audience-notice">
      {words(audience ? `notice.${audience}` : "notice.none", shorter)}{" "}
      <Link to={changeAudiencePath(from)}>{t(audience ? "views.notice.change" : "views.notice.choose")}</Link>
    </p>
  );
}

/**
 * The switch between fewer and more words: a button in the page's form, so what was typed on the page is saved
 * with the switch, and it works without JavaScript. It comes after Continue, so Enter still means Continue.
 */
export function WordsSwitch({ shorter }: { shorter: boolean }) {
  return (
    <p>
      <button type="submit" name="intent" value={shorter ? "more-words" : "fewer-words"} className="button-link">
        {t(shorter ? "views.useMoreWords" : "views.useFewerWords")}
      </button>
    </p>
  );
}
