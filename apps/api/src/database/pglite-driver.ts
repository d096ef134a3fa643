import { EventEmitter } from "node:events";
import type { PGlite, Results } from "@electric-sql/pglite";

/**
 * Makes one PGlite instance look like the `pg` module to TypeORM.
 *
 * PGlite has a single session, so a "connection" holds it exclusively until released:
 * without that, two requests' transactions would interleave on the same session.
 * (typeorm-pglite shares the session and keeps a process-wide singleton, so we don't use it.)
 */
export function pgliteAsPg(db: PGlite): { Pool: unknown } {
  let tail: Promise<void> = Promise.resolve();

  /** Resolves with a release function once the session is ours. */
  function acquire(): Promise<() => void> {
    let release!: () => void;
    const freed = new Promise<void>((resolve) => (release = resolve));
    const ready = tail.then(() => release);
    tail = tail.then(() => freed);
    return ready;
  }

  // Always query(), never exec(): one statement per call, as `pg` sends parameterized SQL.
  async function run(sql: string, params?: unknown[]) {
    const result: Results<Record<string, unknown>> = await db.query(sql, params);
    const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
    return { ...result, command, rowCount: result.affectedRows ?? result.rows.length };
  }

  class Client extends EventEmitter {
    query(sql: string, params?: unknown[]) {
      return run(sql, params);
    }
  }

  class Pool extends EventEmitter {
    connect(
      callback: (err: unknown, client: Client | null, done: (err?: unknown) => void) => void,
    ) {
      acquire().then(
        (release) => {
          let released = false;
          callback(null, new Client(), () => {
            if (released) return;
            released = true;
            release();
          });
        },
        (err) => callback(err, null, () => undefined),
      );
    }
    async query(sql: string, params?: unknown[]) {
      const release = await acquire();
      try {
        return await run(sql, params);
      } finally {
        release();
      }
    }
    end(callback?: (err: unknown) => void) {
      // The PGlite instance is owned (and closed) by whoever created it.
      callback?.(null);
    }
  }

  return { Pool };
}
