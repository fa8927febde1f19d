import { getMetadataStorage, ValidationTypes } from "class-validator";
import { createSchema } from "./schema";
import { CONSTRAINT_CODES } from "../kernel/input-constraints";

type Storage = {
  validationMetadatas: Map<unknown, { type: string; constraintCls?: unknown; propertyName: string }[]>;
  getTargetValidatorConstraints(target: unknown): { name: string }[];
};

describe("the codes of input constraints", () => {
  it("gives every constraint an input of the schema uses a field error code of its own", async () => {
    await createSchema();
    const storage = getMetadataStorage() as unknown as Storage;
    const used = [...storage.validationMetadatas.values()]
      .flat()
      .filter((metadata) => metadata.type === ValidationTypes.CUSTOM_VALIDATION)
      .flatMap((metadata) => storage.getTargetValidatorConstraints(metadata.constraintCls).map(({ name }) => name));
    expect(used.length).toBeGreaterThan(20);
    expect([...new Set(used)].filter((name) => !(name in CONSTRAINT_CODES))).toEqual([]);
  });
});
