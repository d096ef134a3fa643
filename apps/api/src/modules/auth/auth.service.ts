import { isUUID } from "class-validator";
import { AppError, forbidden, notFound } from "../../common/errors";
import { verifyPassword } from "../../auth/passwords";
import { newApiToken, sha256, signSessionToken, API_TOKEN_PREFIX } from "../../auth/tokens";
import type { Context } from "../../context";
import type { Viewer } from "../../auth/viewer";
import { User } from "../users/user.entity";
import { referencedUser } from "../users/user.loaders";
import { UserType } from "../users/user.types";
import { ApiToken } from "./api-token.entity";
import {
  API_TOKEN_DEFAULT_DAYS,
  type ApiTokenType,
  type CreateApiTokenInput,
  type LoginInput,
  type LoginPayload,
} from "./auth.inputs";
import { claimLoginAttempt, loginSucceeded } from "./login-throttle";
import { Session } from "./session.entity";

const INVALID_CREDENTIALS = "The email or password is incorrect.";

export class AuthService {
  constructor(private readonly ctx: Context) {}

  async login(input: LoginInput): Promise<LoginPayload> {
    const email = input.email.trim().toLowerCase();
    const { db, ip, config } = this.ctx;
    await claimLoginAttempt(db, config.loginRateLimit, email, ip);

    const user = await db
      .getRepository(User)
      .createQueryBuilder("u")
      .addSelect("u.passwordHash")
      .where("u.email = :email", { email })
      .getOne();
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !passwordOk || !user.active) {
      // The attempt claimed above stays counted: it was a failure.
      throw new AppError("UNAUTHENTICATED", INVALID_CREDENTIALS);
    }

    const expiresAt = new Date(Date.now() + config.sessionTtlHours * 3600_000);
    const session = await db.transaction(async (tx) => {
      await loginSucceeded(tx, email, ip);
      await tx.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [user.id]);
      return tx.getRepository(Session).save({
        userId: user.id,
        expiresAt,
        ip,
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
    // Otherwise a leaked token could mint others that outlive its revocation.
    if (this.ctx.credential !== "session") {
      throw forbidden(
        "API tokens can only be created from a signed-in session, not with another API token.",
      );
    }
    const token = newApiToken();
    const days = input.expiresInDays ?? API_TOKEN_DEFAULT_DAYS;
    const expiresAt = new Date(Date.now() + days * 86400_000);
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
}
