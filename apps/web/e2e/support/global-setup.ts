import fs from "node:fs";
import { baseUrlVariable, CHROME_PATH, ENV_SKIP_REASON } from "./paths";
import { startServer, type RunningServer } from "./server";

declare global {
  var prmE2eServers: RunningServer[] | undefined;
}

/**
 * Starts one API per Jest worker for the browser tests, unless there is no browser to drive.
 * The tests spend most of their time waiting on the browser, so files run side by side, each
 * worker on its own server and database.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }) {
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
  const servers = await Promise.all(
    Array.from({ length: globalConfig.maxWorkers }, () => startServer()),
  );
  globalThis.prmE2eServers = servers;
  servers.forEach((server, index) => (process.env[baseUrlVariable(index + 1)] = server.url));
}
