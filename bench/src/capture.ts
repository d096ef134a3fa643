import type { Pool, PoolClient } from "pg";
import type { Database } from "@prm/api/dist/database/data-source";

/** One statement as it was sent to PostgreSQL. */
export interface Statement {
  sql: string;
  params: unknown[];
  /** How long the API waited for its result (NaN if it was not a promise). */
  ms: number;
}

type QueryMethod = (this: PoolClient, ...args: unknown[]) => unknown;

/**
 * Records the statements the API sends to PostgreSQL, from outside the API: every connection
 * TypeORM checks out of its pg pool gets its `query` wrapped. Recording is global, so only
 * record while exactly one request is in flight and nothing else uses the database.
 */
export class StatementRecorder {
  private recording: Statement[] | null = null;
  private readonly wrapped = new WeakSet<PoolClient>();

  constructor(dataSource: Database["dataSource"]) {
    // TypeORM's PostgresDriver keeps its pg Pool in `master`; it is not in TypeORM's public types.
    const pool = (dataSource.driver as unknown as { master?: Pool }).master;
    if (!pool || typeof pool.on !== "function") {
      throw new Error("Cannot capture SQL: the data source has no pg pool (is it PostgreSQL?)");
    }
    pool.on("acquire", (client) => this.wrap(client));
  }

  /** Runs `work` and returns the statements sent while it ran, in order. */
  async record(work: () => Promise<void>): Promise<Statement[]> {
    if (this.recording) throw new Error("StatementRecorder.record does not nest");
    const statements: Statement[] = [];
    this.recording = statements;
    try {
      await work();
    } finally {
      this.recording = null;
    }
    return statements;
  }

  private wrap(client: PoolClient): void {
    if (this.wrapped.has(client)) return;
    this.wrapped.add(client);
    const original = client.query as unknown as QueryMethod;
    const note = (query: unknown, values: unknown) => this.note(query, values);
    const noteAndQuery: QueryMethod = function (this: PoolClient, ...args) {
      const statement = note(args[0], args[1]);
      const started = performance.now();
      const result = original.apply(this, args);
      if (statement && result instanceof Promise) {
        const done = () => {
          statement.ms = performance.now() - started;
        };
        result.then(done, done);
      }
      return result;
    };
    (client as unknown as { query: QueryMethod }).query = noteAndQuery;
  }

  private note(query: unknown, values: unknown): Statement | null {
    if (!this.recording) return null;
    const sql = typeof query === "string" ? query : (query as { text?: unknown } | null)?.text;
    if (typeof sql !== "string") return null;
    const statement = { sql, params: Array.isArray(values) ? [...values] : [], ms: Number.NaN };
    this.recording.push(statement);
    return statement;
  }
}
