import type { MouseEvent } from "react";
import { t } from "~/messages/messages";

/** A site with nothing to do with care or worries, that anyone might have open. */
export const NEUTRAL_SITE = "https://www.bbc.co.uk/weather";

/**
 * Leaves for a neutral site at once. It is a plain link, so it works without JavaScript; with it, the page is also
 * replaced in the history, so Back does not bring anyone looking over a shoulder to it.
 */
export function QuickExit() {
  const leave = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    window.location.replace(NEUTRAL_SITE);
  };
  return (
    <a href={NEUTRAL_SITE} className="quick-exit" rel="noreferrer" onClick={leave}>
      {t("worried.quickExit")}
    </a>
  );
}
