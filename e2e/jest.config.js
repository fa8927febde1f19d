// @ts-check
/** @type {import('jest').Config} */
module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }],
  },
  globalSetup: "<rootDir>/support/global-setup.ts",
  globalTeardown: "<rootDir>/support/global-teardown.ts",
  testSequencer: "<rootDir>/support/in-written-order.mjs",
  testTimeout: 60_000,
};
