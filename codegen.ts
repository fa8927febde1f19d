import type { CodegenConfig } from "@graphql-codegen/cli";

/** The portal's operations, typed from the API's committed schema. `npm test` fails when the output is stale. */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["portal/app/**/*.server.ts"],
  ignoreNoDocuments: false,
  generates: {
    "portal/app/graphql/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTimeISO: "string", LocalDate: "string" },
      },
    },
    // Every enum of the schema, used or not by an operation: the field error codes travel in extensions, not in data.
    "portal/app/graphql/generated/schema-enums.ts": {
      plugins: ["typescript"],
      config: { onlyEnums: true, enumsAsTypes: true },
    },
  },
};

export default config;
