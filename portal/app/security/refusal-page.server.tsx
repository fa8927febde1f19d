import { renderToStaticMarkup } from "react-dom/server";
import { pageTitle } from "~/components/page-title";
import { t, type MessageId } from "~/messages/messages";
import styles from "~/styles/main.css?url";
import { documentHeaders } from "./headers.server";
import { ALLOWED_METHODS, type RefusalStatus } from "./refused-requests.server";

/** The words for each refusal: what happened, and what the person can do about it. */
const WORDS: Readonly<Record<RefusalStatus, { title: MessageId; body: MessageId }>> = {
  400: { title: "refused.400.title", body: "refused.400.body" },
  403: { title: "refused.403.title", body: "refused.403.body" },
  405: { title: "refused.405.title", body: "refused.405.body" },
  413: { title: "refused.413.title", body: "refused.413.body" },
  415: { title: "refused.415.title", body: "refused.415.body" },
};

/**
 * The page for a request refused before Remix sees it (refused-requests.server.ts). Made by the server alone, with
 * no router and no script: the shell's header, its words and the way home, styled like every other page.
 */
function RefusalPage({ status }: { status: RefusalStatus }) {
  const title = t(WORDS[status].title);
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{pageTitle(title)}</title>
        <link rel="stylesheet" href={styles} />
      </head>
      <body>
        <header className="header">
          <div className="width-container header__inner">
            <a href="/" className="header__service">
              {t("service.name")}
            </a>
          </div>
        </header>
        <main id="main-content" className="width-container">
          <h1>{title}</h1>
          <p>{t(WORDS[status].body)}</p>
          <p>
            <a href="/">{t("error.home")}</a>
          </p>
        </main>
      </body>
    </html>
  );
}

/** The whole answer to a refused request: its status, the page and the headers a page gets (no store, its CSP). */
export function refusalResponse(status: RefusalStatus, nonce: string): { status: RefusalStatus; headers: Record<string, string>; body: string } {
  return {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      ...documentHeaders({ nonce, development: false }),
      ...(status === 405 ? { Allow: ALLOWED_METHODS.join(", ") } : {}),
    },
    body: `<!DOCTYPE html>${renderToStaticMarkup(<RefusalPage status={status} />)}`,
  };
}
