import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { makePrivateDir } from "../common/private-files";

export const GENERATE_SECRET_HINT =
  "Generate one with: node -e \"console.log(require('crypto').randomBytes(32).toString('hex'))\"";

/** Words of the placeholders that example configurations ship instead of a secret. */
const PLACEHOLDER = /change.?me|replace.?me|placeholder|example|your.?secret/i;

/** Why `secret` cannot sign sessions, or null when it can. */
export function sessionSecretProblem(secret: string): string | null {
  if (secret.length < 32) return "must be at least 32 characters";
  // A repeated character or two ("xxxx…") is a placeholder too; random text uses many more.
  if (PLACEHOLDER.test(secret) || new Set(secret).size < 8) {
    return "is a placeholder, not a secret";
  }
  return null;
}

/**
 * The session signing secret: from config, or (embedded mode) generated once and kept in the
 * data dir, readable by its owner only, so sessions survive restarts.
 */
export function resolveSessionSecret(configured: string | null, dataDir: string | null): string {
  if (configured) return configured;
  if (!dataDir) return randomBytes(32).toString("hex");
  makePrivateDir(dataDir);
  const file = path.join(dataDir, "session-secret");
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(32).toString("hex") + "\n", { mode: 0o600, flag: "wx" });
  }
  fs.chmodSync(file, 0o600);
  const secret = fs.readFileSync(file, "utf8").trim();
  const problem = sessionSecretProblem(secret);
  if (problem) throw new Error(`The session secret in ${file} ${problem}. ${GENERATE_SECRET_HINT}`);
  return secret;
}
