import { ACCOUNT_BUSINESS_TRIGGERS, COUNT_ACCOUNT_BUSINESS_SQL } from "../account-business";
import { REBUILD_ROLLUPS_SQL, ROLLUP_TABLE, ROLLUP_TRIGGERS } from "../opportunity-rollups";
import type { SeedSql } from "./runner";
import { formatSeconds } from "./steps";

interface Definition {
  table: string;
  name: string;
  definition: string;
}

/** The secondary indexes and foreign keys set aside by `setIndexesAside`, to be put back. */
export interface IndexesSetAside {
  /** Builds a table's indexes now, for later steps that look its rows up by them. */
  rebuild(table: string): Promise<void>;
  /** Builds the indexes not rebuilt yet and adds every foreign key back, checking each. */
  restore(log: (line: string) => void): Promise<void>;
}

/**
 * Sets the schema's secondary indexes and foreign keys aside for a bulk load in the same
 * transaction: maintaining a dozen indexes row by row, and checking every foreign key of every
 * inserted row by an index lookup, took most of the large seed's time, while one sorted build per
 * index and one join per foreign key take seconds. Primary keys, unique indexes and exclusion
 * constraints stay (the load relies on them, and they are part of what makes its rows valid);
 * each foreign key is checked when it is added back, so a row that breaks one fails the seed.
 */
export async function setIndexesAside(sql: SeedSql): Promise<IndexesSetAside> {
  const foreignKeys = await sql.rows<Definition>(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name,
            pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c
      WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
      ORDER BY 1, 2`,
  );
  const indexes = await sql.rows<Definition>(
    `SELECT t.relname AS "table", ix.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_class ix ON ix.oid = i.indexrelid
      WHERE t.relnamespace = current_schema()::regnamespace
        AND NOT i.indisunique AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY 1, 2`,
  );
  for (const fk of foreignKeys) {
    await sql.asOwner(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.name}"`);
  }
  for (const index of indexes) await sql.asOwner(`DROP INDEX "${index.name}"`);

  const pending = new Set(indexes);
  let indexTime = 0;
  const rebuild = async (table: string) => {
    const started = performance.now();
    for (const index of pending) {
      if (index.table !== table) continue;
      await sql.asOwner(index.definition);
      pending.delete(index);
    }
    indexTime += performance.now() - started;
  };
  return {
    rebuild,
    async restore(log) {
      for (const { table } of [...pending]) await rebuild(table);
      const started = performance.now();
      for (const fk of foreignKeys) {
        await sql.asOwner(`ALTER TABLE ${fk.table} ADD CONSTRAINT "${fk.name}" ${fk.definition}`);
      }
      log(
        `${indexes.length} indexes built in ${formatSeconds(indexTime)} (within the steps' times); ` +
          `${foreignKeys.length} foreign keys checked in ${formatSeconds(performance.now() - started)}`,
      );
    },
  };
}

/** Figures that triggers keep, row by row: a bulk load computes them once it is in. */
const KEPT_FIGURES = [
  {
    label: "Opportunity rollups",
    triggers: ROLLUP_TRIGGERS,
    compute: [`DELETE FROM ${ROLLUP_TABLE}`, REBUILD_ROLLUPS_SQL],
  },
  {
    label: "Accounts' business",
    triggers: ACCOUNT_BUSINESS_TRIGGERS,
    compute: [COUNT_ACCOUNT_BUSINESS_SQL],
  },
];

/**
 * Switches off the triggers that keep figures (the opportunity rollups, the accounts' counts of
 * their business: an upsert or an update per row loaded), then `compute` computes each from the
 * loaded rows in one statement and switches its triggers back on.
 */
export async function setKeptFiguresAside(
  sql: SeedSql,
): Promise<{ compute(log: (line: string) => void): Promise<void> }> {
  const triggers = async (action: "ENABLE" | "DISABLE", figures: (typeof KEPT_FIGURES)[number]) => {
    for (const { table, name } of figures.triggers) {
      await sql.asOwner(`ALTER TABLE ${table} ${action} TRIGGER ${name}`);
    }
  };
  for (const figures of KEPT_FIGURES) await triggers("DISABLE", figures);
  return {
    async compute(log) {
      for (const figures of KEPT_FIGURES) {
        const started = performance.now();
        for (const statement of figures.compute) await sql.asOwner(statement);
        await triggers("ENABLE", figures);
        log(`${figures.label} computed in ${formatSeconds(performance.now() - started)}`);
      }
    },
  };
}
