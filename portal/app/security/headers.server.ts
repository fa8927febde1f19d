/** Pages carry personal data, so neither the browser nor anything between may keep a copy. */
const NO_STORE = { "Cache-Control": "no-store" } as const;

/** Sent with every response from the portal's server, static files included. */
export function securityHeaders({ production }: { production: boolean }): Record<string, string> {
  return {
    // Only in production: development runs on plain HTTP at localhost, where a pinned HTTPS rule would get in the way.
    ...(production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // Parents' and carers' links carry secret tokens in their URLs: no page may hand its URL to another site.
    // Not "no-referrer": under it browsers send "Origin: null" with a form posted without JavaScript, and Remix
    // refuses such a post as cross-site. "same-origin" names the page only to the portal itself, which has the URL.
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  };
}

/** Only the portal's own files, and inline scripts only with this response's nonce (Remix's hydration data). */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

/** What an HTML page adds to the headers every response gets. */
export function documentHeaders({ nonce, development }: { nonce: string | undefined; development: boolean }): Record<string, string> {
  // Vite's dev server adds its HMR client and the CSS as inline scripts and styles that carry no nonce, so a policy
  // would stop hot reload; development is the only mode served without one.
  if (development) return { ...NO_STORE };
  if (!nonce) throw new Error("No CSP nonce in the load context: serve the portal with server.js, which makes one per request.");
  return { "Content-Security-Policy": contentSecurityPolicy(nonce), ...NO_STORE };
}

/** What a loader's or an action's data response adds. */
export function dataHeaders(): Record<string, string> {
  return { ...NO_STORE };
}

/**
 * What the response to a single-use link's own address (/contribute/<token>) adds, replacing the default policy: its
 * path carries the token, so it is sent on as no Referer at all, and no copy is kept. The response only redirects,
 * so none of the form posts that "no-referrer" would break starts from it.
 */
export function singleUseLinkHeaders(): Record<string, string> {
  return { "Referrer-Policy": "no-referrer", ...NO_STORE };
}
