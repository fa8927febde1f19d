import { createHash } from "node:crypto";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { preset as clientPreset } from "@graphql-codegen/client-preset";

/** Where the API reads the portal's trusted documents: beside the schema, so neither side imports the other's code. */
export const TRUSTED_DOCUMENTS_FILE = "schema/trusted-documents.json";

/**
 * The client preset, with its persisted-documents manifest written to TRUSTED_DOCUMENTS_FILE rather than among the
 * portal's generated code. The manifest maps each operation's hash to the exact text the API runs for it.
 */
const portalClient: typeof clientPreset = {
  ...clientPreset,
  async buildGeneratesSection(options) {
    const sections = await clientPreset.buildGeneratesSection(options);
    return sections.map((section) =>
      section.filename.endsWith("/persisted-documents.json") ? { ...section, filename: TRUSTED_DOCUMENTS_FILE } : section,
    );
  },
};

/** The portal's operations, typed from the API's committed schema. `npm test` fails when the output is stale. */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["portal/app/**/*.server.ts"],
  ignoreNoDocuments: false,
  generates: {
    "portal/app/graphql/generated/": {
      preset: portalClient,
      presetConfig: {
        fragmentMasking: false,
        // Apollo Server's `extensions.persistedQuery.sha256Hash` is the bare hex digest of the document's text.
        persistedDocuments: { hashAlgorithm: (document: string) => createHash("sha256").update(document).digest("hex") },
      },
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
