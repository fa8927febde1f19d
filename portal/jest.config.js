// @ts-check
/** @type {import('jest').Config} */
export default {
  displayName: "portal",
  testEnvironment: "node",
  roots: ["<rootDir>/app"],
  transform: {
    "^.+\\.tsx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" }, module: { type: "commonjs" } }],
  },
  // A stylesheet's address, which Vite gives at build time, is a fixed stand-in under test.
  moduleNameMapper: { "\\.css\\?url$": "<rootDir>/app/testing/stylesheet-url.ts", "^~/(.*)$": "<rootDir>/app/$1" },
  setupFiles: ["<rootDir>/jest.setup.js", "<rootDir>/app/messages/whole-catalogue.server.ts"],
};
