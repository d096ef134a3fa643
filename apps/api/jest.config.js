/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/__tests__/**/*.spec.ts", "**/*.int-spec.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest"] },
  moduleNameMapper: { "^@prm/domain$": "<rootDir>/../../packages/domain/src/index.ts" },
  testTimeout: 60000,
};
