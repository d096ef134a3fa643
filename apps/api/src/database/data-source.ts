import "reflect-metadata";
import { PGlite, type Extension } from "@electric-sql/pglite";
import { DataSource, MigrationExecutor, type DataSourceOptions, type LoggerOptions } from "typeorm";
import { makePrivateDir, makePrivateTree } from "../common/private-files";
import { entities } from "./entities";
import { migrations } from "./migrations";
import { SnakeNamingStrategy } from "./naming-strategy";
import { pgliteAsPg } from "./pglite-driver";

// The package types its contrib entry points as ESM only; its CommonJS build is there at runtime.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pg_trgm } = require("@electric-sql/pglite/contrib/pg_trgm") as { pg_trgm: Extension };

export type DatabaseTarget =
  | { kind: "postgres"; url: string; poolSize?: number }
  /** dataDir null: in memory (tests). */
  | { kind: "pglite"; dataDir: string | null };

export interface Database {
  dataSource: DataSource;
  target: DatabaseTarget;
  close(): Promise<void>;
}

const common = {
  type: "postgres" as const,
  entities,
  migrations,
  namingStrategy: new SnakeNamingStrategy(),
  migrationsTableName: "migrations",
  migrationsTransactionMode: "each" as const,
  synchronize: false,
  installExtensions: false,
  // gen_random_uuid() is core PostgreSQL (13+) and exists in PGlite, unlike uuid-ossp.
  uuidExtension: "pgcrypto" as const,
};

export function databaseTarget(config: {
  databaseUrl: string | null;
  dataDir: string;
  databasePoolSize?: number;
}): DatabaseTarget {
  return config.databaseUrl
    ? { kind: "postgres", url: config.databaseUrl, poolSize: config.databasePoolSize }
    : { kind: "pglite", dataDir: `${config.dataDir}/pglite` };
}

/** Opens the database (PostgreSQL or embedded PGlite) and brings its schema up to date. */
export async function openDatabase(
  target: DatabaseTarget,
  options: {
    logging?: LoggerOptions;
    runMigrations?: boolean;
    /**
     * PostgreSQL cancels any statement of the app that runs longer (0: no limit). PGlite cannot
     * interrupt a statement: there, bounded inputs are what keep statements short.
     */
    statementTimeoutMs?: number;
  } = {},
): Promise<Database> {
  let pglite: PGlite | null = null;
  let dsOptions: DataSourceOptions;
  if (target.kind === "postgres") {
    dsOptions = {
      ...common,
      url: target.url,
      poolSize: target.poolSize ?? 10,
      logging: options.logging ?? false,
      // The API's statements are short; JIT compiling them costs more (50–300 ms measured on
      // the metrics over the large dataset) than it could ever save.
      extra: { options: `-c jit=off -c statement_timeout=${options.statementTimeoutMs ?? 0}` },
    };
  } else {
    if (target.dataDir) makePrivateDir(target.dataDir);
    pglite = await PGlite.create({ dataDir: target.dataDir ?? undefined, extensions: { pg_trgm } });
    dsOptions = { ...common, driver: pgliteAsPg(pglite), logging: options.logging ?? false };
  }
  const dataSource = new DataSource(dsOptions);
  try {
    await dataSource.initialize();
    if (options.runMigrations !== false) await migrate(dataSource);
    if (target.kind === "pglite" && target.dataDir) makePrivateTree(target.dataDir);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await pglite?.close();
    throw error;
  }
  return {
    dataSource,
    target,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await pglite?.close();
    },
  };
}

/** Applies pending migrations; they may build indexes over millions of rows, so no timeout. */
async function migrate(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query("SET statement_timeout = 0");
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = common.migrationsTransactionMode;
    await executor.executePendingMigrations();
    await runner.query("RESET statement_timeout");
  } finally {
    await runner.release();
  }
}
