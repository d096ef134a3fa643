import { signSessionToken } from "../src/auth/tokens";
import { createUser, createWorld, TEST_PASSWORD } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token expiresAt user { id email role organization { id name kind } } } }`;
const ME = `query { me { id email name role active organization { id name kind } manager { id email } } }`;

describe("authentication", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof createWorld>>;

  beforeAll(async () => {
    app = await startTestApp({
      config: { loginRateLimit: { perEmail: 3, perIp: 1000, windowSeconds: 900 } },
    });
    world = await createWorld(app.db.dataSource);
  });
  afterAll(() => app.close());

  it("logs in with email and password, returning the user, a token and an httpOnly SameSite=Lax cookie", async () => {
    const res = await app.gql(LOGIN, {
      input: { email: world.seller.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.login.user).toEqual({
      id: world.seller.id,
      email: world.seller.email,
      role: "PARTNER_SELLER",
      organization: { id: world.partner.id, name: world.partner.name, kind: "PARTNER" },
    });
    expect(res.data.login.token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(new Date(res.data.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^prm_session=[\w.-]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("me returns the signed-in user's role and organization, by bearer token and by cookie", async () => {
    const token = await app.login(world.seller.email, TEST_PASSWORD);
    const byBearer = await app.gql(ME, {}, { token });
    expect(byBearer.data.me).toMatchObject({
      id: world.seller.id,
      role: "PARTNER_SELLER",
      active: true,
      organization: { id: world.partner.id, kind: "PARTNER" },
      manager: { id: world.manager.id },
    });
    const byCookie = await app.gql(ME, {}, { headers: { cookie: `prm_session=${token}` } });
    expect(byCookie.data.me.id).toBe(world.seller.id);
  });

  it("me is null for anonymous callers and for forged or tampered tokens", async () => {
    expect((await app.gql(ME)).data).toEqual({ me: null });
    const token = await app.login(world.cm.email, TEST_PASSWORD);
    const [payload, signature] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({ sid: "00000000-0000-4000-8000-000000000000", exp: 9999999999 }),
    ).toString("base64url");
    for (const bad of [
      `${forged}.${signature}`,
      `${payload}.${signature![0] === "A" ? "B" : "A"}${signature!.slice(1)}`,
      "garbage",
      "prm_notarealtoken",
    ]) {
      const res = await app.gql(ME, {}, { token: bad });
      expect(res.errors).toBeUndefined();
      expect(res.data.me).toBeNull();
    }
  });

  it("me is null for a correctly signed token whose time is up, or whose session has expired", async () => {
    const token = await app.login(world.cm.email, TEST_PASSWORD);
    const { sid } = JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString());
    const pastExp = signSessionToken({ sid, exp: Math.floor(Date.now() / 1000) - 1 }, app.secret);
    expect((await app.gql(ME, {}, { token: pastExp })).data.me).toBeNull();
    expect((await app.gql(ME, {}, { token })).data.me.id).toBe(world.cm.id);
    await app.db.dataSource.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [sid],
    );
    expect((await app.gql(ME, {}, { token })).data.me).toBeNull();
  });

  it("gives the same error for an unknown email and a wrong password", async () => {
    const wrongPassword = await app.gql(LOGIN, {
      input: { email: world.ops.email, password: "not the password" },
    });
    const unknownEmail = await app.gql(LOGIN, {
      input: { email: "nobody@nowhere.test", password: "not the password" },
    });
    expect(codeOf(wrongPassword)).toBe("UNAUTHENTICATED");
    expect(wrongPassword.errors).toEqual(unknownEmail.errors);
    expect(wrongPassword.data).toBeNull();
  });

  it("refuses inactive users, with the same error as a wrong password", async () => {
    const inactive = await createUser(app.db.dataSource, {
      organizationId: world.partner.id,
      role: "PARTNER_SELLER",
      active: false,
    });
    const res = await app.gql(LOGIN, { input: { email: inactive.email, password: TEST_PASSWORD } });
    expect(codeOf(res)).toBe("UNAUTHENTICATED");
    expect(res.errors?.[0]?.message).toBe("The email or password is incorrect.");
  });

  it("ends a session already issued when the user is deactivated", async () => {
    const user = await createUser(app.db.dataSource, {
      organizationId: world.partner.id,
      role: "PARTNER_SELLER",
    });
    const token = await app.login(user.email, TEST_PASSWORD);
    await app.db.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
    expect((await app.gql(ME, {}, { token })).data.me).toBeNull();
  });

  it("rejects malformed input with BAD_USER_INPUT naming the field", async () => {
    const res = await app.gql(LOGIN, { input: { email: "not-an-email", password: "x" } });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.field).toBe("email");
  });

  it("rate limits failed logins per email, saying when to retry, even for the right password", async () => {
    const user = await createUser(app.db.dataSource, {
      organizationId: world.partner.id,
      role: "PARTNER_SELLER",
    });
    for (let i = 0; i < 3; i++) {
      const res = await app.gql(LOGIN, { input: { email: user.email, password: `wrong-${i}` } });
      expect(codeOf(res)).toBe("UNAUTHENTICATED");
    }
    const limited = await app.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(codeOf(limited)).toBe("RATE_LIMITED");
    const ext = limited.errors![0]!.extensions!;
    expect(ext.retryAfterSeconds).toBeGreaterThan(800);
    expect(ext.retryAfterSeconds).toBeLessThanOrEqual(900);
    expect(new Date(String(ext.retryAt)).getTime()).toBeGreaterThan(Date.now());
    expect(limited.errors![0]!.message).toMatch(/Try again in 15 minutes/);
    // Other accounts are not affected by one account's lock.
    expect(
      (await app.gql(LOGIN, { input: { email: world.admin.email, password: TEST_PASSWORD } }))
        .errors,
    ).toBeUndefined();
  });

  it("logout revokes the session token and clears the cookie", async () => {
    const token = await app.login(world.manager.email, TEST_PASSWORD);
    const out = await app.gql(`mutation { logout }`, {}, { token });
    expect(out.data).toEqual({ logout: true });
    expect(out.headers.get("set-cookie")).toMatch(/prm_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await app.gql(ME, {}, { token })).data.me).toBeNull();
    expect((await app.gql(`mutation { logout }`)).data).toEqual({ logout: false });
  });

  it("API tokens authenticate as their owner until revoked, and are listed only to their owner", async () => {
    const session = await app.login(world.ops.email, TEST_PASSWORD);
    const created = await app.gql(
      `mutation { createApiToken(input: { name: "BI export" }) { token apiToken { id name prefix revokedAt } } }`,
      {},
      { token: session },
    );
    expect(created.errors).toBeUndefined();
    const { token, apiToken } = created.data.createApiToken;
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    expect((await app.gql(ME, {}, { token })).data.me.id).toBe(world.ops.id);
    const stored = await app.db.dataSource.query(
      `SELECT token_hash FROM api_tokens WHERE id = $1`,
      [apiToken.id],
    );
    expect(stored[0].token_hash).not.toContain(token);

    const other = await app.login(world.seller.email, TEST_PASSWORD);
    expect(
      (await app.gql(`query { apiTokens { id } }`, {}, { token: other })).data.apiTokens,
    ).toEqual([]);
    const theirRevoke = await app.gql(
      `mutation ($id: ID!) { revokeApiToken(input: { id: $id }) { id } }`,
      { id: apiToken.id },
      { token: other },
    );
    expect(codeOf(theirRevoke)).toBe("NOT_FOUND");

    const revoked = await app.gql(
      `mutation ($id: ID!) { revokeApiToken(input: { id: $id }) { id revokedAt } }`,
      { id: apiToken.id },
      { token: session },
    );
    expect(revoked.data.revokeApiToken.revokedAt).not.toBeNull();
    expect((await app.gql(ME, {}, { token })).data.me).toBeNull();
  });
});

describe("rate limit per IP", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      config: { loginRateLimit: { perEmail: 100, perIp: 4, windowSeconds: 60 } },
    });
  });
  afterAll(() => app.close());

  it("locks an address out after too many failures across different emails", async () => {
    for (let i = 0; i < 4; i++) {
      const res = await app.gql(
        `mutation { login(input: { email: "probe${i}@example.test", password: "x" }) { token } }`,
      );
      expect(codeOf(res)).toBe("UNAUTHENTICATED");
    }
    const res = await app.gql(
      `mutation { login(input: { email: "probe-next@example.test", password: "x" }) { token } }`,
    );
    expect(codeOf(res)).toBe("RATE_LIMITED");
    expect(res.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(60);
  });
});
