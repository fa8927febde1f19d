import { createHash, randomInt } from "node:crypto";

// Crockford's Base32: digits and capitals without I, L and O, which are read as 1, 1 and 0 when typed, and without
// U, so that codes do not spell rude words. 32 symbols: each character carries 5 bits.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 10;
const GROUP_LENGTH = 5;
const CANONICAL = new RegExp(`^[${ALPHABET}]{${LENGTH}}$`);

// Entropy: 10 characters × 5 bits = 50 bits, about 1.1 × 10^15 codes. Activation attempts are throttled, so codes
// can only be guessed online: even at 1,000 wrong tries an hour kept up for a year (8.8 million), with 1,000 codes
// waiting to be used at once, the chance of hitting any of them is about 1 in 130,000, and a code is spent on
// first use. That is what lets a code be short enough for a child to type.

/** A new single-use code in its canonical form, two groups of five such as "K7MX3-PQ9TD". */
export function newInvitationCode(): string {
  return grouped(Array.from({ length: LENGTH }, () => ALPHABET.charAt(randomInt(ALPHABET.length))).join(""));
}

/**
 * The canonical form of a code as a person typed it, or null when it cannot be one: case, spaces and dashes do not
 * matter, and O, I and L count as the 0 and 1 they look like.
 */
export function normaliseInvitationCode(typed: string): string | null {
  const characters = typed
    .toUpperCase()
    .replace(/[\s\p{Pd}\u2212]/gu, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return CANONICAL.test(characters) ? grouped(characters) : null;
}

/**
 * What the database keeps instead of the code. Codes are random, so one fast hash is enough to keep them out of
 * sight; it does not stop someone holding a copy of the database from trying all 2^50 codes offline, which is one
 * more reason for codes to expire within days.
 */
export function hashInvitationCode(code: string): Buffer {
  const canonical = normaliseInvitationCode(code);
  if (canonical === null) throw new TypeError("Not an invitation code: normalise what was typed, and refuse null.");
  return createHash("sha256").update(canonical).digest();
}

function grouped(characters: string): string {
  return `${characters.slice(0, GROUP_LENGTH)}-${characters.slice(GROUP_LENGTH)}`;
}
