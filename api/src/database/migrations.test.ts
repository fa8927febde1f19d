import { useTestDatabase } from "../testing/test-database";
import { findSchemaDrift } from "./schema-drift";

describe("the migrations", () => {
  const database = useTestDatabase({ migrated: false });

  it("build exactly the tables the entities describe", async () => {
    await database.db.runMigrations();
    expect(await findSchemaDrift(database.db)).toEqual({ up: [], down: [] });
  });

  it("can all be undone and run again", async () => {
    const count = database.db.migrations.length;
    for (let undone = 0; undone < count; undone += 1) await database.db.undoLastMigration();
    expect((await findSchemaDrift(database.db)).up.length).toBeGreaterThan(0);

    await database.db.runMigrations();
    expect(await findSchemaDrift(database.db)).toEqual({ up: [], down: [] });
  });
});
