import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

/**
 * The session signing secret: from config, or (embedded mode) generated once and kept in the
 * data dir so sessions survive restarts.
 */
export function resolveSessionSecret(configured: string | null, dataDir: string | null): string {
  if (configured) return configured;
  if (!dataDir) return randomBytes(32).toString("hex");
  const file = path.join(dataDir, "session-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString("hex");
    fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  }
}
