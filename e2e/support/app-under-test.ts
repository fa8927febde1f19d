/** Where the global setup started the production build, handed to the test files through the environment. */
export const PORTAL_URL_VARIABLE = "MY_REVIEW_E2E_PORTAL_URL";
export const API_URL_VARIABLE = "MY_REVIEW_E2E_API_URL";

function required(variable: string): string {
  const value = process.env[variable];
  if (!value) throw new Error(`${variable} is unset: run the browser tests with jest, whose global setup starts the app.`);
  return value;
}

export const portalUrl = (path = "/") => new URL(path, required(PORTAL_URL_VARIABLE)).toString();
export const apiUrl = () => required(API_URL_VARIABLE);
