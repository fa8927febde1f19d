import { readFile } from "node:fs/promises";
import path from "node:path";
import { repositoryRoot } from "../config/repository-root";
import { ROLE_PERMISSIONS } from "./permissions";

/** The "## Permissions" list in docs/security.md, as role → permissions. */
async function documentedPermissions(): Promise<Record<string, string[]>> {
  const text = await readFile(path.join(repositoryRoot(), "docs/security.md"), "utf8");
  const section = text.slice(text.indexOf("## Permissions"), text.indexOf("### Adding an operation"));
  const entries = [...section.matchAll(/^- `(\w+)`: (.+)$/gm)].map(([, role, list]) => [
    role,
    list === "none" ? [] : [...list!.matchAll(/`([^`]+)`/g)].map(([, permission]) => permission!),
  ]);
  return Object.fromEntries(entries);
}

describe("docs/security.md", () => {
  it("lists exactly the permissions each role has", async () => {
    const documented = await documentedPermissions();
    expect(documented).toEqual(Object.fromEntries(Object.entries(ROLE_PERMISSIONS).map(([role, permissions]) => [role, [...permissions]])));
  });
});
