import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseCookies, serialize as serializeCookie } from "cookie";
import type { Role } from "@prm/domain";
import type { DataSource, EntityManager } from "typeorm";
import {
  ANONYMOUS,
  becomeFoundViewerSql,
  CONNECTED,
  principalOf,
  RequestTransaction,
} from "./database/principal";
import type { SessionCache } from "./auth/session-cache";
import { API_TOKEN_PREFIX, sha256, verifySessionToken } from "./auth/tokens";
import type { Viewer } from "./auth/viewer";
import type { Logger } from "./common/logger";
import type { Config } from "./config";
import { API_TOKEN_USE_RECORDED_EVERY_SECONDS } from "./modules/auth/api-token.entity";
import { User } from "./modules/users/user.entity";
import { userLoader } from "./modules/users/user.loaders";

export interface Context {
  requestId: string;
  viewer: Viewer | null;
  /** What the viewer signed this request with (null: anonymous). */
  credential: Credential | null;
  /** The request's database handle; every service goes through it (transaction.manager). */
  db: EntityManager;
  /** The request's one transaction, run as its viewer (database/principal.ts). */
  transaction: RequestTransaction;
  config: Config;
  secret: string;
  ip: string;
  userAgent: string | null;
  /** The Origin header of a browser's request (the web app's own address), else null. */
  origin: string | null;
  logger: Logger;
  /** Set / clear the session cookie (absent when there is no HTTP response, e.g. in scripts). */
  cookies: { setSession(token: string, expiresAt: Date): void; clearSession(): void } | null;
  /** Per-request values such as DataLoaders (see perRequest); never shared across requests. */
  memo: Map<unknown, unknown>;
  /** Verified sessions of this process; logout forgets its own. */
  sessions: SessionCache;
}

export const SESSION_COOKIE = "prm_session";

/** A sign-in session (from `login`) or an API token (from `createApiToken`). */
export type Credential = "session" | "apiToken";

interface ViewerRow {
  user_id: string;
  organization_id: string;
  role: Role;
}

/** A session lookup's row: the viewer and the whole user (which `me` and loaders need). */
interface SessionRow extends ViewerRow {
  email: string;
  name: string;
  manager_id: string | null;
  active: boolean;
  last_login_at: Date | null;
  created_at: Date;
  updated_at: Date;
  session_expires_at: Date;
}

const SESSION_LOOKUP = "app_session_user($1)";

/** Whether `sql` is a request's viewer lookup (tests and the benchmark count it apart). */
export function isViewerLookup(sql: string): boolean {
  return /\bapp_(?:session|api_token)_user\(/.test(sql);
}

/** The request's viewer, and their user row when it came with the session. */
export interface Authentication {
  viewer: Viewer;
  user: User | null;
  credential: Credential;
}

/**
 * Who is asking, looked up through the request's transaction (principal.ts, CONNECTED); the
 * lookup's own statement then makes the transaction run as the viewer found, or as no one.
 */
export async function loadViewer(
  transaction: RequestTransaction,
  token: string | null,
  secret: string,
  sessions: SessionCache,
): Promise<Authentication | null> {
  if (!token) {
    await transaction.become(ANONYMOUS);
    return null;
  }
  if (token.startsWith(API_TOKEN_PREFIX)) {
    const row = await lookUpViewer<ViewerRow>(transaction, "app_api_token_user($1, $2)", [
      sha256(token),
      API_TOKEN_USE_RECORDED_EVERY_SECONDS,
    ]);
    return row ? { viewer: toViewer(row, null), user: null, credential: "apiToken" } : null;
  }
  const cached = sessions.get(token);
  if (cached) {
    // Still asked of the database, by key: deactivation and revocation done on any replica
    // take effect on the next request (PRODUCT.md). A changed role is looked up afresh.
    const alive = await lookUpViewer<ViewerRow>(transaction, SESSION_LOOKUP, [
      cached.viewer.sessionId,
    ]);
    if (!alive) {
      sessions.forget(cached.viewer.sessionId!);
      return null;
    }
    if (alive.role === cached.viewer.role) {
      return { viewer: cached.viewer, user: cached.user, credential: "session" };
    }
  }
  const claims = verifySessionToken(token, secret);
  if (!claims) {
    await transaction.become(ANONYMOUS);
    return null;
  }
  const lookup = sessions.lookupStarted();
  const row = await lookUpViewer<SessionRow>(transaction, SESSION_LOOKUP, [claims.sid]);
  if (!row) return null;
  const viewer = toViewer(row, claims.sid);
  // Frozen: the cache hands this very object to every request of the session.
  const user = Object.freeze(
    Object.assign(new User(), {
      id: row.user_id,
      email: row.email,
      name: row.name,
      role: row.role,
      organizationId: row.organization_id,
      managerId: row.manager_id,
      active: row.active,
      lastLoginAt: row.last_login_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }),
  );
  const expiresAt = Math.min(row.session_expires_at.getTime(), claims.exp * 1000);
  sessions.set(token, viewer, user, new Date(expiresAt), lookup);
  return { viewer, user, credential: "session" };
}

/**
 * Runs a viewer lookup as the connection's own login (CONNECTED): `lookup` calls one of the
 * functions that find who a credential signs in (migration ViewerLookupsKeepTheirPlans: they keep
 * their plans, and hold the rules — an active user of an active organization, a live session or
 * token), giving the viewer's row if any. The same statement makes the rest of the transaction
 * run as that viewer, or as no one.
 */
async function lookUpViewer<R extends ViewerRow>(
  transaction: RequestTransaction,
  lookup: string,
  params: unknown[],
): Promise<R | null> {
  await transaction.become(CONNECTED);
  const become = transaction.rowSecurity ? `, ${becomeFoundViewerSql("found")}` : "";
  const [row] = await transaction.queryFirst<Partial<R>>(
    `SELECT found.*${become} FROM (SELECT 1) one LEFT JOIN ${lookup} found ON TRUE`,
    params,
  );
  if (!row?.user_id) {
    transaction.runsAs(ANONYMOUS);
    return null;
  }
  transaction.runsAs(principalOf(toViewer(row as R, null)));
  return row as R;
}

function toViewer(row: ViewerRow, sessionId: string | null): Viewer {
  return {
    userId: row.user_id,
    organizationId: row.organization_id,
    role: row.role,
    sessionId,
  };
}

/** The bearer token wins over the cookie, so GraphiQL users can act as someone else explicitly. */
export function tokenFrom(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1] ?? null;
  }
  const cookie = req.headers.cookie ? parseCookies(req.headers.cookie)[SESSION_COOKIE] : undefined;
  return cookie || null;
}

/**
 * The caller's address. Each trusted proxy appends the address it was called from to
 * X-Forwarded-For, so the client is `trustedHops` entries from the right of [...forwarded, peer];
 * anything further left was sent by the client and proves nothing. With fewer entries than
 * hops, the left-most is as far as anyone vouches for.
 */
export function clientAddress(
  forwardedFor: string | string[] | undefined,
  peer: string | undefined,
  trustedHops: number,
): string {
  const forwarded = trustedHops > 0 ? [forwardedFor ?? []].flat().join(",").split(",") : [];
  const chain = [...forwarded.map((entry) => entry.trim()).filter(Boolean), peer || "unknown"];
  const address = chain[Math.max(0, chain.length - 1 - trustedHops)]!;
  return address.slice(0, MAX_ADDRESS_LENGTH);
}

/** An Origin header's value when it is a plain http(s) origin, else null. */
export function originOf(header: string | undefined): string | null {
  if (!header || header.length > 300 || !URL.canParse(header)) return null;
  const url = new URL(header);
  return /^https?:$/.test(url.protocol) && url.origin === header ? url.origin : null;
}

/** Longest address kept (the sessions.ip column); IPv6 with a zone fits. */
const MAX_ADDRESS_LENGTH = 64;

export function createContextFactory(deps: {
  dataSource: DataSource;
  config: Config;
  secret: string;
  sessions: SessionCache;
  logger: Logger;
  /** Off only in the isolation suite's run that proves the SQL scope helpers alone. */
  rowSecurity?: boolean;
}) {
  return async ({ req, res }: { req: IncomingMessage; res: ServerResponse }): Promise<Context> => {
    const transaction = new RequestTransaction(deps.dataSource, {
      rowSecurity: deps.rowSecurity ?? true,
    });
    const authentication = await loadViewer(
      transaction,
      tokenFrom(req),
      deps.secret,
      deps.sessions,
    ).catch(async (error: unknown) => {
      await transaction.end().catch(() => undefined);
      throw error;
    });
    const db = transaction.manager;
    const cookieOptions = {
      httpOnly: true,
      sameSite: "lax",
      secure: deps.config.cookieSecure,
      path: "/",
    } as const;
    const context: Context = {
      requestId: String(req.id ?? ""),
      viewer: authentication?.viewer ?? null,
      credential: authentication?.credential ?? null,
      db,
      transaction,
      config: deps.config,
      secret: deps.secret,
      ip: clientAddress(
        req.headers["x-forwarded-for"],
        req.socket.remoteAddress,
        deps.config.trustProxy,
      ),
      userAgent: req.headers["user-agent"]?.slice(0, 300) ?? null,
      origin: originOf(req.headers.origin),
      logger: deps.logger,
      cookies: {
        setSession(token, expiresAt) {
          res.appendHeader(
            "Set-Cookie",
            serializeCookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt }),
          );
        },
        clearSession() {
          res.appendHeader(
            "Set-Cookie",
            serializeCookie(SESSION_COOKIE, "", { ...cookieOptions, expires: new Date(0) }),
          );
        },
      },
      sessions: deps.sessions,
      memo: new Map(),
    };
    if (authentication?.user)
      userLoader(context).prime(authentication.user.id, authentication.user);
    return context;
  };
}
