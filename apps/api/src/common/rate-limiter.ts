/**
 * Counts events per key in fixed windows, in this process: for limits on cheap, frequent
 * operations where a shared store would cost more than the work it protects. Another replica
 * keeps its own count, so behind N replicas a user may reach N times the limit.
 */
export class FixedWindowRateLimiter {
  private readonly windows = new Map<string, { endsAt: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one event for `key`: null when it is allowed, else the seconds until it would be. */
  take(key: string, now = Date.now()): number | null {
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (this.windows.size >= this.maxKeys) this.forgetEnded(now);
      window = { endsAt: now + this.windowMs, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.limit) return Math.ceil((window.endsAt - now) / 1000);
    window.count++;
    return null;
  }

  private forgetEnded(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    // Still full: start afresh rather than grow without bound.
    if (this.windows.size >= this.maxKeys) this.windows.clear();
  }
}
