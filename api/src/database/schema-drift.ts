import type { DataSource } from "typeorm";

export type SchemaDrift = { up: string[]; down: string[] };

/**
 * The SQL that would bring the database in line with the entities. Empty when the migrations and the entities agree;
 * the same comparison writes new migrations.
 */
export async function findSchemaDrift(dataSource: DataSource): Promise<SchemaDrift> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((query) => query.query),
    down: sql.downQueries.map((query) => query.query),
  };
}
