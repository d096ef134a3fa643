// Component tests: React Testing Library in jsdom, compiled by SWC. Fast, no network, no browser.
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  displayName: "components",
  testEnvironment: "jsdom",
  roots: ["<rootDir>/src"],
  testMatch: ["**/__tests__/*.spec.tsx"],
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleNameMapper: {
    // jsdom cannot lay out a chart: a stand-in renders instead (the browser tests draw the real one).
    "^@nivo/bar$": "<rootDir>/src/test/nivo-bar-stub.tsx",
    "^@nivo/line$": "<rootDir>/src/test/nivo-line-stub.tsx",
    "^@prm/domain$": "<rootDir>/../../packages/domain/src/index.ts",
    "\\.css$": "<rootDir>/src/test/style-mock.cjs",
  },
  setupFilesAfterEnv: ["<rootDir>/src/test/setup.ts"],
  // Whole-app renders (router, grid, lazy chunks) are slow on a busy 2-core runner.
  // The form tests type character by character; on a busy 2-core machine one can take 30 s.
  testTimeout: 60_000,
  // Jest's default on two cores is one worker; two finish in three quarters of the time.
  maxWorkers: Math.max(2, require("node:os").cpus().length - 1),
};
