import path from "node:path";
import { DEFAULT_APPROVAL_SLA_BUSINESS_DAYS, DEFAULT_PROTECTION_DAYS } from "@prm/domain";

/** The only place that reads process.env. */
export interface Config {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl: string | null;
  databasePoolSize: number;
  /** PostgreSQL cancels an app statement running longer than this (0: never). */
  databaseStatementTimeoutMs: number;
  /** Where PGlite keeps its files and the generated session secret. */
  dataDir: string;
  /** HMAC secret for session tokens; null means "generate one and keep it in dataDir". */
  sessionSecret: string | null;
  sessionTtlHours: number;
  /** How long a verified session is trusted without a lookup; 0 looks it up on every request. */
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
  /** Seed the demo dataset on start when the database has no users. */
  seedOnStart: boolean;
  /** Built SPA to serve from the API's port, when present. */
  webDist: string;
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

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new Error(`Configuration error: ${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv =
    env.NODE_ENV === "production" || env.NODE_ENV === "test" ? env.NODE_ENV : "development";
  const databaseUrl = env.DATABASE_URL || null;
  const sessionSecret = env.SESSION_SECRET || null;
  if (sessionSecret !== null && sessionSecret.length < 32) {
    throw new Error("Configuration error: SESSION_SECRET must be at least 32 characters");
  }
  if (databaseUrl && !sessionSecret && nodeEnv !== "test") {
    throw new Error(
      "Configuration error: SESSION_SECRET is required with DATABASE_URL (replicas must share it). " +
        "Generate one with: node -e \"console.log(require('crypto').randomBytes(32).toString('hex'))\"",
    );
  }
  return {
    env: nodeEnv,
    host: env.HOST || "127.0.0.1",
    port: int(env, "PORT", 4000),
    databaseUrl,
    databasePoolSize: int(env, "DATABASE_POOL_SIZE", 10),
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
    seedOnStart: bool(env, "SEED_ON_START", true),
    webDist: path.resolve(env.WEB_DIST || path.join(repoRoot, "apps/web/dist")),
  };
}
