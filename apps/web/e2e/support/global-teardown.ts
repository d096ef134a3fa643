import { ENV_SKIP_REASON } from "./paths";

export default async function globalTeardown() {
  await globalThis.prmE2eServer?.stop();
  if (process.env[ENV_SKIP_REASON]) {
    console.log(`\n⚠️  BROWSER TESTS SKIPPED: ${process.env[ENV_SKIP_REASON]}.\n`);
  }
}
