import { readFileSync } from "node:fs";
import path from "node:path";
import { repositoryRoot } from "../config/repository-root";

/** tsc copies no .txt files into dist/, so the list is read from the sources, found through the repository root
 * the same way whether this runs from src/ or from dist/. */
export function commonPasswordsFile(): string {
  return path.join(repositoryRoot(), "api", "src", "accounts", "common-passwords.txt");
}

function readCommonPasswords(): Set<string> {
  const lines = readFileSync(commonPasswordsFile(), "utf8").split(/\r?\n/);
  return new Set(lines.filter((line) => line !== "" && !line.startsWith("#")));
}

let commonPasswords: ReadonlySet<string> | undefined;

/** Read on first use, so that starting the API and tests that never check a passphrase skip the 49,000 lines. */
export function isCommonPassword(lowerCaseCandidate: string): boolean {
  commonPasswords ??= readCommonPasswords();
  return commonPasswords.has(lowerCaseCandidate);
}
