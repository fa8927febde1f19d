import { writeFile } from "node:fs/promises";
import path from "node:path";
import { repositoryRoot } from "../config/repository-root";
import { Role } from "../kernel/access/role";
import { modules } from "../modules";

export const PERMISSIONS_FILE = path.join(repositoryRoot(), "docs", "permissions.md");

const code = (text: string) => `\`${text}\``;

/** docs/permissions.md: what each role may do, domain by domain, as the modules declare it. */
export function permissionsDocument(): string {
  const sections = modules
    .filter((module) => module.permissions)
    .map((module) => {
      const grants = Object.values(Role)
        .filter((role) => module.permissions?.[role]?.length)
        .map((role) => `- ${code(role)}: ${module.permissions![role]!.map(code).join(", ")}`);
      return [`## ${module.name}`, "", `From \`api/src/${module.name}/${module.name}.module.ts\`.`, "", ...grants].join("\n");
    });
  const without = Object.values(Role).filter((role) => modules.every((module) => !module.permissions?.[role]?.length));
  return [
    "<!-- Written by `npm run codegen` from the API's modules. Do not edit by hand. -->",
    "# Permissions",
    "",
    "Written `action:subject:scope`, where the scope is `own` (the caller's own record), `assigned` (a young person",
    "allocated or linked to them now) or `any` (anyone in their local authority). Everything not listed is refused.",
    "",
    ...sections.flatMap((section) => [section, ""]),
    "## Roles with no permissions",
    "",
    without.map(code).join(", ") || "None.",
    "",
  ].join("\n");
}

if (require.main === module) {
  writeFile(PERMISSIONS_FILE, permissionsDocument())
    .then(() => console.log(`Wrote ${path.relative(process.cwd(), PERMISSIONS_FILE)}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
