import fs from "node:fs";
import path from "node:path";
import { startBuiltApi, type BuiltApi } from "@prm/api/test/support/built-api";
import { WEB_DIST } from "./paths";

export type RunningServer = BuiltApi;

/**
 * The real start command on a fresh data dir, serving the built SPA: it migrates, seeds the demo
 * data and listens on a free port (the API's own launcher, shared with its start test). On a new
 * database of the PostgreSQL server named by TEST_DATABASE_URL when set (as in CI), else on PGlite.
 */
export async function startServer(): Promise<RunningServer> {
  const index = path.join(WEB_DIST, "index.html");
  if (!fs.existsSync(index))
    throw new Error(`${index} is missing: build the SPA first (pnpm build).`);
  return startBuiltApi({ env: { WEB_DIST }, databaseServerUrl: process.env.TEST_DATABASE_URL });
}
