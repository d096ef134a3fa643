import path from "node:path";

export const WEB_ROOT = path.resolve(__dirname, "../..");
export const REPO_ROOT = path.resolve(WEB_ROOT, "../..");
export const WEB_DIST = path.join(WEB_ROOT, "dist");
export const SCREENSHOTS = path.join(WEB_ROOT, "test-output/screenshots");
export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Set by the global setup for the test files: where the server listens, or why tests skip. */
export const ENV_BASE_URL = "PRM_E2E_BASE_URL";
export const ENV_SKIP_REASON = "PRM_E2E_SKIP_REASON";
