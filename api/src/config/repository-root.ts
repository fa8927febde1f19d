import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The folder holding the workspaces' package.json, found the same way from the sources and from dist/. */
export function repositoryRoot(from = __dirname): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && "workspaces" in JSON.parse(readFileSync(manifest, "utf8"))) return dir;
  }
  throw new Error(`No workspace root above ${from}`);
}
