import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { repositoryRoot } from "../config/repository-root";
import { createDataSource } from "./data-source";
import { findSchemaDrift } from "./schema-drift";

const migrationsDir = path.join(repositoryRoot(), "migrations");

function toLiteral(sql: string): string {
  return "`" + sql.replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll("${", "\\${") + "`";
}

function renderMigration(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${toLiteral(q)});`).join("\n");
  return `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...down].reverse())}
  }
}
`;
}

/** Writes a migration for whatever the entities have that the database (with every migration applied) lacks. */
async function main(): Promise<void> {
  const name = process.argv[2];
  const databaseUrl = process.env.DATABASE_URL;
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error("Usage: npm run migration:new -- <PascalCaseName>");
  if (!databaseUrl) throw new Error("DATABASE_URL must name a development database to compare the entities with.");

  const dataSource = createDataSource({ url: databaseUrl });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const drift = await findSchemaDrift(dataSource);
    if (drift.up.length === 0) {
      console.log("The entities and the migrations agree: no migration written.");
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const fileName = `${timestamp}-${name}`;
    await writeFile(path.join(migrationsDir, `${fileName}.ts`), renderMigration(className, drift.up, drift.down));
    const indexPath = path.join(migrationsDir, "index.ts");
    const index = await readFile(indexPath, "utf8");
    const updated = index
      .replace(/\nexport const migrations/, `import { ${className} } from "./${fileName}";\n\nexport const migrations`)
      .replace(/\n\];\s*$/, `\n  ${className},\n];\n`);
    await writeFile(indexPath, updated);
    console.log(`Wrote migrations/${fileName}.ts (${drift.up.length} statements). Read it before you commit it.`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
