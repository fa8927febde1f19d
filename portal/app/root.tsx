import { data, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useNonce } from "~/components/nonce";
import { PageMeta, pageTitle } from "~/components/page-title";
import { isWithoutScripts } from "~/components/without-scripts";
import { provideMessages, t, type MessageId } from "~/messages/messages";
import { messagesForPage } from "~/messages/page-messages.server";
import { heldLinkCookie } from "~/contributions/contribution-form.server";
import { START_PATH as LINK_START_PATH } from "~/contributions/contribution-pages";
import { KeptNotice, KeptProvider } from "~/kept/keepable";
import { keptOnPage } from "~/kept/kept.server";
import type { Owner } from "~/kept/owner-mark.server";
import { ContinueOnEnter, isQuestionPage, QUESTION_FORM_ID } from "~/question-page/question-page";
import { sessionCookie } from "~/session/session.server";
import { SIGN_IN_PATH } from "~/session/signed-in.server";
import { SessionTimeoutWarning } from "~/session/session-timeout-warning";
import { ImWorriedLink } from "~/worries/im-worried-link";
import styles from "~/styles/main.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** Whose the page is: the signed-in account, or the link this browser holds on the link pages. */
async function ownerOf(request: Request): Promise<Owner | null> {
  const session = await sessionCookie.read(request);
  if (session) return `account:${session.accountId}`;
  const held = new URL(request.url).pathname.startsWith(LINK_START_PATH) ? await heldLinkCookie.read(request) : null;
  return held?.kind === "link" ? `link:${held.token}` : null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await sessionCookie.read(request);
  const signedIn = session !== null;
  const { setCookies, ...kept } = keptOnPage(request, await ownerOf(request), { account: SIGN_IN_PATH, link: LINK_START_PATH });
  const headers = new Headers();
  for (const cookie of setCookies) headers.append("Set-Cookie", cookie);
  const youngPerson = session?.role === "YOUNG_PERSON";
  return data({ signedIn, youngPerson, kept, messages: messagesForPage(new URL(request.url).pathname) }, { headers });
}

/** Every page asks again, so a form kept for a page is restored on that page alone, and only once. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  defaultShouldRevalidate || currentUrl.href !== nextUrl.href;

/**
 * The header's Sign out. On a question page it is a button of the page's form, so the answer typed there is saved
 * before signing out, without JavaScript too; anywhere else it is a form of its own.
 */
function SignOut({ onQuestionPage }: { onQuestionPage: boolean }) {
  if (onQuestionPage) {
    return (
      <button type="submit" form={QUESTION_FORM_ID} name="intent" value="sign-out" className="link-button header__sign-out">
        {t("signOut.submit")}
      </button>
    );
  }
  return (
    <Form method="post" action="/sign-out" className="header__sign-out">
      <button type="submit" className="link-button">
        {t("signOut.submit")}
      </button>
    </Form>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  // Before anything below renders: in the browser, these are the only words the page has (ADR 018).
  provideMessages(root?.messages ?? {});
  const signedIn = root?.signedIn ?? false;
  const youngPerson = root?.youngPerson ?? false;
  const kept = root?.kept ?? { ownerMark: null, waiting: null, restored: null };
  const matches = useMatches();
  const error = useRouteError();
  // An error page has no question form, even where the route would have shown one.
  const onQuestionPage = !error && matches.some((match) => isQuestionPage(match.handle));
  const nonce = useNonce();
  // Only the server leaves them out: where this runs in the browser, the scripts are already running. An error page
  // without the root's data (an address no route answers) has no words to hydrate with, and needs no scripts either.
  const withScripts = typeof document !== "undefined" || (root !== undefined && !matches.some((match) => isWithoutScripts(match.handle)));
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <PageMeta />
        <Links />
      </head>
      <body>
        {youngPerson && !error ? <ImWorriedLink /> : null}
        <a href="#main-content" className="skip-link">
          {t("service.skipLink")}
        </a>
        <header className="header">
          {onQuestionPage ? <ContinueOnEnter /> : null}
          <div className="width-container header__inner">
            <Link to="/" className="header__service">
              {t("service.name")}
            </Link>
            {signedIn ? <SignOut onQuestionPage={onQuestionPage} /> : null}
          </div>
        </header>
        <main id="main-content" className="width-container" tabIndex={-1}>
          {error ? null : <KeptNotice waiting={kept.waiting} restored={kept.restored} />}
          <KeptProvider value={kept}>{children}</KeptProvider>
        </main>
        <footer className="footer">
          <div className="width-container">
            <p>{t("service.footer")}</p>
          </div>
        </footer>
        {signedIn ? <SessionTimeoutWarning /> : null}
        {withScripts ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** The words of the page for a status a loader or action threw; any other fault is a 500. */
const ERROR_PAGES: Readonly<Record<number, readonly [MessageId, MessageId]>> = {
  404: ["error.notFound.title", "error.notFound.body"],
  503: ["error.unavailable.title", "error.unavailable.body"],
};
const FAULT_PAGE = ["error.title", "error.body"] as const;

export function ErrorBoundary() {
  const error = useRouteError();
  const [title, body] = (isRouteErrorResponse(error) && ERROR_PAGES[error.status]) || FAULT_PAGE;
  return (
    <>
      <title>{pageTitle(t(title))}</title>
      <h1>{t(title)}</h1>
      <p>{t(body)}</p>
      <p>
        <Link to="/">{t("error.home")}</Link>
      </p>
    </>
  );
}
