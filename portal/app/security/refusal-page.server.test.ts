import { t } from "~/messages/messages";
import { refusalResponse } from "./refusal-page.server";

const NONCE = "bm9uY2Vub25jZW5vbmNlMQ==";

describe("the page for a refused request", () => {
  it("says in our words what happened and leads home, for each refusal", () => {
    for (const status of [400, 403, 405, 413, 415] as const) {
      const page = refusalResponse(status, NONCE);
      expect(page.status).toBe(status);
      expect(page.body).toContain(`<h1>${t(`refused.${status}.title`)}</h1>`);
      expect(page.body).toContain(`<title>${t(`refused.${status}.title`)} – My Review</title>`);
      expect(page.body).toContain(t(`refused.${status}.body`));
      expect(page.body).toContain(`<a href="/">${t("error.home")}</a>`);
    }
  });

  it("is a whole HTML page in English with the site's stylesheet and no script", () => {
    const { body } = refusalResponse(403, NONCE);
    expect(body).toMatch(/^<!DOCTYPE html><html lang="en-GB">/);
    expect(body).toContain('<link rel="stylesheet" href="/assets/main.css"/>');
    expect(body).not.toContain("<script");
  });

  it("has the headers of every page: not stored, with its CSP", () => {
    const { headers } = refusalResponse(413, NONCE);
    expect(headers).toMatchObject({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    expect(headers["Content-Security-Policy"]).toContain(`'nonce-${NONCE}'`);
  });

  it("names the methods the portal answers, for a method it does not", () => {
    expect(refusalResponse(405, NONCE).headers.Allow).toBe("GET, HEAD, POST");
    expect(refusalResponse(403, NONCE).headers).not.toHaveProperty("Allow");
  });
});
