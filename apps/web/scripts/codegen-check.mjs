// Regenerates the typed documents into a temporary folder and compares them with src/gql/:
// exits 1 when the committed output is stale (a document or the SDL changed without `pnpm codegen`).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const committed = path.resolve("src/gql");
const temp = fs.mkdtempSync(path.join(os.tmpdir(), "prm-codegen-"));

function filesOf(dir) {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

try {
  const codegen = path.resolve("node_modules/.bin/graphql-codegen");
  execFileSync(codegen, ["--config", "codegen.ts", "--silent"], {
    stdio: "inherit",
    env: { ...process.env, CODEGEN_OUT: `${temp}/` },
  });
  const stale = new Set();
  for (const name of new Set([...filesOf(committed), ...filesOf(temp)])) {
    const a = path.join(committed, name);
    const b = path.join(temp, name);
    if (
      !fs.existsSync(a) ||
      !fs.existsSync(b) ||
      fs.readFileSync(a, "utf8") !== fs.readFileSync(b, "utf8")
    ) {
      stale.add(name);
    }
  }
  if (stale.size > 0) {
    console.error(
      `src/gql is stale (${[...stale].join(", ")}): run \`pnpm --filter @prm/web codegen\`.`,
    );
    process.exitCode = 1;
  } else {
    console.log("src/gql is up to date.");
  }
} finally {
  fs.rmSync(temp, { recursive: true, force: true });
}
