import { signSessionToken } from "../src/auth/tokens";
import { createWorld, TEST_PASSWORD } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";

const ME = `{ me { id name role } }`;
const PROTECTED = `{ partners(first: 1) { totalCount } }`;

/** The session cache as configured outside tests (here one minute, to see it at work). */
describe("session cache", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof createWorld>>;
  const sidOf = (token: string): string =>
    JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString()).sid;

  beforeAll(async () => {
    app = await startTestApp({ config: { sessionCacheSeconds: 60 } });
    world = await createWorld(app.db.dataSource);
  });
  afterAll(() => app.close());

  it("answers a signed-in request from the verified session, without looking it up again", async () => {
    const token = await app.login(world.cm.email, TEST_PASSWORD);
    const first = await app.gql(ME, {}, { token });
    expect(first.data.me).toMatchObject({ id: world.cm.id, role: "CHANNEL_MANAGER" });
    // Changed behind the API's back: the cached session (and its user) still answers.
    await app.db.dataSource.query(`UPDATE users SET name = 'Renamed' WHERE id = $1`, [world.cm.id]);
    expect((await app.gql(ME, {}, { token })).data.me).toEqual(first.data.me);
    // A new session looks the user up afresh.
    const fresh = await app.login(world.cm.email, TEST_PASSWORD);
    expect((await app.gql(ME, {}, { token: fresh })).data.me.name).toBe("Renamed");
  });

  it("forgets a session at logout, at once", async () => {
    const token = await app.login(world.admin.email, TEST_PASSWORD);
    expect(codeOf(await app.gql(PROTECTED, {}, { token }))).toBeUndefined();
    const out = await app.gql(`mutation { logout }`, {}, { token });
    expect(out.data.logout).toBe(true);
    expect((await app.gql(ME, {}, { token })).data.me).toBeNull();
    expect(codeOf(await app.gql(PROTECTED, {}, { token }))).toBe("UNAUTHENTICATED");
  });

  it("never trusts a session past its own expiry", async () => {
    const token = await app.login(world.otherCm.email, TEST_PASSWORD);
    await app.db.dataSource.query(
      `UPDATE sessions SET expires_at = now() + interval '1 second' WHERE id = $1`,
      [sidOf(token)],
    );
    expect((await app.gql(ME, {}, { token })).data.me.id).toBe(world.otherCm.id);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await app.gql(ME, {}, { token })).data.me).toBeNull();
    expect(codeOf(await app.gql(PROTECTED, {}, { token }))).toBe("UNAUTHENTICATED");
  });

  it("never trusts a token past its own time, whatever its session's", async () => {
    const token = await app.login(world.ops.email, TEST_PASSWORD);
    const shortLived = signSessionToken(
      { sid: sidOf(token), exp: Math.floor(Date.now() / 1000) + 1 },
      app.secret,
    );
    expect((await app.gql(ME, {}, { token: shortLived })).data.me.id).toBe(world.ops.id);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await app.gql(ME, {}, { token: shortLived })).data.me).toBeNull();
    expect((await app.gql(ME, {}, { token })).data.me.id).toBe(world.ops.id);
  });

  it("still checks the token's signature on every request", async () => {
    const token = await app.login(world.seller.email, TEST_PASSWORD);
    expect((await app.gql(ME, {}, { token })).data.me.id).toBe(world.seller.id);
    const [payload, signature] = token.split(".");
    const tampered = `${payload}.${signature![0] === "A" ? "B" : "A"}${signature!.slice(1)}`;
    expect((await app.gql(ME, {}, { token: tampered })).data.me).toBeNull();
  });
});
