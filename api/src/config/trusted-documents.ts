import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { z } from "zod";

/** The portal's trusted documents: the SHA-256 hex digest of each document's text, to that text. */
export type TrustedDocumentSources = ReadonlyMap<string, string>;

const SHA256_HEX = /^[0-9a-f]{64}$/;

const manifestSchema = z.record(z.string(), z.string().min(1, { error: "is empty" }));

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Reads the manifest `npm run codegen` writes from the portal's operations (schema/trusted-documents.json). Each hash
 * must be the digest of its own text, since clients name a document by it. What is wrong is said in one line.
 */
export function readTrustedDocumentSources(file: string): TrustedDocumentSources {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    throw new Error(`${file} cannot be read: run \`npm run codegen\`, or point TRUSTED_DOCUMENTS_FILE at the manifest`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error(`${file} is not JSON`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file} is not a manifest of hashes to documents: ${issue?.path.join(".") || "the whole file"} ${issue?.message ?? "is invalid"}`);
  }
  for (const [hash, text] of Object.entries(parsed.data)) {
    if (!SHA256_HEX.test(hash)) throw new Error(`${file} is not a manifest of hashes to documents: ${hash} is not a SHA-256 hex digest`);
    if (sha256(text) !== hash) throw new Error(`${file} has a document whose hash is not its text's, ${hash}`);
  }
  return new Map(Object.entries(parsed.data));
}
