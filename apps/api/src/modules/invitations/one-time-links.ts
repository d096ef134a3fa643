import { randomBytes } from "node:crypto";
import { ONE_TIME_LINK_DAYS } from "@prm/domain";
import type { EntityManager } from "typeorm";
import { holdersSql, type Holders } from "../../auth/revocation";
import { sha256 } from "../../auth/tokens";
import type { Context } from "../../context";
import type { OneTimeLinkPurpose } from "./one-time-link.entity";

/** Where the web app takes each kind of link; the token follows in the fragment. */
export const LINK_PATHS: Readonly<Record<OneTimeLinkPurpose, string>> = {
  INVITATION: "/accept-invitation",
  PASSWORD_RESET: "/reset-password",
};

export interface IssuedLink {
  url: string;
  expiresAt: Date;
}

/**
 * Makes a one-time link for `userId` through `tx`, replacing any open one of the same purpose
 * (the older link stops working). The token is 32 random bytes; only its SHA-256 is stored, and
 * the URL is returned once, to be handed over by its maker (there is no mail server). In
 * development it is also logged, for whoever runs PRM locally.
 */
export async function issueLink(
  ctx: Pick<Context, "config" | "origin" | "logger">,
  tx: EntityManager,
  link: { userId: string; purpose: OneTimeLinkPurpose; createdById: string },
): Promise<IssuedLink> {
  await tx.query(
    `UPDATE one_time_links SET revoked_at = now()
      WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL AND revoked_at IS NULL`,
    [link.userId, link.purpose],
  );
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + ONE_TIME_LINK_DAYS * 86_400_000);
  await tx.query(
    `INSERT INTO one_time_links (user_id, purpose, token_hash, created_by_id, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [link.userId, link.purpose, sha256(token), link.createdById, expiresAt],
  );
  const url = `${webAppBase(ctx)}${LINK_PATHS[link.purpose]}#token=${token}`;
  if (ctx.config.env === "development") {
    ctx.logger.info(
      { purpose: link.purpose, userId: link.userId, url },
      "one-time link (shown in development only)",
    );
  }
  return { url, expiresAt };
}

/**
 * Where people open the web app: PUBLIC_URL when configured; else the origin the request came
 * from (the web app's own, when it asks); else this server's address.
 */
function webAppBase(ctx: Pick<Context, "config" | "origin">): string {
  const base = ctx.config.publicUrl ?? ctx.origin ?? `http://${ctx.config.host}:${ctx.config.port}`;
  return base.replace(/\/+$/, "");
}

/** Every open link of these users stops working (deactivation). */
export async function revokeLinks(tx: EntityManager, holders: Holders): Promise<void> {
  const [condition, param] = holdersSql(holders);
  await tx.query(
    `UPDATE one_time_links SET revoked_at = now()
      WHERE ${condition} AND used_at IS NULL AND revoked_at IS NULL`,
    [param],
  );
}
