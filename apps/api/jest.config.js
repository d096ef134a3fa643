const os = require("node:os");

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default on two cores is one worker; each file has its own database and the files wait
  // on PostgreSQL half the time, so two run side by side in two thirds of the time.
  maxWorkers: Math.max(2, os.cpus().length - 1),
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/__tests__/**/*.spec.ts", "**/*.int-spec.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest"] },
  moduleNameMapper: { "^@prm/domain$": "<rootDir>/../../packages/domain/src/index.ts" },
  testTimeout: 60000,
};
