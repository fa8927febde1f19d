import { readFile } from "node:fs/promises";
import { PERMISSIONS_FILE, permissionsDocument } from "./permissions-document";

describe("docs/permissions.md", () => {
  it("lists exactly the permissions the modules grant each role (run `npm run codegen` when this fails)", async () => {
    expect(await readFile(PERMISSIONS_FILE, "utf8")).toBe(permissionsDocument());
  });
});
