/** Emits (--write) or verifies (--check) the committed SDL in apps/api/schema.graphql. */
import fs from "node:fs";
import path from "node:path";
import { printSdl } from "./schema";

const file = path.resolve(__dirname, "../schema.graphql");

async function main() {
  const sdl = await printSdl();
  if (process.argv.includes("--write")) {
    fs.writeFileSync(file, sdl);
    console.log(`Wrote ${file}`);
    return;
  }
  const committed = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (committed !== sdl) {
    console.error("apps/api/schema.graphql is out of date: the code builds a different schema.");
    console.error(
      "Run `pnpm --filter @prm/api build && pnpm --filter @prm/api sdl:emit`, review the diff, and commit it.",
    );
    process.exit(1);
  }
  console.log("schema.graphql matches the code.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
