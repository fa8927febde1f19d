import type { PoolClient, QueryResult } from "pg";
import { prepareValue } from "pg/lib/utils";

/** A statement as a caller asked for it: SQL with `$n` placeholders and their values. */
export type Statement = Readonly<{ text: string; values?: readonly unknown[] | undefined }>;

/**
 * Statements PostgreSQL can prepare. Anything else (transaction control, `SET`, DDL) is sent as written.
 */
const PREPARABLE = /^\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;

// Enough for every statement the API sends, with the batch sizes its loaders reach, on one connection; beyond it the
// least recently used are let go, so a connection that lives for days holds a bounded number of plans.
const DEFAULT_CAPACITY = 500;

let lastName = 0;

/** What to send, and how to find each statement's own result among the message's results. */
export type Message = Readonly<{
  sql: string;
  /** The callers' results, in order, out of everything the message returned. */
  resultsOf: (results: QueryResult | QueryResult[]) => QueryResult[];
  /** To be called when the message failed: what it would have prepared may not exist. */
  failed: () => void;
}>;

/**
 * The statements one connection has prepared, by their text. Every request plans the same few hundred statements, and
 * under row-level security planning one costs several times what running it does; prepared once per connection,
 * PostgreSQL parses each once and, after a few runs, reuses its plan (the claims are read when it runs, ADR 016).
 *
 * Prepared statements belong to the connection, not its transaction: one prepared inside a transaction that rolls back
 * still exists. Names are never used twice, so a message that failed part way may leave one prepared that nothing
 * names again, but never a name that means two things.
 */
export class PreparedStatements {
  private static readonly byConnection = new WeakMap<PoolClient, PreparedStatements>();

  /** Name by text, least recently used first. */
  private readonly names = new Map<string, string>();
  /** Names let go, to be deallocated in the connection's next message. */
  private readonly unwanted: string[] = [];

  constructor(
    private readonly client: PoolClient,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  static of(client: PoolClient): PreparedStatements {
    let statements = PreparedStatements.byConnection.get(client);
    if (!statements) {
      statements = new PreparedStatements(client);
      PreparedStatements.byConnection.set(client, statements);
    }
    return statements;
  }

  /**
   * One message of simple-query SQL running `statements` in order: each preparable one as an `EXECUTE` of its prepared
   * statement (with its `PREPARE` first when this connection has not prepared it), any other as written. A message
   * takes no parameters, so the values go in as literals quoted by the driver, in the text pg would have sent them as,
   * and PostgreSQL types them by their place as it types parameters.
   */
  message(statements: readonly Statement[]): Message {
    const literal = (value: unknown) => this.literal(value);
    const parts = this.unwanted.splice(0).map((name) => `DEALLOCATE ${name}`);
    const resultAt: number[] = [];
    const preparedHere: { text: string; name: string }[] = [];
    for (const statement of statements) {
      const values = statement.values ?? [];
      if (!PREPARABLE.test(statement.text)) {
        resultAt.push(parts.push(inlined(statement.text, values, literal)) - 1);
        continue;
      }
      let name = this.recall(statement.text);
      if (!name) {
        name = this.remember(statement.text);
        preparedHere.push({ text: statement.text, name });
        parts.push(`PREPARE ${name} AS ${statement.text}`);
      }
      resultAt.push(parts.push(values.length ? `EXECUTE ${name}(${values.map(literal).join(", ")})` : `EXECUTE ${name}`) - 1);
    }
    return {
      sql: parts.join(";\n"),
      resultsOf: (results) => {
        const all = Array.isArray(results) ? results : [results];
        return resultAt.map((index) => all[index]!);
      },
      failed: () => this.forget(preparedHere),
    };
  }

  /**
   * After a failed message: what it prepared may or may not exist, so it is neither run nor deallocated by name again
   * (a later use prepares it afresh under a new name).
   */
  private forget(texts: readonly Readonly<{ text: string; name: string }>[]): void {
    for (const { text, name } of texts) {
      if (this.names.get(text) === name) this.names.delete(text);
      const unwanted = this.unwanted.indexOf(name);
      if (unwanted !== -1) this.unwanted.splice(unwanted, 1);
    }
  }

  /** A value as pg would have sent it as a parameter, quoted by the driver. */
  private literal(value: unknown): string {
    const prepared = prepareValue(value);
    if (prepared === null) return "NULL";
    return this.client.escapeLiteral(Buffer.isBuffer(prepared) ? `\\x${prepared.toString("hex")}` : prepared);
  }

  private recall(text: string): string | undefined {
    const name = this.names.get(text);
    if (name) {
      this.names.delete(text);
      this.names.set(text, name);
    }
    return name;
  }

  private remember(text: string): string {
    const name = `mr_${(lastName += 1)}`;
    this.names.set(text, name);
    if (this.names.size > this.capacity) {
      const [oldest, oldestName] = this.names.entries().next().value as [string, string];
      this.names.delete(oldest);
      this.unwanted.push(oldestName);
    }
    return name;
  }

  /** How many statements this connection holds prepared, for tests. */
  get size(): number {
    return this.names.size;
  }
}

/** A quoted string, quoted identifier, or a placeholder: placeholders are found only outside the other two. */
const PLACEHOLDER = /'(?:[^']|'')*'|"(?:[^"]|"")*"|\$(\d+)/g;

/** The statement with its parameters written in as literals. */
function inlined(text: string, values: readonly unknown[], literal: (value: unknown) => string): string {
  return values.length === 0 ? text : text.replace(PLACEHOLDER, (match, index?: string) => (index === undefined ? match : literal(values[Number(index) - 1])));
}
