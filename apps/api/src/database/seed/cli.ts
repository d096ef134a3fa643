import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../../config";
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

class UsageError extends Error {}

function parseArguments(argv: string[]): { scale: Scale; reset: boolean; help: boolean } {
  try {
    const { values } = parseArgs({
      // pnpm passes a literal "--" through when arguments follow it.
      args: argv.filter((arg) => arg !== "--"),
      options: {
        scale: { type: "string", default: "demo" },
        reset: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.scale !== "demo" && values.scale !== "large") {
      throw new UsageError(`--scale must be "demo" or "large", got "${values.scale}"`);
    }
    return { scale: values.scale, reset: values.reset, help: values.help };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

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

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseArguments>;
  try {
    args = parseArguments(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }

  const target = databaseTarget(loadConfig());
  if (args.scale === "large" && target.kind === "pglite") {
    console.warn(
      "Warning: --scale large is meant for PostgreSQL (set DATABASE_URL). On the embedded PGlite " +
        "it runs single-threaded in WebAssembly and will take a long time and a lot of memory.",
    );
  }
  console.log(
    `Seeding the ${args.scale} dataset into ${target.kind === "postgres" ? "PostgreSQL" : `PGlite at ${target.dataDir}`}`,
  );
  const started = performance.now();
  const db = await openDatabase(target);
  try {
    const counts = await seed(db, args.scale, args.reset);
    printCounts(counts);
    console.log(`\n  Seeded in ${formatSeconds(performance.now() - started)}.`);
    printLogins(args.scale === "demo" ? DEMO_LOGINS : LARGE_LOGINS);
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof SeedError ? message : `Seeding failed: ${message}`);
    process.exit(1);
  },
);
