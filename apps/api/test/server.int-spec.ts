import type { ApolloServerPlugin } from "@apollo/server";
import { isNonNullType } from "graphql";
import type { Pool, PoolClient } from "pg";
import { declaredAccess, PUBLIC } from "../src/auth/access";
import type { Context } from "../src/context";
import { getSchema } from "../src/schema";
import { createDeal, createOpportunity, createWorld, TEST_PASSWORD } from "./factories";
import { codeOf, openTestDatabase, startTestApp, type TestApp } from "./harness";
import { migrations } from "../src/database/migrations";

/** Counts operations that reached execution, to prove a rejection happened before any resolver. */
function executionCounter() {
  const counter = { executions: 0, plugin: {} as ApolloServerPlugin<Context> };
  counter.plugin = {
    async requestDidStart() {
      return {
        async executionDidStart() {
          counter.executions++;
        },
      };
    },
  };
  return counter;
}

describe("database", () => {
  it("applies the migrations to an empty database, with pg_trgm, and the entities match them", async () => {
    const db = await openTestDatabase();
    try {
      const applied = await db.dataSource.query(`SELECT name FROM migrations ORDER BY id`);
      expect(applied.map((m: { name: string }) => m.name)).toEqual(migrations.map((m) => m.name));
      expect(applied[0].name).toMatch(/^Initial\d+$/);
      const [trgm] = await db.dataSource.query(
        `SELECT similarity('northwind solutions', 'northwind solution') > 0.6 AS similar`,
      );
      expect(trgm.similar).toBe(true);
      const pending = await db.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      const checks = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace`,
      );
      expect(checks[0].n).toBeGreaterThan(20);
    } finally {
      await db.close();
    }
  });

  it("refuses a record whose owner is not a user of its partner (row-level security relies on it)", async () => {
    const db = await openTestDatabase();
    try {
      const world = await createWorld(db.dataSource);
      const strayOwner = { id: world.otherSeller.id, organizationId: world.partner.id };
      const ownerOfPartner = /owner_of_partner_fkey/;
      await expect(createDeal(db.dataSource, { owner: strayOwner })).rejects.toThrow(
        ownerOfPartner,
      );
      await expect(
        createOpportunity(db.dataSource, { owner: strayOwner, stage: "DISCOVERY", amount: "10" }),
      ).rejects.toThrow(ownerOfPartner);
      await expect(
        db.dataSource.query(
          `INSERT INTO quotas (organization_id, user_id, period_start, period_end, amount)
           VALUES ($1, $2, '2030-01-01', '2030-04-01', 100)`,
          [world.partner.id, world.otherSeller.id],
        ),
      ).rejects.toThrow(ownerOfPartner);
      // The owner's own partner is accepted: the constraint is not refusing everything.
      const own = await createOpportunity(db.dataSource, {
        owner: world.seller,
        stage: "DISCOVERY",
        amount: "10",
      });
      expect(own.id).toBeTruthy();
    } finally {
      await db.close();
    }
  });
});

describe("API skeleton", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof createWorld>>;
  const counter = executionCounter();

  beforeAll(async () => {
    app = await startTestApp({ plugins: [counter.plugin], config: { maxQueryCost: 500 } });
    world = await createWorld(app.db.dataSource);
  });
  afterAll(() => app.close());

  // pg deprecates calling a client's query while it runs one (pg 9 drops it). PGlite has no pg
  // pool, and runs statements one at a time anyway.
  const onPostgres = process.env.TEST_DATABASE_URL ? it : it.skip;
  onPostgres(
    "hands a request's connection one statement at a time, however many fields run at once",
    async () => {
      const pool = (app.db.dataSource.driver as unknown as { master: Pool }).master;
      let running = 0;
      let mostAtOnce = 0;
      const watched = new WeakSet<PoolClient>();
      const watch = (client: PoolClient) => {
        if (watched.has(client)) return;
        watched.add(client);
        const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
        (client as unknown as { query: typeof query }).query = (...args) => {
          mostAtOnce = Math.max(mostAtOnce, ++running);
          return query(...args).finally(() => running--);
        };
      };
      pool.on("acquire", watch);
      try {
        const token = await app.login(world.cm.email, TEST_PASSWORD);
        const res = await app.gql(
          `{ me { id } partners(first: 5) { totalCount } opportunities(first: 5) { totalCount }
           deals(first: 5) { totalCount } accounts(first: 5) { totalCount } }`,
          {},
          { token },
        );
        expect(res.errors).toBeUndefined();
      } finally {
        pool.off("acquire", watch);
      }
      expect(mostAtOnce).toBe(1);
    },
  );

  it("answers /healthz and /readyz (database ping), with a request id header", async () => {
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${app.url}/readyz`, { headers: { "x-request-id": "probe-123" } });
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
    expect(ready.headers.get("x-request-id")).toBe("probe-123");
  });

  it("gives FORBIDDEN to a role without the permission and UNAUTHENTICATED to anonymous callers", async () => {
    const query = `{ partners(first: 10) { totalCount edges { node { id } } } }`;
    const seller = await app.login(world.seller.email, TEST_PASSWORD);
    const forbidden = await app.gql(query, {}, { token: seller });
    expect(codeOf(forbidden)).toBe("FORBIDDEN");
    expect(forbidden.data).toBeNull();
    const anonymous = await app.gql(query);
    expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
    expect(anonymous.data).toBeNull();
  });

  it("scopes partners in SQL: a channel manager sees only assigned partners, an admin all", async () => {
    const query = `{ partners(first: 50) { totalCount edges { node { id name channelManager { id } } } } }`;
    const cm = await app.gql(query, {}, { token: await app.login(world.cm.email, TEST_PASSWORD) });
    expect(cm.data.partners.totalCount).toBe(1);
    expect(cm.data.partners.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      world.partner.id,
    ]);
    const other = await app.gql(
      query,
      {},
      { token: await app.login(world.otherCm.email, TEST_PASSWORD) },
    );
    expect(other.data.partners.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      world.otherPartner.id,
    ]);
    const admin = await app.gql(
      query,
      {},
      { token: await app.login(world.admin.email, TEST_PASSWORD) },
    );
    expect(admin.data.partners.totalCount).toBe(2);
  });

  it("pages partners with cursors", async () => {
    const token = await app.login(world.admin.email, TEST_PASSWORD);
    const page1 = await app.gql(
      `{ partners(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`,
      {},
      { token },
    );
    expect(page1.data.partners.pageInfo.hasNextPage).toBe(true);
    const page2 = await app.gql(
      `query ($after: String) { partners(first: 1, after: $after) { pageInfo { hasNextPage } edges { node { name } } } }`,
      { after: page1.data.partners.pageInfo.endCursor },
      { token },
    );
    expect(page2.data.partners.pageInfo.hasNextPage).toBe(false);
    const names = [page1.data.partners.edges[0].node.name, page2.data.partners.edges[0].node.name];
    expect(names).toEqual([world.partner.name, world.otherPartner.name].sort());
    const bad = await app.gql(
      `{ partners(first: 1, after: "nonsense") { totalCount } }`,
      {},
      { token },
    );
    expect(codeOf(bad)).toBe("BAD_USER_INPUT");
    const tooMany = await app.gql(`{ partners(first: 1000) { totalCount } }`, {}, { token });
    expect(codeOf(tooMany)).toBe("BAD_USER_INPUT");
  });

  it("refuses anonymous callers on every root operation that is not explicitly public", async () => {
    const schema = await getSchema();
    const roots = [schema.getQueryType()!, schema.getMutationType()!];
    let checked = 0;
    for (const root of roots) {
      for (const field of Object.values(root.getFields())) {
        if (declaredAccess(field) === PUBLIC || field.args.some((a) => isNonNullType(a.type)))
          continue;
        const op = root.name === "Query" ? "query" : "mutation";
        const res = await app.gql(
          `${op} { __typename ${field.name} ${selectionFor(field.type.toString())} }`,
        );
        expect([field.name, codeOf(res)]).toEqual([field.name, "UNAUTHENTICATED"]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("rejects a query nested 20 deep before any resolver runs", async () => {
    const token = await app.login(world.seller.email, TEST_PASSWORD);
    const nested = "manager { ".repeat(18) + "id" + " }".repeat(18); // me + 18 managers + id = 20 levels
    const before = counter.executions;
    const res = await app.gql(`{ me { ${nested} } }`, {}, { token });
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toBe("The query is nested 20 levels deep; the limit is 12.");
    expect(res.data).toBeUndefined();
    expect(counter.executions).toBe(before);
    // The same shape within the limit runs.
    const ok = await app.gql(
      `{ me { ${"manager { ".repeat(5)}id${" }".repeat(5)} } }`,
      {},
      { token },
    );
    expect(ok.errors).toBeUndefined();
    expect(counter.executions).toBe(before + 1);
  });

  it("rejects an operation whose cost exceeds the limit before execution", async () => {
    const token = await app.login(world.admin.email, TEST_PASSWORD);
    const before = counter.executions;
    const res = await app.gql(
      `{ partners(first: 100) { edges { node { id name channelManager { id name organization { id name } manager { id } } } } } }`,
      {},
      { token },
    );
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toMatch(/too expensive \(cost \d+; the limit is 500\)/);
    expect(counter.executions).toBe(before);
  });

  it("blocks CSRF-able requests (GET without a preflight header)", async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent("{ me { id } }")}`);
    expect(res.status).toBe(400);
    const ok = await fetch(`${app.url}/graphql?query=${encodeURIComponent("{ me { id } }")}`, {
      headers: { "apollo-require-preflight": "1" },
    });
    expect(ok.status).toBe(200);
  });

  it("limits the request body size with a JSON error", async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { padding: "x".repeat(200_000) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0]!.message).toMatch(/larger than the 100kb limit/);
  });

  it("answers malformed JSON with a JSON error, not a stack trace", async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ nope",
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.js:\d+/);
    expect(JSON.parse(text).errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });
});

describe("unexpected errors", () => {
  it("reach the client as INTERNAL_SERVER_ERROR with no SQL, table names or stack", async () => {
    const app = await startTestApp();
    try {
      const world = await createWorld(app.db.dataSource);
      const token = await app.login(world.seller.email, TEST_PASSWORD);
      // Break the database under the running server.
      await app.db.dataSource.query(`ALTER TABLE organizations RENAME TO organizations_gone`);
      const res = await app.gql(`{ me { id organization { name } } }`, {}, { token });
      expect(codeOf(res)).toBe("INTERNAL_SERVER_ERROR");
      const body = JSON.stringify(res.errors);
      expect(body).not.toMatch(
        /select|from|organizations|relation|typeorm|QueryFailed|\.ts:|\.js:/i,
      );
      expect(res.errors![0]!.message).toBe(
        "Something went wrong on our side. It has been logged; try again later.",
      );
    } finally {
      await app.close();
    }
  });
});

/** A minimal selection set for a root field's return type, for the anonymous sweep. */
function selectionFor(typeName: string): string {
  const named = typeName.replace(/[[\]!]/g, "");
  return ["String", "Boolean", "Int", "Float", "ID", "DateTimeISO"].includes(named)
    ? ""
    : "{ __typename }";
}
