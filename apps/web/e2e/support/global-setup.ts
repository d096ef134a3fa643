import fs from "node:fs";
import { CHROME_PATH, ENV_BASE_URL, ENV_SKIP_REASON } from "./paths";
import { startServer, type RunningServer } from "./server";

declare global {
  var prmE2eServer: RunningServer | undefined;
}

/** Starts the API once for all browser tests, unless there is no browser to drive. */
export default async function globalSetup() {
  if (!fs.existsSync(CHROME_PATH)) {
    const reason = `no Chromium at ${CHROME_PATH} (set CHROME_PATH, or apt-get install chromium)`;
    if (process.env.REQUIRE_BROWSER_TESTS === "1") {
      throw new Error(
        `Browser tests are required (REQUIRE_BROWSER_TESTS=1) but there is ${reason}.`,
      );
    }
    console.log(`\n⚠️  BROWSER TESTS SKIPPED: ${reason}.\n`);
    process.env[ENV_SKIP_REASON] = reason;
    return;
  }
  const server = await startServer();
  globalThis.prmE2eServer = server;
  process.env[ENV_BASE_URL] = server.url;
}
