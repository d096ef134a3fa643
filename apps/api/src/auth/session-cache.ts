import type { User } from "../modules/users/user.entity";
import type { Viewer } from "../context";

interface Entry {
  viewer: Viewer;
  user: User;
  /** Epoch ms: the earlier of "cached for ttl" and the session's own expiry. */
  until: number;
}

/**
 * Recently verified sessions, so that a signed-in request needs no session lookup. An entry
 * lives `ttlMs` at most (never past the session's expiry); logging out forgets it at once in this
 * process. Another replica may honour a session revoked elsewhere, or a deactivated user, for
 * up to `ttlMs`: that is the price of the lookup, and why the default is a few seconds.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(sessionId: string, now = Date.now()): Entry | null {
    const entry = this.entries.get(sessionId);
    if (!entry) return null;
    if (entry.until > now) return entry;
    this.entries.delete(sessionId);
    return null;
  }

  set(sessionId: string, viewer: Viewer, user: User, sessionExpiresAt: Date, now = Date.now()) {
    if (this.ttlMs <= 0) return;
    // Maps iterate in insertion order: the first key is the oldest entry.
    if (this.entries.size >= this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    const until = Math.min(now + this.ttlMs, sessionExpiresAt.getTime());
    this.entries.set(sessionId, { viewer, user, until });
  }

  forget(sessionId: string): void {
    this.entries.delete(sessionId);
  }
}
