import { useEffect } from "react";
import { t } from "~/messages/messages";

/** "Sign in – My Review". */
export function pageTitle(title: string): string {
  return `${title} – ${t("page.titleSuffix")}`;
}

/**
 * GOV.UK starts the title with "Error:" when a form comes back with errors. Remix's meta cannot see an action's
 * result, so with JavaScript the title is set here; without it, the error summary at the top still says so.
 */
export function useErrorTitle(title: string, hasErrors: boolean): void {
  useEffect(() => {
    document.title = hasErrors ? `${t("page.errorPrefix")} ${pageTitle(title)}` : pageTitle(title);
  }, [title, hasErrors]);
}
