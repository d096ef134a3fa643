import type { Role } from "@prm/domain";
import type { EntityManager } from "typeorm";
import { principalOf } from "../database/principal";
import type { Context } from "../context";
import { Session } from "../modules/auth/session.entity";
import { signSessionToken } from "./tokens";

/**
 * Signs `userId` in: a new session row through `db` (so it commits with the caller's
 * transaction), its signed token, and the session cookie. Sign-in, accepting an invitation and
 * resetting a password all end here.
 */
export async function startSession(
  ctx: Pick<Context, "config" | "secret" | "ip" | "userAgent" | "cookies">,
  db: EntityManager,
  userId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ctx.config.sessionTtlHours * 3600_000);
  const session = await db.getRepository(Session).save({
    userId,
    expiresAt,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  const token = signSessionToken(
    { sid: session.id, exp: Math.floor(expiresAt.getTime() / 1000) },
    ctx.secret,
  );
  ctx.cookies?.setSession(token, expiresAt);
  return { token, expiresAt };
}

/**
 * The rest of the request — the sign-in's answer (the user, their organization) — is read as
 * the user who just signed in, as their next request will be.
 */
export function answerAs(
  ctx: Pick<Context, "transaction">,
  user: { id: string; organizationId: string; role: Role },
): Promise<void> {
  return ctx.transaction.become(
    principalOf({
      userId: user.id,
      organizationId: user.organizationId,
      role: user.role,
      sessionId: null,
    }),
  );
}
