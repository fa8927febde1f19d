import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useNonce } from "~/components/nonce";
import { pageTitle } from "~/components/page-title";
import { t } from "~/messages/messages";
import { ContinueOnEnter, isQuestionPage, QUESTION_FORM_ID } from "~/question-page/question-page";
import { sessionCookie } from "~/session/session.server";
import { SessionTimeoutWarning } from "~/session/session-timeout-warning";
import styles from "~/styles/main.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  return { signedIn: (await sessionCookie.read(request)) !== null };
}

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
  const signedIn = useRouteLoaderData<typeof loader>("root")?.signedIn ?? false;
  const matches = useMatches();
  const error = useRouteError();
  // An error page has no question form, even where the route would have shown one.
  const onQuestionPage = !error && matches.some((match) => isQuestionPage(match.handle));
  const nonce = useNonce();
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
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
          {children}
        </main>
        <footer className="footer">
          <div className="width-container">
            <p>{t("service.footer")}</p>
          </div>
        </footer>
        {signedIn ? <SessionTimeoutWarning /> : null}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const title = notFound ? t("error.notFound.title") : t("error.title");
  return (
    <>
      <title>{pageTitle(title)}</title>
      <h1>{title}</h1>
      <p>{notFound ? t("error.notFound.body") : t("error.body")}</p>
      <p>
        <Link to="/">{t("error.home")}</Link>
      </p>
    </>
  );
}
