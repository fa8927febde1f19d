import { createHash, randomBytes } from "node:crypto";

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
