import "reflect-metadata";
import { loadConfig } from "../../config";
import { runCommand, UsageError } from "../command";
import { databaseTarget, openDatabase, type Database } from "../data-source";
import { DEMO_LOGINS, DEMO_PASSWORD, LARGE_LOGINS, loginLines, type DemoLogin } from "./constants";
import { seedDemo } from "./demo";
import { seedLarge } from "./large";
import { formatSeconds } from "./steps";
import { SeedError, assertDatabaseEmpty, truncateAllTables, type SeedCounts } from "./tables";

const USAGE = `Fills the database with generated data.

Usage: pnpm seed [-- --scale demo|large] [--reset]
       node dist/database/seed/cli.js [--scale demo|large] [--reset]

  --scale demo    12 partners, ~300 deals, ~600 opportunities, demo logins (default)
  --scale large   the benchmark dataset: 2,000 partners, 20,000 users, 250,000 deals,
                  1,000,000 opportunities, 2,000,000 activities (meant for PostgreSQL)
  --reset         empty every table first (deletes all data)
  -h, --help      show this help

The database is DATABASE_URL when set, else the embedded PGlite in DATA_DIR.`;

type Scale = "demo" | "large";

function printCounts(counts: SeedCounts): void {
  const width = Math.max(...Object.keys(counts).map((table) => table.length));
  console.log(`\n  ${"table".padEnd(width)}  ${"rows".padStart(11)}`);
  for (const [table, rows] of Object.entries(counts)) {
    console.log(`  ${table.padEnd(width)}  ${rows.toLocaleString("en-US").padStart(11)}`);
  }
}

function printLogins(logins: readonly DemoLogin[]): void {
  console.log(
    [`\n  Logins — password for all: ${DEMO_PASSWORD}`, ...loginLines(logins), ""].join("\n"),
  );
}

async function seed(db: Database, scale: Scale, reset: boolean): Promise<SeedCounts> {
  const ds = db.dataSource;
  if (reset) {
    console.log("Emptying every table (--reset)…");
    await truncateAllTables(ds);
  } else {
    await assertDatabaseEmpty(ds);
  }
  const log = (line: string) => console.log(line);
  return scale === "demo" ? seedDemo(ds, { log }) : seedLarge(ds, { log });
}

runCommand({
  usage: USAGE,
  options: {
    scale: { type: "string", default: "demo" },
    reset: { type: "boolean", default: false },
  },
  failure: "Seeding failed",
  refusal: SeedError,
  async run({ scale, reset }) {
    if (scale !== "demo" && scale !== "large") {
      throw new UsageError(`--scale must be "demo" or "large", got "${scale}"`);
    }
    const target = databaseTarget(loadConfig());
    if (scale === "large" && target.kind === "pglite") {
      console.warn(
        "Warning: --scale large is meant for PostgreSQL (set DATABASE_URL). On the embedded PGlite " +
          "it runs single-threaded in WebAssembly and will take a long time and a lot of memory.",
      );
    }
    console.log(
      `Seeding the ${scale} dataset into ${target.kind === "postgres" ? "PostgreSQL" : `PGlite at ${target.dataDir}`}`,
    );
    const started = performance.now();
    const db = await openDatabase(target);
    try {
      const counts = await seed(db, scale, reset);
      printCounts(counts);
      console.log(`\n  Seeded in ${formatSeconds(performance.now() - started)}.`);
      printLogins(scale === "demo" ? DEMO_LOGINS : LARGE_LOGINS);
    } finally {
      await db.close();
    }
  },
});
