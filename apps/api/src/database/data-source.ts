import "reflect-metadata";
import { PGlite, type Extension } from "@electric-sql/pglite";
import { DataSource, MigrationExecutor, type DataSourceOptions, type LoggerOptions } from "typeorm";
import { makePrivateDir, makePrivateTree } from "../common/private-files";
import { DEFAULT_POOL_WAIT_MS } from "../config";
import { entities } from "./entities";
import { migrations } from "./migrations";
import { SnakeNamingStrategy } from "./naming-strategy";
import { pgliteAsPg } from "./pglite-driver";

// The package types its contrib entry points as ESM only; its CommonJS build is there at runtime.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pg_trgm } = require("@electric-sql/pglite/contrib/pg_trgm") as { pg_trgm: Extension };
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { btree_gist } = require("@electric-sql/pglite/contrib/btree_gist") as {
  btree_gist: Extension;
};

export type DatabaseTarget =
  /** ownerUrl: the tables' owner, who migrates, when `url` is a login that owns nothing. */
  | { kind: "postgres"; url: string; ownerUrl?: string | null; poolSize?: number }
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
  databaseOwnerUrl?: string | null;
  dataDir: string;
  databasePoolSize?: number;
}): DatabaseTarget {
  return config.databaseUrl
    ? {
        kind: "postgres",
        url: config.databaseUrl,
        ownerUrl: config.databaseOwnerUrl ?? null,
        poolSize: config.databasePoolSize,
      }
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
    /** PostgreSQL: how long a query waits for a pool connection (or a new one) at most. */
    poolWaitMs?: number;
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
      extra: {
        options: `-c jit=off -c statement_timeout=${options.statementTimeoutMs ?? 0}`,
        // Bounds both the wait for a free connection of a full pool and connecting a new one:
        // a saturated pool or an unreachable server fails the request fast (SERVICE_UNAVAILABLE)
        // instead of queueing it for ever. A restarted server is reconnected to by the pool.
        connectionTimeoutMillis: options.poolWaitMs ?? DEFAULT_POOL_WAIT_MS,
      },
    };
  } else {
    if (target.dataDir) makePrivateDir(target.dataDir);
    pglite = await PGlite.create({
      dataDir: target.dataDir ?? undefined,
      extensions: { pg_trgm, btree_gist },
    });
    dsOptions = { ...common, driver: pgliteAsPg(pglite), logging: options.logging ?? false };
  }
  const dataSource = new DataSource(dsOptions);
  try {
    if (options.runMigrations !== false && target.kind === "postgres" && target.ownerUrl) {
      const owner = new DataSource({ ...dsOptions, url: target.ownerUrl, poolSize: 1 });
      await owner.initialize();
      try {
        await migrate(owner);
      } finally {
        await owner.destroy();
      }
    }
    await dataSource.initialize();
    if (options.runMigrations !== false && !(target.kind === "postgres" && target.ownerUrl)) {
      await migrate(dataSource);
    }
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
