import type { PoolClient, QueryResult } from "pg";
import { PreparedStatements, type Statement } from "./prepared-statements";

type Waiting = Statement & { resolve: (result: QueryResult) => void; reject: (error: unknown) => void };

/**
 * A request's DataLoaders fire together on its one connection, and each would cost a round trip of its own, one after
 * another (pg would queue them itself, but has deprecated doing so). Here those asked in the same turn of the event
 * loop, or while others are on their way, go together as one message of several statements, in the order they were
 * asked, and each caller gets its own result, each statement run from the connection's prepared statements
 * (`prepared-statements.ts`) so that PostgreSQL plans it once per connection, not once per request.
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

  // Text of several statements of its own (migrations, TypeORM's internals): its results are the caller's to tell apart.
  const sendAsWritten = async (statement: Waiting) => {
    try {
      statement.resolve((await send(statement.text, statement.values)) as QueryResult);
    } catch (error) {
      statement.reject(error);
    }
  };

  const sendPrepared = async (batch: readonly Waiting[]) => {
    const message = PreparedStatements.of(client).message(batch);
    try {
      const results = message.resultsOf(await send(message.sql));
      batch.forEach((statement, index) => statement.resolve(results[index]!));
    } catch (error) {
      message.failed();
      for (const statement of batch) statement.reject(error);
    }
  };

  const flush = async () => {
    while (waiting.length > 0) {
      // Only statements of one statement each can share a message and have their results told apart.
      const together = waiting[0]!.text.includes(";") ? 1 : waiting.findIndex((next) => next.text.includes(";"));
      const batch = waiting.splice(0, together === -1 ? waiting.length : Math.max(together, 1));
      if (batch[0]!.text.includes(";")) await sendAsWritten(batch[0]!);
      else await sendPrepared(batch);
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
