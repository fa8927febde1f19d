import { apiUrl } from "./app-under-test";

async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(apiUrl(), {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T };
  return body.data;
}

/** Asks the API itself when a person's next review is, so the test checks the page against the data, not a guess. */
export async function nextReviewFromApi(username: string, passphrase: string): Promise<Date> {
  const { signIn } = await graphql<{ signIn: { token: string } }>(
    "mutation ($input: SignInInput!) { signIn(input: $input) { ... on SignedIn { token } } }",
    { input: { username, passphrase } },
  );
  const { me } = await graphql<{ me: { youngPerson: { nextReview: { scheduledFor: string } } } }>(
    "{ me { youngPerson { nextReview { scheduledFor } } } }",
    {},
    signIn.token,
  );
  await graphql("mutation { signOut }", {}, signIn.token);
  return new Date(me.youngPerson.nextReview.scheduledFor);
}

/** The date as a person in England reads it: "Thursday 12 March 2026". */
export function inWords(date: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", weekday: "long", day: "numeric", month: "long", year: "numeric" }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}`;
}
