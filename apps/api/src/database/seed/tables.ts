import type { DataSource, EntityManager } from "typeorm";

/** Rows per table. */
export type SeedCounts = Record<string, number>;

/** A refusal the person running the seed can act on (shown without a stack trace). */
export class SeedError extends Error {
  override readonly name = "SeedError";
}

export async function isDatabaseEmpty(ds: DataSource | EntityManager): Promise<boolean> {
  const rows: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM users`);
  return (rows[0]?.n ?? 0) === 0;
}

export async function assertDatabaseEmpty(ds: DataSource): Promise<void> {
  if (!(await isDatabaseEmpty(ds))) {
    throw new SeedError(
      "The database already has data; seeding needs an empty one. " +
        "Run the seed with --reset to empty every table first (this deletes all data).",
    );
  }
}

/** Every table of the schema except TypeORM's migration history. */
export async function dataTables(ds: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await ds.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
      ORDER BY table_name`,
  );
  return rows.map((row) => row.name);
}

export async function countRows(ds: DataSource): Promise<SeedCounts> {
  const tables = await dataTables(ds);
  const rows: { name: string; n: string }[] = await ds.query(
    tables.map((t) => `SELECT '${t}' AS name, count(*) AS n FROM "${t}"`).join(" UNION ALL "),
  );
  const byTable = new Map(rows.map((row) => [row.name, Number(row.n)]));
  return Object.fromEntries(tables.map((table) => [table, byTable.get(table) ?? 0]));
}

/** Empties every table (keeping the migration history) and restarts their sequences. */
export async function truncateAllTables(ds: DataSource): Promise<void> {
  const tables = await dataTables(ds);
  await ds.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
}
