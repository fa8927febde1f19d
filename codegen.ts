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
  },
};

export default config;
