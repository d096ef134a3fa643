import type { DataSource } from "typeorm";
import { hashPassword } from "../../auth/passwords";
import { setIndexesAside, setKeptFiguresAside } from "./bulk-load";
import { DEMO_PASSWORD } from "./constants";
import { createFaker } from "./faker";
import { buildNamePools, largePeopleSteps, type LargeScale } from "./large-people";
import { inTransaction } from "./runner";
import { salesSteps } from "./sales";
import { formatSeconds, runSteps } from "./steps";
import { assertDatabaseEmpty, countRows, truncateAllTables, type SeedCounts } from "./tables";
import { seedWindow } from "./window";

/** The benchmark dataset: the scale one installation is built for (README, "Seed data"). */
export const LARGE_SCALE: LargeScale = {
  partners: 2_000,
  channelManagers: 100,
  firstManagerPartners: 40,
  team: { managers: 2, sellers: 7 },
  regionsPerPartner: 2,
  countriesPerRegion: 3,
  accountsPerPartner: 100,
  contactsPerAccount: 2,
  sharedCustomers: 0.02,
  sales: { deals: 250_000, opportunities: 1_000_000, batchSize: 100_000 },
};

/**
 * The tables whose rows later steps look up by a secondary index (a partner's sellers, an
 * account's contacts…): their indexes are built as soon as they are loaded. The others get
 * theirs once everything is in: the big ones (deals, opportunities, their history, activities,
 * audit events), and the accounts, whose every row is written again with its counts.
 */
const LOOKED_UP_BY_LATER_STEPS = new Set([
  "organizations",
  "users",
  "territories",
  "user_territories",
  "contacts",
]);

export interface SeedLargeOptions {
  log?: (line: string) => void;
  now?: Date;
  /** Empty every table first instead of refusing a non-empty database. */
  reset?: boolean;
  /** Progress bars on stderr during long steps (default true). */
  progress?: boolean;
}

/**
 * Generates the large dataset set-based in PostgreSQL (INSERT … SELECT over generate_series,
 * values from hashes of row numbers), in one transaction, each table's secondary indexes built
 * once it is loaded and the foreign keys checked at the end (bulk-load.ts), then VACUUM ANALYZEs.
 * Logins: see LARGE_LOGINS; every user shares the demo password.
 */
export async function seedLarge(
  ds: DataSource,
  options: SeedLargeOptions = {},
): Promise<SeedCounts> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  if (options.reset) await truncateAllTables(ds);
  else await assertDatabaseEmpty(ds);

  const window = seedWindow(options.now ?? new Date());
  const [faker, passwordHash] = await Promise.all([createFaker(), hashPassword(DEMO_PASSWORD)]);
  const pools = buildNamePools(faker, LARGE_SCALE);
  await inTransaction(ds, async (sql) => {
    await sql.run(`SET LOCAL work_mem = '256MB'`);
    await sql.run(`SET LOCAL maintenance_work_mem = '1GB'`);
    // JIT-compiling the long generated expressions costs more than it saves (~3 s a statement).
    await sql.run(`SET LOCAL jit = off`);
    const steps = [
      ...largePeopleSteps(sql, window, LARGE_SCALE, pools, passwordHash),
      ...salesSteps(sql, window, LARGE_SCALE.sales),
    ];
    const indexes = await setIndexesAside(sql);
    const figures = await setKeptFiguresAside(sql);
    await runSteps(steps, {
      log,
      progress: options.progress ?? true,
      // Later steps look rows of earlier tables up, and join them: autovacuum cannot see
      // uncommitted rows to analyze them.
      afterStep: async (step) => {
        if (LOOKED_UP_BY_LATER_STEPS.has(step.table)) await indexes.rebuild(step.table);
        await sql.asOwner(`ANALYZE "${step.table}"`);
      },
    });
    await figures.compute(log);
    await indexes.restore(log);
  });

  // VACUUM as well: it sets the visibility map, without which the metrics' index-only scans
  // would visit the heap for every row until autovacuum comes round.
  const analyzeStarted = performance.now();
  await ds.query("VACUUM ANALYZE");
  log(`VACUUM ANALYZE  ${formatSeconds(performance.now() - analyzeStarted)}`);
  const [database]: { size: string }[] = await ds.query(
    `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  log(
    `Large dataset seeded in ${formatSeconds(performance.now() - started)}; ` +
      `database size ${database?.size ?? "unknown"}`,
  );
  return countRows(ds);
}
