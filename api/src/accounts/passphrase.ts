import { hash, verify } from "@node-rs/argon2";

// The library's default algorithm is argon2id; these costs are OWASP's second profile (19 MiB, 2 passes):
// strong, and quick enough on a 2-core server.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassphrase(passphrase: string): Promise<string> {
  return hash(passphrase, ARGON2_OPTIONS);
}

export function verifyPassphrase(passphraseHash: string, passphrase: string): Promise<boolean> {
  return verify(passphraseHash, passphrase);
}

let decoyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so a reply's timing does not tell whether a username exists. */
export async function verifyAgainstDecoy(passphrase: string): Promise<false> {
  decoyHash ??= hashPassphrase("a decoy passphrase that no account has");
  await verify(await decoyHash, passphrase);
  return false;
}
