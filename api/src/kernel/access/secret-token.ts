import { createHash, createHmac, randomBytes } from "node:crypto";

// 32 random bytes, base64url: 43 characters. Anything else is not a token we issued.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits: a session's token, or a single-use link's. Shown once to whoever it is for, never stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

export function isWellFormedSecretToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** Tokens are random and long, so one fast hash is enough; the database keeps only this. */
export function hashSecretToken(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}

/**
 * A token the API can make again from what it opens (a single-use link's id, say) with a key only the API holds, so
 * that it can be shown again without being stored (ADR 014). As long and as unguessable as a random one to anyone
 * without the key; the database still keeps only its hash.
 */
export function derivedSecretToken(key: string, subject: string): string {
  return createHmac("sha256", key).update(subject).digest("base64url");
}
