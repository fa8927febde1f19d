// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/", "**/dist/", "**/dist-fixtures/", "**/dist-bench/", "**/build/", "portal/app/graphql/generated/", ".data/", "coverage/"] },
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
    // ADR 011: a service receives the request's scope, never the GraphQL context.
    files: ["api/src/**/*.service.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/kernel/context"], importNames: ["Context"], message: "A service takes a RequestScope (ADR 011)." }] },
      ],
    },
  },
  {
    // ADR 011: resolvers never write to the database; reads go through the request's loaders or a service.
    files: ["api/src/**/*.resolver.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name=/^(db|getRepository|createQueryBuilder|query|transaction|manager)$/]",
          message: "A resolver calls a service or a loader; it does not touch the database itself (ADR 011).",
        },
      ],
    },
  },
  {
    files: ["portal/app/**/*.tsx", "portal/app/**/*.ts"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // ADR 012: an action reads its form through postedForm, so a form sent after the session ended can be kept.
    files: ["portal/app/**/*.tsx", "portal/app/**/*.ts"],
    ignores: ["portal/app/kept/posted-form.server.ts", "portal/app/**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='formData'][callee.object.name='request']", message: "Read the form with postedForm(request) (kept/posted-form.server.ts, ADR 012)." },
      ],
    },
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
