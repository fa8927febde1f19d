import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { badUserInput } from "./errors";

/**
 * The query cost limit prices a list with no size of its own (a page's `items`) at this size, so no page may be
 * larger, or a big page could pass as a cheap one.
 */
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = DEFAULT_PAGE_SIZE;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many to return, at most ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: "Ask for at least one." })
  @Max(MAX_PAGE_SIZE, { message: `Ask for at most ${MAX_PAGE_SIZE} at a time.` })
  first: number;

  @Field(() => String, { nullable: true, description: "The `nextCursor` of the page before." })
  after?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (part: string) => UUID.test(part);
export const isTimestamp = (part: string) => !Number.isNaN(Date.parse(part));
export const isText = (part: string) => part.length <= 200;

/** Cursors are opaque to clients: the sort key of the last row given, encoded. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** The parts of a cursor we gave out, each checked by its own test (a tampered one must not reach the database). */
export function decodeCursor(cursor: string, checks: readonly ((part: string) => boolean)[]): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === checks.length && key.every((part, index) => typeof part === "string" && checks[index]?.(part))) {
      return key;
    }
  } catch {
    // falls through to the error below
  }
  throw badUserInput([{ field: "after", code: "INVALID_FORMAT", message: "That cursor is not one we gave out." }]);
}

/** Takes one row more than asked for, to know whether another page follows. */
export function toPage<T>(rows: T[], first: number, keyOf: (row: T) => string[]): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, first);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > first && last ? encodeCursor(keyOf(last)) : null };
}
