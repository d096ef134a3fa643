import type { User } from "../modules/users/user.entity";
import type { Viewer } from "./viewer";

interface Entry {
  viewer: Viewer;
  user: User;
  /** Epoch ms: the earlier of "cached for ttl" and the session's own expiry. */
  until: number;
}

/**
 * Recently verified session tokens, so that a signed-in request needs neither the signature
 * check nor reading the user. Keyed by the whole token: only the exact string that passed both
 * maps to an entry. An entry lives `ttlMs` at most (never past the session's expiry); logging out
 * forgets the session at once in this process — after revoking it, and with it any lookup then
 * under way, which may have read the session before the revocation. A hit is still checked in
 * the database by the session's key (context.ts: unrevoked, its user and organization active, its
 * role unchanged), so revocation and deactivation on any replica take effect on the next request.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** How many times a session was forgotten: a lookup that began before the last one is stale. */
  private forgotten = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(token: string, now = Date.now()): Entry | null {
    const entry = this.entries.get(token);
    if (!entry) return null;
    if (entry.until > now) return entry;
    this.entries.delete(token);
    return null;
  }

  /** Call before reading a session from the database; hand the result to `set`. */
  lookupStarted(): number {
    return this.forgotten;
  }

  /**
   * `expiresAt`: when the session (or the token, if earlier) ends. `lookup`: from
   * `lookupStarted`; if any session was forgotten since, the read may predate its revocation, so
   * it is not kept (the next request simply looks again).
   */
  set(
    token: string,
    viewer: Viewer,
    user: User,
    expiresAt: Date,
    lookup: number,
    now = Date.now(),
  ) {
    if (this.ttlMs <= 0 || lookup !== this.forgotten) return;
    // Maps iterate in insertion order: the first key is the oldest entry.
    if (this.entries.size >= this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    const until = Math.min(now + this.ttlMs, expiresAt.getTime());
    this.entries.set(token, { viewer, user, until });
  }

  /**
   * Forgets every token of the session (rare: a scan is cheaper than an index to keep). Call it
   * once the revocation is committed, so no lookup from then on can find the session valid.
   */
  forget(sessionId: string): void {
    this.forgotten++;
    for (const [token, entry] of this.entries) {
      if (entry.viewer.sessionId === sessionId) this.entries.delete(token);
    }
  }
}
