import { isUUID } from "class-validator";
import { AppError, forbidden, notFound } from "../../common/errors";
import { verifyPassword } from "../../auth/passwords";
import { answerAs, startSession } from "../../auth/session-start";
import { newApiToken, sha256, API_TOKEN_PREFIX } from "../../auth/tokens";
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

const INVALID_CREDENTIALS = "The email or password is incorrect.";

export class AuthService {
  constructor(private readonly ctx: Context) {}

  async login(input: LoginInput): Promise<LoginPayload> {
    const email = input.email.trim().toLowerCase();
    const { db, ip, config } = this.ctx;
    await claimLoginAttempt(db, config.loginRateLimit, email, ip);

    // A deactivated partner's users are as unknown here: the same answer, in the same time.
    // As the system: nobody is signed in yet, and only this email's row is read.
    const user = await this.ctx.transaction.asSystem((tx) =>
      tx
        .getRepository(User)
        .createQueryBuilder("u")
        .addSelect("u.passwordHash")
        .innerJoin("u.organization", "o", "o.active")
        .where("u.email = :email", { email })
        .getOne(),
    );
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !passwordOk || !user.active) {
      // The attempt claimed above stays counted: it was a failure.
      throw new AppError("UNAUTHENTICATED", INVALID_CREDENTIALS);
    }

    // As the system: the new session is the user's, who is not the viewer until the next request.
    const { token, expiresAt } = await this.ctx.transaction.asSystem(async (tx) => {
      await loginSucceeded(tx, email, ip);
      // The last sign-in, to the minute: no row rewrite for every sign-in of a busy script.
      await tx.query(
        `UPDATE users SET last_login_at = now()
          WHERE id = $1 AND (last_login_at IS NULL OR last_login_at <= now() - interval '1 minute')`,
        [user.id],
      );
      return startSession(this.ctx, tx, user.id);
    });
    await answerAs(this.ctx, user);
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
