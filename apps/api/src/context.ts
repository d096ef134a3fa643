import type { Request, Response } from "express";
import type { OrganizationKind, Role } from "@prm/domain";
import type { DataSource, EntityManager } from "typeorm";
import { API_TOKEN_PREFIX, sha256, verifySessionToken } from "./auth/tokens";
import type { Config } from "./config";
import { createLoaders, type Loaders } from "./common/loaders";

/** Who is asking. Built once per request, here and nowhere else. */
export interface Viewer {
  userId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  role: Role;
  /** The session this request rides on (null for API tokens). */
  sessionId: string | null;
}

export interface Context {
  requestId: string;
  viewer: Viewer | null;
  /** The request's database handle; every service goes through it. */
  db: EntityManager;
  config: Config;
  secret: string;
  ip: string;
  userAgent: string | null;
  /** Set / clear the session cookie (absent when there is no HTTP response, e.g. in scripts). */
  cookies: { setSession(token: string, expiresAt: Date): void; clearSession(): void } | null;
  loaders: Loaders;
}

export const SESSION_COOKIE = "prm_session";

interface ViewerRow {
  user_id: string;
  organization_id: string;
  kind: OrganizationKind;
  role: Role;
}

const VIEWER_COLUMNS = `u.id AS user_id, u.organization_id, o.kind, u.role`;

export async function loadViewer(
  db: EntityManager,
  token: string | null,
  secret: string,
): Promise<Viewer | null> {
  if (!token) return null;
  if (token.startsWith(API_TOKEN_PREFIX)) {
    const rows: ViewerRow[] = await db.query(
      `WITH used AS (
         UPDATE api_tokens SET last_used_at = now()
          WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
          RETURNING user_id)
       SELECT ${VIEWER_COLUMNS} FROM used JOIN users u ON u.id = used.user_id JOIN organizations o ON o.id = u.organization_id
        WHERE u.active`,
      [sha256(token)],
    );
    const row = rows[0];
    return row ? toViewer(row, null) : null;
  }
  const claims = verifySessionToken(token, secret);
  if (!claims) return null;
  const rows: ViewerRow[] = await db.query(
    `SELECT ${VIEWER_COLUMNS}
       FROM sessions s JOIN users u ON u.id = s.user_id JOIN organizations o ON o.id = u.organization_id
      WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
    [claims.sid],
  );
  const row = rows[0];
  return row ? toViewer(row, claims.sid) : null;
}

function toViewer(row: ViewerRow, sessionId: string | null): Viewer {
  return {
    userId: row.user_id,
    organizationId: row.organization_id,
    organizationKind: row.kind,
    role: row.role,
    sessionId,
  };
}

/** The bearer token wins over the cookie, so GraphiQL users can act as someone else explicitly. */
export function tokenFrom(req: Request): string | null {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1] ?? null;
  }
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || null;
}

export function createContextFactory(deps: {
  dataSource: DataSource;
  config: Config;
  secret: string;
}) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<Context> => {
    const db = deps.dataSource.manager;
    const viewer = await loadViewer(db, tokenFrom(req), deps.secret);
    const secure = deps.config.cookieSecure;
    return {
      requestId: String(req.id ?? ""),
      viewer,
      db,
      config: deps.config,
      secret: deps.secret,
      ip: req.ip ?? "unknown",
      userAgent: req.headers["user-agent"]?.slice(0, 300) ?? null,
      cookies: {
        setSession(token, expiresAt) {
          res.cookie(SESSION_COOKIE, token, {
            httpOnly: true,
            sameSite: "lax",
            secure,
            path: "/",
            expires: expiresAt,
          });
        },
        clearSession() {
          res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "lax", secure, path: "/" });
        },
      },
      loaders: createLoaders(db),
    };
  };
}
