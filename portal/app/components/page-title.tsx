import { Meta } from "@remix-run/react";
import { Children, cloneElement, isValidElement, useContext, useEffect, type ReactElement, type ReactNode } from "react";
// The router's state is where useActionData reads each route's action answer; Remix offers no hook for another route's.
import { UNSAFE_DataRouterStateContext as DataRouterStateContext } from "react-router-dom";
import { t } from "~/messages/messages";

/** "Sign in – My Review". */
export function pageTitle(title: string): string {
  return `${title} – ${t("page.titleSuffix")}`;
}

const withErrorPrefix = (title: string) => `${t("page.errorPrefix")} ${title}`;

const refused = (answer: unknown) =>
  typeof answer === "object" && answer !== null && "errors" in answer && Array.isArray(answer.errors) && answer.errors.length > 0;

/** Whether the form just sent came back with errors: every page's action answers `{ errors: [...] }` when it refuses. */
function useFormRefused(): boolean {
  const state = useContext(DataRouterStateContext);
  return Object.values(state?.actionData ?? {}).some(refused);
}

/**
 * Remix's `<Meta />`, with the title starting "Error:" while the form just sent is refused, as GOV.UK asks. Remix's
 * meta functions cannot see an action's answer, so it is done here, once for every page, from the router's state: in
 * the server's HTML (without JavaScript) and again as the page changes in the browser.
 */
export function PageMeta() {
  const prefixed = useFormRefused();
  // Meta is called as a function so its output can be read: a fragment of tags, one of them the <title>.
  const meta = Meta() as ReactElement<{ children?: ReactNode }>;
  if (!prefixed) return meta;
  return Children.map(meta.props.children, (tag) =>
    isValidElement<{ children?: ReactNode }>(tag) && tag.type === "title" ? cloneElement(tag, {}, withErrorPrefix(String(tag.props.children))) : tag,
  );
}

/**
 * For a page whose title follows the action's answer (activation's steps): sets it in the browser once the answer
 * arrives, with "Error:" when the answer has errors. PageMeta already prefixes the title every page's meta gives.
 */
export function useErrorTitle(title: string, hasErrors: boolean): void {
  useEffect(() => {
    document.title = hasErrors ? withErrorPrefix(pageTitle(title)) : pageTitle(title);
  }, [title, hasErrors]);
}
