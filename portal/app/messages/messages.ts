import { en, type MessageId } from "./en";

export type { MessageId };

/** The message with this id, with each {name} filled in from `values`. */
export function t(id: MessageId, values: Record<string, string> = {}): string {
  return en[id].replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
