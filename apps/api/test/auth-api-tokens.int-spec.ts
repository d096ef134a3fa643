import { ApiTokensExpire1796193055770 } from "../src/database/migrations/1796193055770-ApiTokensExpire";
import { createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";

const CREATE = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id createdAt expiresAt } }
}`;
const ME = `{ me { id } }`;
const DAY_MS = 86_400_000;

describe("API tokens", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof createWorld>>;

  beforeAll(async () => {
    app = await startTestApp();
    world = await createWorld(app.db.dataSource);
  });
  afterAll(() => app.close());

  const create = (token: string, input: Record<string, unknown>) =>
    app.gql(CREATE, { input }, { token });
  const tokenCount = async (userId: string): Promise<number> =>
    (
      await app.db.dataSource.query(
        `SELECT count(*)::int AS n FROM api_tokens WHERE user_id = $1`,
        [userId],
      )
    )[0].n;

  it("are created only from a signed-in session: a token cannot create tokens", async () => {
    const session = await app.tokenOf(world.ops);
    const parent = await create(session, { name: "Integration" });
    expect(parent.errors).toBeUndefined();
    const apiToken: string = parent.data.createApiToken.token;

    const child = await create(apiToken, { name: "Child" });
    expect(codeOf(child)).toBe("FORBIDDEN");
    expect(child.errors![0]!.message).toMatch(/signed-in session/);
    expect(child.data).toBeNull();
    expect(await tokenCount(world.ops.id)).toBe(1);
    // The token still acts as its user otherwise.
    expect((await app.gql(ME, {}, { token: apiToken })).data.me.id).toBe(world.ops.id);
  });

  it("expire in 90 days unless told otherwise, and in a year at most", async () => {
    const session = await app.tokenOf(world.seller);
    for (const input of [{ name: "Default" }, { name: "Null", expiresInDays: null }]) {
      const res = await create(session, input);
      expect(res.errors).toBeUndefined();
      const { createdAt, expiresAt } = res.data.createApiToken.apiToken;
      expect(Date.parse(expiresAt) - Date.parse(createdAt)).toBeGreaterThan(90 * DAY_MS - 60_000);
      expect(Date.parse(expiresAt) - Date.parse(createdAt)).toBeLessThan(90 * DAY_MS + 60_000);
    }
    const week = await create(session, { name: "Week", expiresInDays: 7 });
    const { createdAt, expiresAt } = week.data.createApiToken.apiToken;
    expect(Math.round((Date.parse(expiresAt) - Date.parse(createdAt)) / DAY_MS)).toBe(7);
    expect(codeOf(await create(session, { name: "Too long", expiresInDays: 366 }))).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("stop working when they expire", async () => {
    const created = await create(await app.tokenOf(world.manager), { name: "Short" });
    const { token, apiToken } = created.data.createApiToken;
    expect((await app.gql(ME, {}, { token })).data.me.id).toBe(world.manager.id);
    await app.db.dataSource.query(
      `UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [apiToken.id],
    );
    expect((await app.gql(ME, {}, { token })).data.me).toBeNull();
  });

  it("that never expired before the upgrade expire 90 days after they were made", async () => {
    const migration = new ApiTokensExpire1796193055770();
    const runner = app.db.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      const [old, recent, dated] = await runner.query(
        `INSERT INTO api_tokens (user_id, name, token_hash, prefix, created_at, expires_at)
         VALUES ($1, 'old', repeat('a', 64), 'prm_a', now() - interval '200 days', NULL),
                ($1, 'recent', repeat('b', 64), 'prm_b', now() - interval '10 days', NULL),
                ($1, 'dated', repeat('c', 64), 'prm_c', now() - interval '10 days', now() + interval '300 days')
         RETURNING id`,
        [world.cm.id],
      );
      await migration.up(runner);
      const rows: { id: string; days: number }[] = await runner.query(
        `SELECT id, round(extract(epoch FROM expires_at - created_at) / 86400)::int AS days
           FROM api_tokens WHERE id = ANY($1)`,
        [[old.id, recent.id, dated.id]],
      );
      const days = Object.fromEntries(rows.map((row) => [row.id, row.days]));
      expect(days).toEqual({ [old.id]: 90, [recent.id]: 90, [dated.id]: 310 });
    } finally {
      await runner.release();
    }
  });

  it("record their use at most once a minute", async () => {
    const created = await create(await app.tokenOf(world.peerSeller), { name: "Busy" });
    const { token, apiToken } = created.data.createApiToken;
    const lastUsed = async (): Promise<Date | null> =>
      (
        await app.db.dataSource.query(`SELECT last_used_at FROM api_tokens WHERE id = $1`, [
          apiToken.id,
        ])
      )[0].last_used_at;
    const tupleVersion = async (): Promise<string> =>
      (
        await app.db.dataSource.query(`SELECT xmin::text AS v FROM api_tokens WHERE id = $1`, [
          apiToken.id,
        ])
      )[0].v;
    expect(await lastUsed()).toBeNull();

    expect((await app.gql(ME, {}, { token })).data.me.id).toBe(world.peerSeller.id);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    const version = await tupleVersion();
    for (let i = 0; i < 3; i++) await app.gql(ME, {}, { token });
    // Not rewritten at all (the same row version), not merely to the same time.
    expect(await lastUsed()).toEqual(first);
    expect(await tupleVersion()).toBe(version);

    await app.db.dataSource.query(
      `UPDATE api_tokens SET last_used_at = now() - interval '61 seconds' WHERE id = $1`,
      [apiToken.id],
    );
    await app.gql(ME, {}, { token });
    const later = await lastUsed();
    expect(Date.now() - later!.getTime()).toBeLessThan(10_000);
  });

  it("are listed and revoked only by their user; a revoked token stops working", async () => {
    const session = await app.tokenOf(world.otherSeller);
    const created = await create(session, { name: "Revocable" });
    const { token, apiToken } = created.data.createApiToken;
    const LIST = `{ apiTokens { id name revokedAt } }`;
    const REVOKE = `mutation ($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { id revokedAt } }`;
    expect((await app.gql(LIST, {}, { token: session })).data.apiTokens).toEqual([
      { id: apiToken.id, name: "Revocable", revokedAt: null },
    ]);
    // Someone else: not theirs to see or revoke.
    const other = await app.tokenOf(world.seller);
    expect(
      (await app.gql(LIST, {}, { token: other })).data.apiTokens.map((t: { id: string }) => t.id),
    ).not.toContain(apiToken.id);
    const foreign = await app.gql(REVOKE, { input: { id: apiToken.id } }, { token: other });
    expect(codeOf(foreign)).toBe("NOT_FOUND");
    expect((await app.gql(ME, {}, { token })).data.me.id).toBe(world.otherSeller.id);

    const revoked = await app.gql(REVOKE, { input: { id: apiToken.id } }, { token: session });
    expect(revoked.data.revokeApiToken.revokedAt).not.toBeNull();
    const after = await app.gql(LIST, {}, { token });
    expect(codeOf(after)).toBe("UNAUTHENTICATED");
    expect((await app.gql(ME, {}, { token })).data.me).toBeNull();
  });
});
