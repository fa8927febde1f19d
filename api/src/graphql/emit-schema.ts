import { writeFile } from "node:fs/promises";
import path from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { repositoryRoot } from "../config/repository-root";
import { createSchema } from "./schema";

export const SCHEMA_FILE = path.join(repositoryRoot(), "schema", "schema.graphql");

export async function printedSchema(): Promise<string> {
  const header = "# Written by `npm run codegen` from the API's resolvers. Do not edit by hand.\n\n";
  return header + printSchema(lexicographicSortSchema(await createSchema())) + "\n";
}

if (require.main === module) {
  printedSchema()
    .then((sdl) => writeFile(SCHEMA_FILE, sdl))
    .then(() => console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
