/**
 * A page that works as plain HTML and gains nothing from JavaScript exports this as its `handle`: its document is
 * sent without the app's scripts, so a slow phone has nothing to download, run or hydrate (ADR 018). Reached by a
 * link from a page whose scripts already run, it is shown in place like any other.
 */
export const withoutScriptsHandle = { withoutScripts: true } as const;

export function isWithoutScripts(handle: unknown): boolean {
  return typeof handle === "object" && handle !== null && "withoutScripts" in handle && handle.withoutScripts === true;
}
