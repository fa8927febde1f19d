// @ts-check
/**
 * Fails when the portal's generated GraphQL types, or the trusted documents the API runs for the portal
 * (schema/trusted-documents.json), are not what codegen makes from schema/schema.graphql and the portal's operations
 * now. (The API's test suite checks that schema/schema.graphql matches the resolvers.) Nothing is written.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { config } = await loadCodegenConfig({ configFilePath: path.join(root, "codegen.ts") });
/** @type {{ filename: string, content: string }[]} */
const outputs = await generate({ ...config, cwd: root, silent: true }, false);

const stale = [];
for (const { filename, content } of outputs) {
  const file = path.resolve(root, filename);
  const committed = await readFile(file, "utf8").catch(() => null);
  if (committed !== content) stale.push(path.relative(root, file));
}
if (stale.length > 0) {
  console.error(`Generated GraphQL files are stale: ${stale.join(", ")}. Run \`npm run codegen\` and commit the result.`);
  process.exit(1);
}
console.log(`Generated GraphQL files are up to date (${outputs.length} files).`);
