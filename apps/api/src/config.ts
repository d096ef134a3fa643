import path from "node:path";
import { DEFAULT_APPROVAL_SLA_BUSINESS_DAYS, DEFAULT_PROTECTION_DAYS } from "@prm/domain";
import { GENERATE_SECRET_HINT, sessionSecretProblem } from "./auth/secret";

/**
 * The pool wait when none is given (DATABASE_POOL_WAIT_MS). Each request holds its
 * connection from its first statement to its commit, so a burst larger than the pool waits for
 * whole requests — and, for writes to one row, for each other's locks: 2 s failed 10 of 20
 * parallel approvals of one deal on a busy CI machine. Rails' checkout timeout is 5 s too.
 */
export const DEFAULT_POOL_WAIT_MS = 5000;

/** The only place that reads process.env. */
export interface Config {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl: string | null;
  /**
   * The tables' owner, for the migrations run at start, when DATABASE_URL is a login that owns
   * nothing (a member of prm_app: README, "Tenant isolation in the database"); else DATABASE_URL.
   */
  databaseOwnerUrl: string | null;
  databasePoolSize: number;
  /**
   * How long a request waits for one of the pool's connections (or for a new one to connect)
   * before it fails with SERVICE_UNAVAILABLE: a full pool fails fast instead of queueing forever.
   */
  databasePoolWaitMs: number;
  /** PostgreSQL cancels an app statement running longer than this (0: never). */
  databaseStatementTimeoutMs: number;
  /** Where PGlite keeps its files and the generated session secret. */
  dataDir: string;
  /** HMAC secret for session tokens; null means "generate one and keep it in dataDir". */
  sessionSecret: string | null;
  sessionTtlHours: number;
  /**
   * How long a verified session's user is kept without reading it again (0: read on every
   * request). Revocation and deactivation are checked on every request all the same.
   */
  sessionCacheSeconds: number;
  cookieSecure: boolean;
  /**
   * Proxies in front of the API that append to X-Forwarded-For: the client's address is the entry
   * this many hops from the right (0: the connection's peer). Express's "trust proxy" means the same.
   */
  trustProxy: number;
  logLevel: string;
  bodyLimit: string;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** Conflict checks (run as a person types) allowed per user and window, in this process. */
  conflictCheckRateLimit: { perWindow: number; windowSeconds: number };
  /**
   * Failed sign-ins allowed per window for one email from one address, and for one address;
   * each window in a row that ends locked doubles the next one's length.
   */
  loginRateLimit: { perEmail: number; perIp: number; windowSeconds: number };
  dealProtectionDays: number;
  approvalSlaBusinessDays: number;
  /** How often this process runs the deal protection expiry job; 0 turns it off. */
  dealExpiryIntervalSeconds: number;
  /** The dataset seeded on start when the database has no users; false: none. */
  seedOnStart: "demo" | false;
  /**
   * On SIGTERM, /readyz answers 503 this long before the listener closes, while requests are still
   * served: time for a load balancer to stop sending new ones here.
   */
  shutdownDelayMs: number;
  /**
   * From SIGTERM to exit at most: in-flight requests get what the delay leaves (less a second to
   * close the database), then their connections are cut.
   */
  shutdownTimeoutMs: number;
  /** Built SPA to serve from the API's port, when present. */
  webDist: string;
  /**
   * Where people open the web app (e.g. "https://prm.example.com"), for the invitation and
   * password-reset links; null: the origin of the request that made the link.
   */
  publicUrl: string | null;
}

const repoRoot = path.resolve(__dirname, "../../..");

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`Configuration error: ${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

const TRUE = /^(1|true|yes|on)$/i;
const FALSE = /^(0|false|no|off)$/i;

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (TRUE.test(raw)) return true;
  if (FALSE.test(raw)) return false;
  throw new Error(`Configuration error: ${name} must be true or false, got "${raw}"`);
}

/** Production seeds only when asked for by name: the demo data's logins are published. */
function seedOnStart(env: NodeJS.ProcessEnv, nodeEnv: Config["env"]): Config["seedOnStart"] {
  const raw = env.SEED_ON_START;
  if (raw === undefined || raw === "") return nodeEnv === "production" ? false : "demo";
  if (raw.toLowerCase() === "demo") return "demo";
  if (FALSE.test(raw)) return false;
  if (!TRUE.test(raw)) {
    throw new Error(`Configuration error: SEED_ON_START must be demo or false, got "${raw}"`);
  }
  // true: the name of demo from before there was a choice.
  if (nodeEnv !== "production") return "demo";
  throw new Error(
    `Configuration error: SEED_ON_START=${raw} is not accepted in production. Set SEED_ON_START=demo ` +
      "to load the demo data, whose logins are public, or leave it unset and create the first " +
      "admin with the create-first-admin command (README, PostgreSQL and Docker).",
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv =
    env.NODE_ENV === "production" || env.NODE_ENV === "test" ? env.NODE_ENV : "development";
  const databaseUrl = env.DATABASE_URL || null;
  const sessionSecret = env.SESSION_SECRET || null;
  const secretProblem = sessionSecret === null ? null : sessionSecretProblem(sessionSecret);
  if (secretProblem) {
    throw new Error(
      `Configuration error: SESSION_SECRET ${secretProblem}. ${GENERATE_SECRET_HINT}`,
    );
  }
  if (!sessionSecret && nodeEnv === "production") {
    throw new Error(
      `Configuration error: SESSION_SECRET is required in production. ${GENERATE_SECRET_HINT}`,
    );
  }
  if (databaseUrl && !sessionSecret && nodeEnv !== "test") {
    throw new Error(
      "Configuration error: SESSION_SECRET is required with DATABASE_URL (replicas must share it). " +
        GENERATE_SECRET_HINT,
    );
  }
  return {
    env: nodeEnv,
    host: env.HOST || "127.0.0.1",
    port: int(env, "PORT", 4000),
    databaseUrl,
    databaseOwnerUrl: env.DATABASE_OWNER_URL || null,
    databasePoolSize: int(env, "DATABASE_POOL_SIZE", 10),
    databasePoolWaitMs: int(env, "DATABASE_POOL_WAIT_MS", DEFAULT_POOL_WAIT_MS),
    databaseStatementTimeoutMs: int(env, "DATABASE_STATEMENT_TIMEOUT_MS", 15_000),
    dataDir: path.resolve(env.DATA_DIR || path.join(repoRoot, "data")),
    sessionSecret,
    sessionTtlHours: int(env, "SESSION_TTL_HOURS", 12),
    sessionCacheSeconds: int(env, "SESSION_CACHE_SECONDS", nodeEnv === "test" ? 0 : 5),
    cookieSecure: bool(env, "COOKIE_SECURE", nodeEnv === "production"),
    // TRUST_PROXY=true, from before hops were counted, stands for the usual one load balancer.
    trustProxy: int(env, "TRUST_PROXY_HOPS", bool(env, "TRUST_PROXY", false) ? 1 : 0),
    logLevel: env.LOG_LEVEL || (nodeEnv === "test" ? "silent" : "info"),
    bodyLimit: env.BODY_LIMIT || "100kb",
    maxQueryDepth: int(env, "MAX_QUERY_DEPTH", 12),
    maxQueryCost: int(env, "MAX_QUERY_COST", 5000),
    conflictCheckRateLimit: {
      perWindow: int(env, "CONFLICT_CHECK_RATE_LIMIT", 60),
      windowSeconds: int(env, "CONFLICT_CHECK_RATE_LIMIT_WINDOW_SECONDS", 60),
    },
    loginRateLimit: {
      perEmail: int(env, "LOGIN_RATE_LIMIT_PER_EMAIL", 5),
      perIp: int(env, "LOGIN_RATE_LIMIT_PER_IP", 50),
      windowSeconds: int(env, "LOGIN_RATE_LIMIT_WINDOW_SECONDS", 900),
    },
    dealProtectionDays: int(env, "DEAL_PROTECTION_DAYS", DEFAULT_PROTECTION_DAYS),
    approvalSlaBusinessDays: int(
      env,
      "APPROVAL_SLA_BUSINESS_DAYS",
      DEFAULT_APPROVAL_SLA_BUSINESS_DAYS,
    ),
    dealExpiryIntervalSeconds: int(env, "DEAL_EXPIRY_INTERVAL_SECONDS", 300),
    seedOnStart: seedOnStart(env, nodeEnv),
    ...shutdownTimes(env, nodeEnv),
    webDist: path.resolve(env.WEB_DIST || path.join(repoRoot, "apps/web/dist")),
    publicUrl: publicUrl(env),
  };
}

/**
 * The default delay is for production, behind a load balancer; a developer's restart (Ctrl-C,
 * node --watch) has nobody to wait for. The default timeout stays under Docker's 10 s.
 */
function shutdownTimes(
  env: NodeJS.ProcessEnv,
  nodeEnv: Config["env"],
): Pick<Config, "shutdownDelayMs" | "shutdownTimeoutMs"> {
  const shutdownDelayMs = int(env, "SHUTDOWN_DELAY_MS", nodeEnv === "production" ? 2000 : 0);
  const shutdownTimeoutMs = int(env, "SHUTDOWN_TIMEOUT_MS", 8000);
  if (shutdownDelayMs >= shutdownTimeoutMs) {
    throw new Error(
      `Configuration error: SHUTDOWN_DELAY_MS (${shutdownDelayMs}) must be shorter than ` +
        `SHUTDOWN_TIMEOUT_MS (${shutdownTimeoutMs}), which bounds the whole shutdown`,
    );
  }
  return { shutdownDelayMs, shutdownTimeoutMs };
}

function publicUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.PUBLIC_URL;
  if (raw === undefined || raw === "") return null;
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) {
    throw new Error(`Configuration error: PUBLIC_URL must be an http(s) URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, "");
}

/** The first admin's password for the setup command, when the operator gives it this way. */
export function setupAdminPassword(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.SETUP_ADMIN_PASSWORD || null;
}
