const conjunction = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

/** "Helen, Tom and Gran". */
export function listInWords(items: string[]): string {
  return conjunction.format(items);
}
