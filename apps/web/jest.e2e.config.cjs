// Browser tests: the built SPA served by the real API (fresh PGlite with demo data), in the
// system Chromium through playwright-core. Three files at a time (they mostly wait on the
// browser), each worker with its own server and database (global-setup.ts).
module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  roots: ["<rootDir>/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
    ],
  },
  moduleNameMapper: { "^@prm/domain$": "<rootDir>/../../packages/domain/src/index.ts" },
  globalSetup: "<rootDir>/e2e/support/global-setup.ts",
  globalTeardown: "<rootDir>/e2e/support/global-teardown.ts",
  maxWorkers: 3,
  testTimeout: 120_000,
};
