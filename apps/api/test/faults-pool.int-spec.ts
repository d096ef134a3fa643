import { Client } from "pg";
import { DEFAULT_POOL_WAIT_MS } from "../src/config";
import { createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";

const ME = `{ me { id } }`;

/** Whether the database answers; PGlite has no pool and no server to lose: PostgreSQL only. */
const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

onPostgres("the database out of reach (PostgreSQL)", () => {
  let app: TestApp;
  let token: string;
  let url: string;

  beforeAll(async () => {
    app = await startTestApp();
    const world = await createWorld(app.db.dataSource);
    token = await app.tokenOf(world.cm);
    if (app.db.target.kind !== "postgres") throw new Error("PostgreSQL only");
    url = app.db.target.url;
  });
  afterAll(() => app.close());

  it("fails fast with a retryable 503 while slow statements hold every pool connection, then serves again", async () => {
    let waited = 0;
    // The test database's pool has 10 connections and the default pool wait; the hogs outlast it.
    const hogSeconds = DEFAULT_POOL_WAIT_MS / 1000 + 2;
    const hogs = Promise.all(
      Array.from({ length: 10 }, () => app.db.dataSource.query(`SELECT pg_sleep(${hogSeconds})`)),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const [busy, ready] = await Promise.all([
      app.gql(ME, {}, { token }).finally(() => (waited = Date.now() - started)),
      fetch(`${app.url}/readyz`),
    ]);
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("1");
    expect(codeOf(busy)).toBe("SERVICE_UNAVAILABLE");
    expect(busy.errors?.[0]?.message).toMatch(/too busy to reach its database/);
    expect(waited).toBeGreaterThanOrEqual(DEFAULT_POOL_WAIT_MS - 100);
    expect(waited).toBeLessThan(DEFAULT_POOL_WAIT_MS + 1500);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "database busy" });

    await hogs;
    const again = await app.gql(ME, {}, { token });
    expect(again.status).toBe(200);
    expect(again.data.me.id).toBeTruthy();
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });

  it("answers a retryable 503 when the database ends a request's connection, and the pool reconnects", async () => {
    // A request stopped on a lock, its backend then terminated: what a restart does to it.
    const locker = new Client({ connectionString: url });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE");
      const stopped = app.gql(ME, {}, { token });
      let pid: number | undefined;
      while (pid === undefined) {
        const { rows } = await locker.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        pid = rows[0]?.pid;
      }
      await locker.query("SELECT pg_terminate_backend($1)", [pid]);
      const ended = await stopped;
      expect(ended.status).toBe(503);
      expect(ended.headers.get("retry-after")).toBe("2");
      expect(codeOf(ended)).toBe("SERVICE_UNAVAILABLE");
      expect(ended.errors?.[0]?.message).toMatch(/database cannot be reached/);
    } finally {
      await locker.query("COMMIT");
      await locker.end();
    }
    const again = await app.gql(ME, {}, { token });
    expect(again.status).toBe(200);
    expect(again.data.me.id).toBeTruthy();
  });
});
