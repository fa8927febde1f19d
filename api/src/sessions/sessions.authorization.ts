import { type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  signIn: {
    access: { kind: "public" },
    call: () => ({
      query: "mutation ($i: SignInInput!) { signIn(input: $i) { __typename } }",
      variables: { i: { username: "nobody-at-all", passphrase: "not a real passphrase" } },
    }),
  },
  sessionEnds: { access: { kind: "signedIn" }, call: () => ({ query: "{ sessionEnds { idleEndsAt expiresAt } }" }) },
  staySignedIn: { access: { kind: "signedIn" }, call: () => ({ query: "mutation { staySignedIn { idleEndsAt } }" }) },
  signOut: { access: { kind: "signedIn" }, call: () => ({ query: "mutation { signOut }" }) },
  signOutEverywhere: { access: { kind: "signedIn" }, call: () => ({ query: "mutation { signOutEverywhere }" }) },
};
