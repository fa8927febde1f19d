import type { en } from "./en";

/** A message's id; the English catalogue (`en.ts`) is the list of them, and other languages follow the same ids. */
export type MessageId = keyof typeof en;
export type Messages = Partial<Record<MessageId, string>>;

/**
 * The words this page can show. The server is given the whole catalogue at start (`whole-catalogue.server.ts`); the
 * browser is given only those the page shipped for hydration (the root loader's `messages`, ADR 018), so the
 * catalogue never joins the browser's JavaScript.
 */
const known = new Map<string, string>();

export function provideMessages(messages: Messages): void {
  for (const [id, text] of Object.entries(messages)) if (text !== undefined) known.set(id, text);
}

/** A page used a message it did not ship: it fails where it is used, so that no test can pass with an id on screen. */
export class MessageNotShipped extends Error {
  constructor(readonly id: string) {
    super(`The message "${id}" was not shipped with this page: see how a page's messages are derived (ADR 018).`);
    this.name = "MessageNotShipped";
  }
}

export function messageText(id: MessageId): string {
  const text = known.get(id);
  if (text === undefined) throw new MessageNotShipped(id);
  return text;
}

/** The message with this id, with each {name} filled in from `values`. */
export function t(id: MessageId, values: Record<string, string> = {}): string {
  return messageText(id).replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
