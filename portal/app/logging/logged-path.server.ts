/** A single-use link's address holds its secret token: the log names the route, never the token. */
const SECRET_PATHS: readonly [RegExp, string][] = [[/^\/contribute\/[^/]+\/?$/, "/contribute/:token"]];

/** The path as the access log may keep it. */
export function loggedPath(path: string): string {
  const secret = SECRET_PATHS.find(([pattern]) => pattern.test(path));
  return secret ? secret[1] : path;
}
