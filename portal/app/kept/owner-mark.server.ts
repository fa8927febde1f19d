import { createHmac, timingSafeEqual } from "node:crypto";
import { deriveKey } from "~/session/sealed.server";

/** Whose a kept form is: an account, by its id, or a single-use link, by its token. */
export type Owner = `account:${string}` | `link:${string}`;

export type OwnerMarks = {
  /** An opaque mark of the owner, fit to put in a page: it shows neither the account id nor the link's token. */
  markOf(owner: Owner): string;
  /** Whether a mark is this owner's, comparing in constant time. */
  isMarkOf(mark: string, owner: Owner): boolean;
};

/** Marks are HMAC-SHA256 under a key derived from the portal's secret for this purpose alone, so none can be made without it. */
export function createOwnerMarks(secret: string): OwnerMarks {
  const key = deriveKey(secret, "my-review portal kept form owner mark");
  const markOf = (owner: Owner) => createHmac("sha256", key).update(owner, "utf8").digest("base64url");
  return {
    markOf,
    isMarkOf(mark, owner) {
      const expected = Buffer.from(markOf(owner));
      const given = Buffer.from(mark);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
