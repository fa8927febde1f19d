import { readFile } from "node:fs/promises";
import { printedSchema, SCHEMA_FILE } from "./emit-schema";

describe("schema/schema.graphql", () => {
  it("is what the resolvers print (run `npm run codegen` after changing them)", async () => {
    expect(await readFile(SCHEMA_FILE, "utf8")).toBe(await printedSchema());
  });
});
