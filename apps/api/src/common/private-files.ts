import fs from "node:fs";
import path from "node:path";

/** Creates `dir` (and missing parents) for its owner only, and takes back one made wider. */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/**
 * Every file under `dir` readable and writable by its owner only, every folder enterable by its
 * owner only. PGlite writes its files world-readable and -writable (0666), whatever the umask.
 */
export function makePrivateTree(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      fs.chmodSync(child, 0o700);
      makePrivateTree(child);
    } else if (entry.isFile()) {
      fs.chmodSync(child, 0o600);
    }
  }
}
