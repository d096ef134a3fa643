import path from "node:path";

export const WEB_ROOT = path.resolve(__dirname, "../..");
export const REPO_ROOT = path.resolve(WEB_ROOT, "../..");
export const WEB_DIST = path.join(WEB_ROOT, "dist");
export const SCREENSHOTS = path.join(WEB_ROOT, "test-output/screenshots");
export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/**
 * Set by the global setup for the test files: where each Jest worker's server listens (one server
 * and database per worker, so files running side by side never see each other's changes), or
 * why tests skip.
 */
export const baseUrlVariable = (worker: number | string) => `PRM_E2E_BASE_URL_${worker}`;
export const ENV_SKIP_REASON = "PRM_E2E_SKIP_REASON";
