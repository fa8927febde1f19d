import type { PoolClient, QueryResult } from "pg";
import { prepareValue } from "pg/lib/utils";

type Waiting = { text: string; values: readonly unknown[] | undefined; resolve: (result: QueryResult) => void; reject: (error: unknown) => void };

/** A quoted string, quoted identifier, or a placeholder: placeholders are found only outside the other two. */
const PLACEHOLDER = /'(?:[^']|'')*'|"(?:[^"]|"")*"|\$(\d+)/g;

function literal(client: PoolClient, value: unknown): string {
  const prepared = prepareValue(value);
  if (prepared === null) return "NULL";
  return client.escapeLiteral(Buffer.isBuffer(prepared) ? `\\x${prepared.toString("hex")}` : prepared);
}

/** The statement with its parameters written in as literals, typed by their context as parameters would be. */
function inlined(client: PoolClient, { text, values = [] }: Waiting): string {
  return text.replace(PLACEHOLDER, (match, index?: string) => (index === undefined ? match : literal(client, values[Number(index) - 1])));
}

/**
 * A request's DataLoaders fire together on its one connection, and each would cost a round trip of its own, one after
 * another (pg would queue them itself, but has deprecated doing so). Here those asked in the same turn of the event
 * loop, or while others are on their way, go together as one message of several statements, in the order they were
 * asked, and each caller gets its own result. Such a message takes no parameters, so theirs are written in as
 * literals quoted by the driver, in the text pg would have sent them as. A statement alone goes as it came.
 *
 * If one statement of a message fails, PostgreSQL runs none after it and the transaction is aborted: every caller in
 * the message gets the error, as each would have got it or "transaction is aborted" one by one.
 */
/** Returns how to put the connection back as it was, before it goes back to the pool. */
export function pipeline(client: PoolClient): () => void {
  const original = client.query;
  const send = client.query.bind(client) as (text: string, values?: readonly unknown[]) => Promise<QueryResult | QueryResult[]>;
  const waiting: Waiting[] = [];
  let flushing = false;

  const flush = async () => {
    while (waiting.length > 0) {
      // Only statements of one statement each can share a message and have their results told apart.
      const together = waiting[0]!.text.includes(";") ? 1 : waiting.findIndex((next) => next.text.includes(";"));
      const batch = waiting.splice(0, together === -1 ? waiting.length : Math.max(together, 1));
      try {
        if (batch.length === 1) {
          batch[0]!.resolve((await send(batch[0]!.text, batch[0]!.values)) as QueryResult);
        } else {
          const results = (await send(batch.map((statement) => inlined(client, statement)).join(";\n"))) as QueryResult[];
          batch.forEach((statement, index) => statement.resolve(results[index]!));
        }
      } catch (error) {
        for (const statement of batch) statement.reject(error);
      }
      // Let the callers whose results just came, and the loaders they wake, ask for their next statements together.
      await new Promise((resolve) => setImmediate(resolve));
    }
    flushing = false;
  };

  client.query = ((text: string, values?: readonly unknown[]) =>
    new Promise<QueryResult>((resolve, reject) => {
      waiting.push({ text, values, resolve, reject });
      if (!flushing) {
        flushing = true;
        setImmediate(() => void flush());
      }
    })) as unknown as PoolClient["query"];
  return () => {
    client.query = original;
  };
}
