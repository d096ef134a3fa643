import { randomBytes } from "node:crypto";
import pg from "pg";

/** A database of its own for one drill, on the server of `adminUrl`; dropped afterwards. */
export async function withDrillDatabase<T>(
  adminUrl: string,
  drill: string,
  work: (url: string, name: string) => Promise<T>,
): Promise<T> {
  const name = `prm_fault_${drill.replace(/\W/g, "_")}_${randomBytes(4).toString("hex")}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString(), name);
  } finally {
    await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  // A restart terminates connections: their queries reject, the client's event must not crash us.
  client.on("error", () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Holds a row lock on an opportunity (FOR UPDATE) until released: logActivity on it, which locks
 * its opportunity FOR NO KEY UPDATE, then waits inside its transaction holding a pool connection.
 */
export async function lockOpportunity(
  url: string,
  opportunityId: string,
): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  await client.query("BEGIN");
  await client.query("SELECT id FROM opportunities WHERE id = $1 FOR UPDATE", [opportunityId]);
  return {
    async release() {
      await client.query("COMMIT");
      await client.end();
    },
  };
}

/** Backends of `database` waiting for a lock (the requests a held lock stopped). */
export async function lockWaiters(adminUrl: string, database: string): Promise<number> {
  return withClient(adminUrl, async (c) => {
    const { rows } = await c.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = $1 AND wait_event_type = 'Lock'`,
      [database],
    );
    return rows[0]?.n ?? 0;
  });
}

/** Of the acknowledged writes' ids, how many are rows; and how many rows carry the run's mark. */
export async function countWrites(
  url: string,
  acknowledged: readonly string[],
  subjectPrefix: string,
): Promise<{ found: number; marked: number }> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ found: number; marked: number }>(
      `SELECT (SELECT count(*) FROM activities WHERE id = ANY($1::uuid[]))::int AS found,
              (SELECT count(*) FROM activities WHERE starts_with(subject, $2))::int AS marked`,
      [acknowledged, subjectPrefix],
    );
    return rows[0] ?? { found: 0, marked: 0 };
  });
}
