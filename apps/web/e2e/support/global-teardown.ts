import { ENV_SKIP_REASON } from "./paths";

export default async function globalTeardown() {
  await Promise.all((globalThis.prmE2eServers ?? []).map((server) => server.stop()));
  if (process.env[ENV_SKIP_REASON]) {
    console.log(`\n⚠️  BROWSER TESTS SKIPPED: ${process.env[ENV_SKIP_REASON]}.\n`);
  }
}
