import { apiUrl } from "./app-under-test";

/** Calls the API directly. A refusal fails the test at once, with the API's words, rather than as missing data later. */
async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(apiUrl(), {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors) throw new Error(`The API refused: ${body.errors.map((error) => error.message).join(" ")}`);
  return body.data;
}

/** Runs `work` with a session of its own, ended afterwards so the person's other sessions are untouched. */
async function asPerson<T>(username: string, passphrase: string, work: (token: string) => Promise<T>): Promise<T> {
  const { signIn } = await graphql<{ signIn: { token?: string } }>(
    "mutation ($input: SignInInput!) { signIn(input: $input) { ... on SignedIn { token } } }",
    { input: { username, passphrase } },
  );
  if (!signIn.token) throw new Error(`${username} could not sign in.`);
  try {
    return await work(signIn.token);
  } finally {
    await graphql("mutation { signOut }", {}, signIn.token);
  }
}

/** Asks the API itself when a person's next review is, so the test checks the page against the data, not a guess. */
export async function nextReviewFromApi(username: string, passphrase: string): Promise<Date> {
  const { me } = await asPerson(username, passphrase, (token) =>
    graphql<{ me: { youngPerson: { nextReview: { scheduledFor: string } } } }>("{ me { youngPerson { nextReview { scheduledFor } } } }", {}, token),
  );
  return new Date(me.youngPerson.nextReview.scheduledFor);
}

/** The date as a person in England reads it: "Thursday 12 March 2026". */
export function inWords(date: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", weekday: "long", day: "numeric", month: "long", year: "numeric" }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}`;
}

export type ChoicesAsSeen = { lockedAt: string | null; answers: { topic: string; accepted: boolean; reason: string | null }[] };

/** What a young person is told about their choices: whether they are locked, and their IRO's answers. */
export async function choicesSeenBy(username: string, passphrase: string): Promise<ChoicesAsSeen> {
  const { me } = await asPerson(username, passphrase, (token) =>
    graphql<{ me: { youngPerson: { nextReview: { choices: ChoicesAsSeen } } } }>(
      "{ me { youngPerson { nextReview { choices { lockedAt answers { topic accepted reason } } } } } }",
      {},
      token,
    ),
  );
  return me.youngPerson.nextReview.choices;
}

export type ViewsVersionAsSeen = { number: number; audience: string; worryingMe: string | null; feelingAboutHome: string | null };

/** Every version of the young person's views for their next review, newest first, as the API keeps them. */
export async function viewsVersionsSeenBy(username: string, passphrase: string): Promise<ViewsVersionAsSeen[]> {
  const { me } = await asPerson(username, passphrase, (token) =>
    graphql<{ me: { youngPerson: { nextReview: { views: { versions: ViewsVersionAsSeen[] } } } } }>(
      "{ me { youngPerson { nextReview { views { versions { number audience worryingMe feelingAboutHome } } } } } }",
      {},
      token,
    ),
  );
  return me.youngPerson.nextReview.views.versions;
}

/** The numbers and audiences of the views a member of staff may read for one of their young people, newest first. */
export async function viewsVersionsSeenByStaff(username: string, passphrase: string, firstName: string): Promise<{ number: number; audience: string }[]> {
  return asPerson(username, passphrase, async (token) => {
    const { youngPeople } = await graphql<{ youngPeople: { items: { id: string; firstName: string }[] } }>("{ youngPeople(first: 20) { items { id firstName } } }", {}, token);
    const youngPerson = youngPeople.items.find((item) => item.firstName === firstName);
    if (!youngPerson) throw new Error(`${username} cannot see ${firstName}.`);
    const { youngPerson: seen } = await graphql<{ youngPerson: { nextReview: { views: { versions: { number: number; audience: string }[] } } } }>(
      "query ($id: ID!) { youngPerson(id: $id) { nextReview { views { versions { number audience } } } } }",
      { id: youngPerson.id },
      token,
    );
    return seen.nextReview.views.versions;
  });
}
