import { signSessionToken } from "../src/auth/tokens";
import { createWorld, TEST_PASSWORD } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";

const ME = `{ me { id } }`;
const PROTECTED = `{ partners(first: 1) { totalCount } }`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Logout against requests of the same session that look it up while it is being revoked. */
describe("logout racing other requests of the session", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof createWorld>>;

  beforeAll(async () => {
    app = await startTestApp({ config: { sessionCacheSeconds: 60 } });
    world = await createWorld(app.db.dataSource);
  });
  afterAll(() => app.close());

  it("leaves the session unusable, however the lookups interleave with the revocation", async () => {
    const token = await app.login(world.admin.email, TEST_PASSWORD);
    expect((await app.gql(ME, {}, { token })).data.me.id).toBe(world.admin.id);
    // The same session under other token strings (the cache is keyed by the exact token), so
    // that their first use has to look the session up.
    const { sid } = JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString());
    const [early, late] = [1, 2].map((i) =>
      signSessionToken({ sid, exp: Math.floor(Date.now() / 1000) + 3600 + i }, app.secret),
    );

    // Writes to sessions wait until we let go. On PostgreSQL reads go on; PGlite has a single
    // session, so there every statement queues behind this one, in order of arrival.
    const runner = app.db.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(`LOCK TABLE sessions IN SHARE MODE`);
    let requests: Promise<unknown>[];
    try {
      const earlyLookup = app.gql(ME, {}, { token: early! });
      await pause(150);
      const logout = app.gql(`mutation { logout }`, {}, { token });
      await pause(150);
      const lateLookup = app.gql(ME, {}, { token: late! });
      await pause(150);
      requests = [earlyLookup, logout, lateLookup];
    } finally {
      await runner.commitTransaction();
      await runner.release();
    }
    const [, loggedOut] = (await Promise.all(requests)) as [unknown, { data: unknown }];
    expect(loggedOut.data).toEqual({ logout: true });

    for (const sameSession of [token, early!, late!]) {
      expect((await app.gql(ME, {}, { token: sameSession })).data.me).toBeNull();
      expect(codeOf(await app.gql(PROTECTED, {}, { token: sameSession }))).toBe("UNAUTHENTICATED");
    }
  });
});
