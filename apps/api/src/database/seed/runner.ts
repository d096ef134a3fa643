import type { DataSource, EntityTarget, ObjectLiteral, QueryRunner } from "typeorm";
import { become, SYSTEM } from "../principal";

/** The statements a seed step runs, all on one connection inside one transaction. */
export interface SeedSql {
  /** The rows a statement returns. */
  rows<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement; returns how many rows it inserted, updated or deleted. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs a maintenance statement only the tables' owner may (ANALYZE), then returns to the system. */
  asOwner(sql: string): Promise<void>;
}

function seedSql(queryRunner: QueryRunner): SeedSql {
  return {
    async rows<T>(sql: string, params: readonly unknown[] = []) {
      return (await queryRunner.query(sql, [...params], true)).records as T[];
    },
    async run(sql: string, params: readonly unknown[] = []) {
      return (await queryRunner.query(sql, [...params], true)).affected ?? 0;
    },
    async asOwner(sql: string) {
      await queryRunner.query(`SELECT set_config('role', 'none', true)`);
      await queryRunner.query(sql);
      await become(queryRunner.manager, SYSTEM);
    },
  };
}

/**
 * Runs `work` in one transaction on one connection, as the system (principal.ts): all of it is
 * seeded, or none of it.
 */
export async function inTransaction<T>(
  ds: DataSource,
  work: (sql: SeedSql) => Promise<T>,
): Promise<T> {
  const queryRunner = ds.createQueryRunner();
  await queryRunner.connect();
  try {
    await queryRunner.startTransaction();
    try {
      await become(queryRunner.manager, SYSTEM);
      const result = await work(seedSql(queryRunner));
      await queryRunner.commitTransaction();
      return result;
    } catch (error) {
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction();
      throw error;
    }
  } finally {
    await queryRunner.release();
  }
}

/** PostgreSQL's limit on bind parameters in one statement. */
const MAX_PARAMETERS = 65_535;

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Multi-row INSERTs, as many rows per statement as the parameter limit allows. */
export async function insertRows(
  sql: SeedSql,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<number> {
  const rowsPerStatement = Math.floor(MAX_PARAMETERS / columns.length);
  const columnList = columns.map(quoteIdentifier).join(", ");
  let inserted = 0;
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    const tuples = chunk.map(
      (_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`,
    );
    inserted += await sql.run(
      `INSERT INTO ${quoteIdentifier(table)} (${columnList}) VALUES ${tuples.join(", ")}`,
      chunk.flat(),
    );
  }
  return inserted;
}

/** Inserts entity-shaped objects, mapping their properties to columns through TypeORM's metadata. */
export async function insertEntities<T extends ObjectLiteral>(
  sql: SeedSql,
  ds: DataSource,
  entity: EntityTarget<T>,
  rows: readonly Partial<T>[],
): Promise<number> {
  const metadata = ds.getMetadata(entity);
  const columns = metadata.columns.filter((column) =>
    rows.some((row) => column.getEntityValue(row) !== undefined),
  );
  return insertRows(
    sql,
    metadata.tableName,
    columns.map((column) => column.databaseName),
    rows.map((row) => columns.map((column) => column.getEntityValue(row) ?? null)),
  );
}
