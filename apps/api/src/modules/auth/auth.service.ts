import { isUUID } from "class-validator";
import { AppError, notFound } from "../../common/errors";
import { verifyPassword } from "../../auth/passwords";
import { newApiToken, sha256, signSessionToken, API_TOKEN_PREFIX } from "../../auth/tokens";
import type { Context } from "../../context";
import type { Viewer } from "../../auth/viewer";
import { User } from "../users/user.entity";
import { referencedUser } from "../users/user.loaders";
import { UserType } from "../users/user.types";
import { ApiToken } from "./api-token.entity";
import type { ApiTokenType, CreateApiTokenInput, LoginInput, LoginPayload } from "./auth.inputs";
import { Session } from "./session.entity";

const INVALID_CREDENTIALS = "The email or password is incorrect.";

export class AuthService {
  constructor(private readonly ctx: Context) {}

  async login(input: LoginInput): Promise<LoginPayload> {
    const email = input.email.trim().toLowerCase();
    const keys = [`email:${email}`, `ip:${this.ctx.ip}`];
    await this.refuseIfThrottled(keys);

    const user = await this.ctx.db
      .getRepository(User)
      .createQueryBuilder("u")
      .addSelect("u.passwordHash")
      .where("u.email = :email", { email })
      .getOne();
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !passwordOk || !user.active) {
      await this.recordFailure(keys);
      throw new AppError("UNAUTHENTICATED", INVALID_CREDENTIALS);
    }

    const { config } = this.ctx;
    const expiresAt = new Date(Date.now() + config.sessionTtlHours * 3600_000);
    const session = await this.ctx.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM login_throttle WHERE key = $1`, [keys[0]]);
      await tx.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [user.id]);
      return tx.getRepository(Session).save({
        userId: user.id,
        expiresAt,
        ip: this.ctx.ip.slice(0, 64),
        userAgent: this.ctx.userAgent,
      });
    });
    const token = signSessionToken(
      { sid: session.id, exp: Math.floor(expiresAt.getTime() / 1000) },
      this.ctx.secret,
    );
    this.ctx.cookies?.setSession(token, expiresAt);
    return { token, expiresAt, user: UserType.from(user) };
  }

  async logout(): Promise<boolean> {
    const sessionId = this.ctx.viewer?.sessionId;
    if (sessionId) {
      await this.ctx.db.query(
        `UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
        [sessionId],
      );
      // Only once the revocation is committed: a lookup that read the session before it would
      // otherwise put it back in the cache.
      this.ctx.sessions.forget(sessionId);
    }
    this.ctx.cookies?.clearSession();
    return sessionId != null;
  }

  async me(): Promise<UserType | null> {
    const viewer = this.ctx.viewer;
    if (!viewer) return null;
    return referencedUser(this.ctx, viewer.userId);
  }

  async createApiToken(
    viewer: Viewer,
    input: CreateApiTokenInput,
  ): Promise<{ token: string; apiToken: ApiTokenType }> {
    const token = newApiToken();
    const expiresAt = input.expiresInDays
      ? new Date(Date.now() + input.expiresInDays * 86400_000)
      : null;
    const apiToken = await this.ctx.db.getRepository(ApiToken).save({
      userId: viewer.userId,
      name: input.name.trim(),
      tokenHash: sha256(token),
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      expiresAt,
      lastUsedAt: null,
      revokedAt: null,
    });
    return { token, apiToken };
  }

  async revokeApiToken(viewer: Viewer, id: string): Promise<ApiTokenType> {
    if (!isUUID(id)) throw notFound("The API token");
    const rows: [ApiToken[], number] = await this.ctx.db.query(
      `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now())
        WHERE id = $1 AND user_id = $2
        RETURNING id, name, prefix, created_at AS "createdAt", expires_at AS "expiresAt",
                  last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`,
      [id, viewer.userId],
    );
    const token = rows[0][0];
    if (!token) throw notFound("The API token");
    return token;
  }

  apiTokens(viewer: Viewer): Promise<ApiTokenType[]> {
    return this.ctx.db
      .getRepository(ApiToken)
      .find({ where: { userId: viewer.userId }, order: { createdAt: "DESC" } });
  }

  /** Failed logins per email and per IP, in a fixed window shared by all replicas (PostgreSQL). */
  private async refuseIfThrottled(keys: string[]): Promise<void> {
    const { perEmail, perIp, windowSeconds } = this.ctx.config.loginRateLimit;
    const rows: { retry_at: Date }[] = await this.ctx.db.query(
      `SELECT window_started_at + make_interval(secs => $2) AS retry_at
         FROM login_throttle
        WHERE key = ANY($1)
          AND window_started_at > now() - make_interval(secs => $2)
          AND failures >= CASE WHEN key LIKE 'email:%' THEN $3::int ELSE $4::int END
        ORDER BY retry_at DESC
        LIMIT 1`,
      [keys, windowSeconds, perEmail, perIp],
    );
    const retryAt = rows[0]?.retry_at;
    if (!retryAt) return;
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((new Date(retryAt).getTime() - Date.now()) / 1000),
    );
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw new AppError(
      "RATE_LIMITED",
      `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      {
        retryAfterSeconds,
        retryAt: new Date(retryAt).toISOString(),
      },
    );
  }

  private async recordFailure(keys: string[]): Promise<void> {
    const { windowSeconds } = this.ctx.config.loginRateLimit;
    await this.ctx.db.query(
      `INSERT INTO login_throttle AS t (key, window_started_at, failures)
       SELECT k, now(), 1 FROM unnest($1::varchar[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END`,
      [keys, windowSeconds],
    );
  }
}
