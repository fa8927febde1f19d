import { apiUrl, portalUrl } from "./app-under-test";

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

/** The date without its weekday, as a printed header gives it: "12 March 2026". */
export function plainDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "numeric", month: "long", year: "numeric" }).format(date);
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

type Credentials = { username: string; passphrase: string };

async function lastWithoutAccount(iro: Credentials, leaveAlone: readonly string[], token: string): Promise<{ id: string; firstName: string }> {
  const { youngPeople } = await graphql<{ youngPeople: { items: { id: string; firstName: string; hasAccount: boolean }[] } }>(
    "{ youngPeople(first: 20) { items { id firstName hasAccount } } }",
    {},
    token,
  );
  const youngPerson = youngPeople.items.filter((item) => !item.hasAccount && !leaveAlone.includes(item.firstName)).at(-1);
  if (!youngPerson) throw new Error(`${iro.username} has no young person without an account to invite.`);
  return youngPerson;
}

/** The last of an IRO's young people with no account, for a story that invites one without disturbing the others. */
export function youngPersonWithoutAccount(iro: Credentials, leaveAlone: readonly string[]): Promise<{ id: string; firstName: string }> {
  return asPerson(iro.username, iro.passphrase, (token) => lastWithoutAccount(iro, leaveAlone, token));
}

/**
 * Gives the last of an IRO's young people with no account one, as the IRO's invitation code and the young person's
 * own username and passphrase would: for stories that must leave alone the young people other stories read.
 * Answers with the young person's first name.
 */
export async function accountForAnotherYoungPerson(iro: Credentials, account: Credentials, leaveAlone: readonly string[]): Promise<string> {
  const { code, firstName } = await asPerson(iro.username, iro.passphrase, async (token) => {
    const youngPerson = await lastWithoutAccount(iro, leaveAlone, token);
    const { createInvitation } = await graphql<{ createInvitation: { code: string } }>(
      "mutation ($id: ID!) { createInvitation(youngPersonId: $id) { code } }",
      { id: youngPerson.id },
      token,
    );
    return { code: createInvitation.code, firstName: youngPerson.firstName };
  });
  const { activateInvitation } = await graphql<{ activateInvitation: { token?: string } }>(
    "mutation ($input: ActivateInvitationInput!) { activateInvitation(input: $input) { ... on SignedIn { token } } }",
    { input: { code, ...account } },
  );
  if (!activateInvitation.token) throw new Error(`The invitation for ${firstName} was refused.`);
  await graphql("mutation { signOut }", {}, activateInvitation.token);
  return firstName;
}

/** Someone new in the network of one of the IRO's young people, who may be invited to their reviews. */
export async function newPersonInNetworkOf(iro: Credentials, youngPersonFirstName: string, person: { firstName: string; lastName: string }): Promise<void> {
  await asPerson(iro.username, iro.passphrase, async (token) => {
    const { youngPeople } = await graphql<{ youngPeople: { items: { id: string; firstName: string }[] } }>("{ youngPeople(first: 20) { items { id firstName } } }", {}, token);
    const youngPerson = youngPeople.items.find((item) => item.firstName === youngPersonFirstName);
    if (!youngPerson) throw new Error(`${iro.username} has no young person called ${youngPersonFirstName}.`);
    await graphql(
      "mutation ($input: AddToNetworkInput!) { addToNetwork(input: $input) { relationship } }",
      { input: { youngPersonId: youngPerson.id, newPerson: person, relationship: "SIBLING", mayBeInvited: true } },
      token,
    );
  });
}

/** A single-use link the IRO makes for someone in a young person's network, as its holder is sent it. */
export async function contributionLinkFor(iro: Credentials, youngPersonFirstName: string, personFirstName: string): Promise<string> {
  return asPerson(iro.username, iro.passphrase, async (token) => {
    const { youngPeople } = await graphql<{ youngPeople: { items: { id: string; firstName: string }[] } }>("{ youngPeople(first: 20) { items { id firstName } } }", {}, token);
    const id = youngPeople.items.find((item) => item.firstName === youngPersonFirstName)?.id;
    const { youngPerson } = await graphql<{ youngPerson: { nextReview: { id: string }; network: { person: { id: string; firstName: string } }[] } }>(
      "query ($id: ID!) { youngPerson(id: $id) { nextReview { id } network { person { id firstName } } } }",
      { id },
      token,
    );
    const personId = youngPerson.network.find((link) => link.person.firstName === personFirstName)?.person.id;
    const { createContributionLink } = await graphql<{ createContributionLink: { token: string } }>(
      "mutation ($input: CreateContributionLinkInput!) { createContributionLink(input: $input) { token } }",
      { input: { reviewId: youngPerson.nextReview.id, personId } },
      token,
    );
    return portalUrl(`/contribute/${createContributionLink.token}`);
  });
}

/**
 * Sam sends their choices with someone they keep for their IRO alone, unless the IRO has locked them (another story
 * may have): either way the review then has choices sent, with who is not wanted kept apart.
 */
export async function sendChoicesKeepingSomeoneAway(username: string, passphrase: string, notWantedOthers: string): Promise<void> {
  await asPerson(username, passphrase, async (token) => {
    const { me } = await graphql<{ me: { youngPerson: { nextReview: { id: string; choices: { lockedAt: string | null } } } } }>(
      "{ me { youngPerson { nextReview { id choices { lockedAt } } } } }",
      {},
      token,
    );
    const review = me.youngPerson.nextReview;
    if (review.choices.lockedAt) return;
    await graphql("mutation ($i: SaveReviewChoicesInput!) { saveReviewChoices(input: $i) { id } }", { i: { reviewId: review.id, notWantedOthers } }, token);
    await graphql("mutation ($id: ID!) { sendReviewChoices(reviewId: $id) { id } }", { id: review.id }, token);
  });
}
