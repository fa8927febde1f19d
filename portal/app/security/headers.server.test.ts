import { contentSecurityPolicy, dataHeaders, documentHeaders, securityHeaders, singleUseLinkHeaders } from "./headers.server";

/** The policy as a browser reads it: each directive's name and its sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("the headers every response gets", () => {
  it("deny framing, sniffing, referrers to other sites, cross-origin openers, camera, microphone and location", () => {
    expect(securityHeaders({ production: false })).toEqual({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "same-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    });
  });

  it("hold browsers to HTTPS for two years, subdomains included, in production only", () => {
    expect(securityHeaders({ production: true })["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(securityHeaders({ production: false })).not.toHaveProperty("Strict-Transport-Security");
  });
});

describe("the Content-Security-Policy", () => {
  const policy = directives(contentSecurityPolicy("bm9uY2U="));

  it("lets scripts run from the portal itself or inline with this response's nonce, nothing else", () => {
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-bm9uY2U='"]);
  });

  it("keeps styles, images, fonts, requests and forms to the portal, with images also from data: URLs", () => {
    expect(policy).toMatchObject({
      "default-src": ["'self'"],
      "style-src": ["'self'"],
      "img-src": ["'self'", "data:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "form-action": ["'self'"],
    });
  });

  it("forbids framing, base URLs and plugins", () => {
    expect(policy).toMatchObject({ "frame-ancestors": ["'none'"], "base-uri": ["'none'"], "object-src": ["'none'"] });
  });

  it("names no source that would let injected script run", () => {
    const sources = Object.values(policy).flat();
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
  });
});

describe("an HTML page's headers", () => {
  it("carry the policy with the page's nonce, and forbid storing the page", () => {
    const headers = documentHeaders({ nonce: "abc123", development: false });
    expect(headers["Content-Security-Policy"]).toBe(contentSecurityPolicy("abc123"));
    expect(headers["Cache-Control"]).toBe("no-store");
  });

  it("leave the policy off under Vite's dev server, whose hot reload runs inline scripts, but still forbid storing", () => {
    expect(documentHeaders({ nonce: undefined, development: true })).toEqual({ "Cache-Control": "no-store" });
  });

  it("refuse to serve a page without a nonce outside development, rather than one whose scripts the browser blocks", () => {
    expect(() => documentHeaders({ nonce: undefined, development: false })).toThrow("No CSP nonce");
    expect(() => documentHeaders({ nonce: "", development: false })).toThrow("No CSP nonce");
  });
});

describe("a loader's or an action's data response", () => {
  it("is never stored", () => {
    expect(dataHeaders()).toEqual({ "Cache-Control": "no-store" });
  });
});

describe("the response to a single-use link's own address", () => {
  it("sends no Referer at all onward, as the address carries the token, and is never stored", () => {
    expect(singleUseLinkHeaders()).toEqual({ "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" });
  });
});
