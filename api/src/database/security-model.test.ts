import { readFile } from "node:fs/promises";
import path from "node:path";
import { repositoryRoot } from "../config/repository-root";
import { useTestDatabase } from "../testing/test-database";
import { readSecurityModel, SECURITY_MODEL_COMMAND, SECURITY_MODEL_FILE } from "./security-model";

const database = useTestDatabase();

/** Where two texts first differ, as a reader would look for it: the line number and both versions of that line. */
function firstDifference(committed: string, current: string): string {
  const committedLines = committed.split("\n");
  const currentLines = current.split("\n");
  const line = currentLines.findIndex((text, index) => committedLines[index] !== text);
  const at = line === -1 ? currentLines.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(committedLines[at] ?? null)}, migrations make ${JSON.stringify(currentLines[at] ?? null)}`;
}

describe("docs/security-model.sql", () => {
  it("is the security model the migrations make", async () => {
    const file = path.relative(repositoryRoot(), SECURITY_MODEL_FILE);
    const committed = await readFile(SECURITY_MODEL_FILE, "utf8").catch(() => "");
    const current = await readSecurityModel(database.db);
    if (committed !== current) {
      throw new Error(`${file} is stale (${firstDifference(committed, current)}). Run \`${SECURITY_MODEL_COMMAND}\` and commit it.`);
    }
  });

  it("shows the second wall: row-level security forced on a child's records, with their policies", async () => {
    const model = await readSecurityModel(database.db);
    expect(model).toContain("ALTER TABLE review ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;");
    expect(model).toMatch(/CREATE POLICY review_read ON review AS PERMISSIVE FOR SELECT TO my_review_api\n {2}USING \(\(EXISTS \( SELECT 1\n {3}FROM young_person seen\n {2}WHERE seen\.id = review\.young_person_id\)\)\);/);
    expect(model).toContain("GRANT UPDATE (revoked_at, used_at) ON contribution_link TO my_review_api;");
    expect(model).toContain("ALTER FUNCTION app_my_young_people() OWNER TO my_review_policy;");
  });
});
