import type { EntityManager } from "typeorm";
import { AppError } from "../../common/errors";
import type { Config } from "../../config";

type LoginLimits = Config["loginRateLimit"];

/** A window's length doubles with each locked window before it, up to 2^6 = 64 times. */
const MAX_LOCKOUTS = 6;

/**
 * Failures of one email from one address lock only that pair, so nobody can lock a user out
 * from elsewhere; failures of one address (many emails) lock the address.
 */
const keysOf = (email: string, address: string) => ({
  email: `email:${email}|ip:${address}`,
  address: `ip:${address}`,
});

/** The row's limit: $3 per email and address, $4 per address. */
const LIMIT = `(CASE WHEN t.key LIKE 'ip:%' THEN $4::int ELSE $3::int END)`;
/** When a window has lapsed: one more lockout if it ended with its limit used up, else none. */
const LOCKOUTS_AFTER_LAPSE = `(CASE WHEN t.failures >= ${LIMIT}
  THEN least(t.lockouts + 1, ${MAX_LOCKOUTS}) ELSE 0 END)`;

/**
 * Claims one attempt on every key in a single statement — the upsert's row lock puts concurrent
 * attempts in line — so that however many arrive at once, no more than the limit reach the
 * password check in a window. A lapsed window starts over, longer if the one before ended locked.
 */
const CLAIM = `
  INSERT INTO login_throttle AS t (key, window_ends_at, failures, lockouts)
  SELECT key, now() + make_interval(secs => $2::float8), 1, 0 FROM unnest($1::varchar[]) AS key
  ON CONFLICT (key) DO UPDATE SET
    failures = CASE WHEN t.window_ends_at > now() THEN t.failures + 1 ELSE 1 END,
    lockouts = CASE WHEN t.window_ends_at > now() THEN t.lockouts ELSE ${LOCKOUTS_AFTER_LAPSE} END,
    window_ends_at = CASE WHEN t.window_ends_at > now() THEN t.window_ends_at
                          ELSE now() + make_interval(secs => $2::float8 * 2 ^ ${LOCKOUTS_AFTER_LAPSE}) END
  RETURNING t.window_ends_at AS "windowEndsAt", t.failures > ${LIMIT} AS locked`;

/** Takes back claimed attempts (floored at zero, in case their window started over meanwhile). */
const REFUND = `UPDATE login_throttle SET failures = failures - 1 WHERE key = ANY($1) AND failures > 0`;

/**
 * Counts a sign-in attempt before the password is checked, or refuses it with RATE_LIMITED.
 * The attempt counts as a failure unless `loginSucceeded` gives it back; a refused one counts
 * nowhere.
 */
export async function claimLoginAttempt(
  db: EntityManager,
  limits: LoginLimits,
  email: string,
  address: string,
): Promise<void> {
  const keys = Object.values(keysOf(email, address));
  const claims: { windowEndsAt: Date; locked: boolean }[] = await db.query(CLAIM, [
    keys,
    limits.windowSeconds,
    limits.perEmail,
    limits.perIp,
  ]);
  const locked = claims.filter((claim) => claim.locked);
  if (locked.length === 0) return;
  await db.query(REFUND, [keys]);
  throw tooManyAttempts(new Date(Math.max(...locked.map((claim) => claim.windowEndsAt.getTime()))));
}

/** The password was right: this email starts over from this address, which gets its attempt back. */
export async function loginSucceeded(
  db: EntityManager,
  email: string,
  address: string,
): Promise<void> {
  const keys = keysOf(email, address);
  await db.query(`DELETE FROM login_throttle WHERE key = $1`, [keys.email]);
  await db.query(REFUND, [[keys.address]]);
}

function tooManyAttempts(retryAt: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError(
    "RATE_LIMITED",
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    { retryAfterSeconds, retryAt: retryAt.toISOString() },
  );
}
