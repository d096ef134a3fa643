import { createUser, TEST_PASSWORD } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import {
  as,
  auditOf,
  createOperatorsWorld,
  freshEmail,
  OPS,
  tokenOf,
  type OperatorsWorld,
} from "./operators-helpers";

const NEW_PASSWORD = "a long new passphrase";

/** Issue 12, Operators: invitation and password-reset links, made once, used once. */
describe("one-time links", () => {
  let app: TestApp;
  let w: OperatorsWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await createOperatorsWorld(app.db.dataSource);
  });
  afterAll(() => app.close());

  async function invite(fields: Record<string, unknown> = {}) {
    const email = freshEmail();
    const res = await as(app, w.ops, OPS.invite, {
      input: { email, name: "Invitee", role: "PARTNER_SELLER", managerId: w.manager.id, ...fields },
    });
    expect(res.errors).toBeUndefined();
    const { user, invitationUrl } = res.data.inviteUser;
    return { email, user, token: tokenOf(invitationUrl) };
  }
  const accept = (token: string, password = NEW_PASSWORD) =>
    app.gql(OPS.accept, { input: { token, password } });
  const refusal = (res: Awaited<ReturnType<typeof accept>>) => ({
    code: codeOf(res),
    field: res.errors?.[0]?.extensions?.field,
    message: res.errors?.[0]?.message,
  });

  describe("acceptInvitation", () => {
    it("sets the password and signs in as exactly the invited role, organization and manager", async () => {
      const { email, user, token } = await invite();
      const res = await accept(token);
      expect(res.errors).toBeUndefined();
      expect(res.data.acceptInvitation.user).toEqual({
        id: user.id,
        role: "PARTNER_SELLER",
        organization: { id: w.partner.id },
        manager: { id: w.manager.id },
      });
      expect(res.headers.get("set-cookie")).toMatch(/prm_session=/);
      const me = await app.gql(OPS.me, {}, { token: res.data.acceptInvitation.token });
      expect(me.data.me).toEqual(res.data.acceptInvitation.user);
      // The password works from now on; the invitation is no longer pending.
      await app.login(email, NEW_PASSWORD);
      const seen = await as(app, w.ops, OPS.user, { id: user.id });
      expect(seen.data.user.pendingInvitation).toBeNull();
      expect(seen.data.user.lastSignInAt).not.toBeNull();
      expect((await auditOf(app.db.dataSource, user.id)).map((e) => e.action)).toEqual([
        "INVITE",
        "ACCEPT_INVITATION",
      ]);
    });

    it("refuses a used, tampered, unknown, replaced or expired token, saying which", async () => {
      const used = await invite();
      expect((await accept(used.token)).errors).toBeUndefined();
      expect(refusal(await accept(used.token, "another long password"))).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "token",
        message: expect.stringMatching(/already been used/),
      });

      const fresh = await invite();
      const other = fresh.token[5] === "A" ? "B" : "A";
      const tampered = `${fresh.token.slice(0, 5)}${other}${fresh.token.slice(6)}`;
      for (const token of [tampered, fresh.token.slice(0, -1), "x".repeat(43), "🙂"]) {
        expect(refusal(await accept(token))).toMatchObject({
          field: "token",
          message: expect.stringMatching(/not valid/),
        });
      }

      const renewed = await as(app, w.ops, OPS.renew, { userId: fresh.user.id });
      expect(renewed.errors).toBeUndefined();
      expect(refusal(await accept(fresh.token))).toMatchObject({
        field: "token",
        message: expect.stringMatching(/replaced by a newer one/),
      });
      const newToken = tokenOf(renewed.data.renewInvitation.invitationUrl);

      await app.db.dataSource.query(
        `UPDATE one_time_links SET expires_at = now() - interval '1 second'
          WHERE user_id = $1 AND revoked_at IS NULL`,
        [fresh.user.id],
      );
      expect(refusal(await accept(newToken))).toMatchObject({
        field: "token",
        message: expect.stringMatching(/expired/),
      });
      const expired = await as(app, w.ops, OPS.user, { id: fresh.user.id });
      expect(expired.data.user.pendingInvitation.expired).toBe(true);
      // Nothing was set by any of them: the user still cannot sign in.
      const [row] = await app.db.dataSource.query(
        `SELECT password_hash IS NULL AS pending FROM users WHERE id = $1`,
        [fresh.user.id],
      );
      expect(row.pending).toBe(true);
    });

    it("refuses a short password without using the link up", async () => {
      const { token } = await invite();
      expect(refusal(await accept(token, "short"))).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "password",
        message: expect.stringMatching(/at least 12 characters/),
      });
      expect((await accept(token)).errors).toBeUndefined();
    });

    it("lets exactly one of five concurrent uses of a link through", async () => {
      const { token } = await invite();
      const results = await Promise.all(
        Array.from({ length: 5 }, (_, i) => accept(token, `${NEW_PASSWORD} ${i}`)),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.field === "token")).toHaveLength(4);
    });

    it("refuses the link of a user deactivated since", async () => {
      const { user, token } = await invite();
      const off = await as(app, w.ops, OPS.deactivate, { input: { id: user.id } });
      expect(off.data.deactivateUser.active).toBe(false);
      expect(refusal(await accept(token))).toMatchObject({
        field: "token",
        message: expect.stringMatching(/deactivated/),
      });
    });
  });

  describe("renewInvitation", () => {
    it("is for pending users the viewer manages, and for the vendor admin any partner's", async () => {
      const { user } = await invite();
      expect(codeOf(await as(app, w.otherOps, OPS.renew, { userId: user.id }))).toBe("NOT_FOUND");
      for (const other of [w.seller, w.manager, w.cm]) {
        expect(codeOf(await as(app, other, OPS.renew, { userId: user.id }))).toBe("FORBIDDEN");
      }
      const byAdmin = await as(app, w.admin, OPS.renew, { userId: user.id });
      expect(byAdmin.data.renewInvitation.user.id).toBe(user.id);
      // Someone who already signed up gets a password-reset link instead.
      const signedUp = await as(app, w.ops, OPS.renew, { userId: w.seller.id });
      expect(codeOf(signedUp)).toBe("CONFLICT");
      expect(codeOf(await as(app, w.ops, OPS.renew, { userId: "nope" }))).toBe("NOT_FOUND");
    });
  });

  describe("password reset", () => {
    it("sets a new password with a reset link, once, and ends the user's other sessions", async () => {
      const ds = app.db.dataSource;
      const user = await createUser(ds, { organizationId: w.partner.id, role: "PARTNER_SELLER" });
      const oldSession = await app.login(user.email, TEST_PASSWORD);
      const apiToken = (await app.gql(OPS.createApiToken, {}, { token: oldSession })).data
        .createApiToken.token;
      const link = await as(app, w.ops, OPS.resetLink, { userId: user.id });
      expect(link.errors).toBeUndefined();
      expect(link.data.createPasswordResetLink.resetUrl).toMatch(/\/reset-password#token=/);
      const token = tokenOf(link.data.createPasswordResetLink.resetUrl);
      // A reset token is no invitation, nor the other way round.
      expect(refusal(await accept(token))).toMatchObject({
        message: expect.stringMatching(/not valid/),
      });

      const res = await app.gql(OPS.reset, { input: { token, password: NEW_PASSWORD } });
      expect(res.errors).toBeUndefined();
      expect(res.data.resetPassword.user.id).toBe(user.id);
      expect((await app.gql(OPS.me, {}, { token: oldSession })).data.me).toBeNull();
      // API tokens belong to integrations: a password reset leaves them.
      expect((await app.gql(OPS.me, {}, { token: apiToken })).data.me.id).toBe(user.id);
      expect((await app.gql(OPS.me, {}, { token: res.data.resetPassword.token })).data.me.id).toBe(
        user.id,
      );
      await expect(app.login(user.email, TEST_PASSWORD)).rejects.toThrow(/login failed/);
      await app.login(user.email, NEW_PASSWORD);
      const again = await app.gql(OPS.reset, {
        input: { token, password: "yet another long password" },
      });
      expect(refusal(again)).toMatchObject({ message: expect.stringMatching(/already been used/) });
    });

    it("makes reset links for the viewer's own organization only", async () => {
      const pending = await invite();
      expect(codeOf(await as(app, w.ops, OPS.resetLink, { userId: pending.user.id }))).toBe(
        "CONFLICT",
      );
      expect(codeOf(await as(app, w.otherOps, OPS.resetLink, { userId: w.seller.id }))).toBe(
        "NOT_FOUND",
      );
      // The vendor admin resets vendor users, not partner users.
      expect(codeOf(await as(app, w.admin, OPS.resetLink, { userId: w.seller.id }))).toBe(
        "NOT_FOUND",
      );
      const vendorUser = await as(app, w.admin, OPS.resetLink, { userId: w.otherCm.id });
      expect(vendorUser.data.createPasswordResetLink.user.id).toBe(w.otherCm.id);
      for (const other of [w.seller, w.manager, w.cm, w.unassignedCm]) {
        expect(codeOf(await as(app, other, OPS.resetLink, { userId: w.seller.id }))).toBe(
          "FORBIDDEN",
        );
      }
      expect(codeOf(await as(app, null, OPS.resetLink, { userId: w.seller.id }))).toBe(
        "UNAUTHENTICATED",
      );
      const [{ n }] = await app.db.dataSource.query(
        `SELECT count(*)::int AS n FROM one_time_links WHERE user_id = $1`,
        [w.seller.id],
      );
      expect(n).toBe(0);
    });
  });
});
