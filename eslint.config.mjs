// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/", "**/dist/", "**/dist-fixtures/", "**/build/", "portal/app/graphql/generated/", ".data/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "always"],
      "no-console": ["error", { allow: ["error"] }],
      // The kernel declares empty interfaces (Loaders, Services, Subjects) that each domain fills by declaration merging.
      "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "always" }],
    },
  },
  {
    // Decorated signatures are read at run time (type-graphql, TypeORM): their imports are values, not types.
    files: ["api/**/*.ts"],
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
  },
  {
    files: ["portal/app/**/*.tsx", "portal/app/**/*.ts"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Command-line entry points talk to the person running them.
    files: ["scripts/**/*.mjs", "api/src/**/*-cli.ts", "api/fixtures/*-cli.ts", "api/src/database/generate-migration.ts", "api/src/graphql/emit-schema.ts", "api/src/access/permissions-document.ts"],
    rules: { "no-console": "off" },
  },
  {
    // TypeORM's migration list holds classes of any shape.
    files: ["migrations/index.ts"],
    rules: { "@typescript-eslint/no-unsafe-function-type": "off" },
  },
);
