import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** One key per purpose, derived from the configured secret, so the secret itself never encrypts anything. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), purpose, 32));
}

function encrypt(plain: Buffer, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** Throws for anything not sealed with this key. */
function decrypt(sealed: string, key: Buffer): Buffer {
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length <= IV_BYTES + TAG_BYTES) throw new Error("Too short to be sealed.");
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
}

/** Encrypts and authenticates a value (AES-256-GCM): the browser can neither read nor alter it. */
export function seal(value: unknown, key: Buffer): string {
  return encrypt(Buffer.from(JSON.stringify(value), "utf8"), key);
}

/** The value sealed with this key, or null for anything else: tampered, truncated, or sealed with another key. */
export function unseal(sealed: string, key: Buffer): unknown {
  try {
    return JSON.parse(decrypt(sealed, key).toString("utf8"));
  } catch {
    return null;
  }
}

/** As `seal`, compressed first: for a value holding what someone wrote, which may be long. */
export function sealCompressed(value: unknown, key: Buffer): string {
  return encrypt(deflateRawSync(Buffer.from(JSON.stringify(value), "utf8")), key);
}

export function unsealCompressed(sealed: string, key: Buffer): unknown {
  try {
    return JSON.parse(inflateRawSync(decrypt(sealed, key)).toString("utf8"));
  } catch {
    return null;
  }
}
