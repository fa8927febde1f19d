// @ts-check
/** Decorator metadata is what type-graphql and TypeORM read, so swc must emit it; dynamic import() is left alone
 * so that the global setup can load the ESM-only embedded PostgreSQL. */
const swc = {
  jsc: {
    parser: { syntax: "typescript", decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: "es2022",
  },
  module: { type: "commonjs", ignoreDynamic: true },
  sourceMaps: "inline",
};

/** @type {import('jest').Config} */
module.exports = {
  displayName: "api",
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/fixtures"],
  transform: { "^.+\\.ts$": ["@swc/jest", swc] },
  setupFiles: ["reflect-metadata"],
  globalSetup: "<rootDir>/src/testing/jest-global-setup.ts",
  globalTeardown: "<rootDir>/src/testing/jest-global-teardown.ts",
  maxWorkers: 2,
  testTimeout: 20_000,
};
