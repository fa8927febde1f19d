import { Agent, request } from "node:http";

/** Keeps connections open between requests, as the portal's server does with the API. */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

export type GraphQLResult = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };

/** Sends one GraphQL request; anything but a 200 with data and no errors is thrown, so a benchmark never counts failures as speed. */
export function postGraphQL(url: string, body: Readonly<Record<string, unknown>>, token?: string): Promise<GraphQLResult> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const result = JSON.parse(text) as GraphQLResult;
          if (response.statusCode !== 200 || result.errors?.length || !result.data) {
            reject(new Error(`GraphQL answered ${response.statusCode}: ${text.slice(0, 300)}`));
          } else {
            resolve(result);
          }
        });
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(payload);
  });
}

/** Signs in as a client does and gives the session token. */
export async function signIn(url: string, username: string, passphrase: string): Promise<string> {
  const result = await postGraphQL(url, {
    query: "mutation ($input: SignInInput!) { signIn(input: $input) { __typename ... on SignedIn { token } } }",
    variables: { input: { username, passphrase } },
  });
  const token = (result.data?.signIn as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`could not sign in as ${username}: ${JSON.stringify(result.data)}`);
  return token;
}
