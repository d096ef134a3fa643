import { startApi, watchReadiness } from "./api-process";
import { lockOpportunity, lockWaiters, withDrillDatabase } from "./drill-database";
import {
  describeCounts,
  printChecks,
  printTallies,
  readinessWithin,
  round,
  tally,
  within,
  writeFigures,
  type Check,
} from "./figures";
import { Clock, ok, runLoad, send, sleep } from "./load";
import type { DrillOptions } from "./options";
import { dashboardMix } from "./session";

/** Load before the pool is hogged, and after it is let go. */
const CALM_MS = 3000;
const AFTER_MS = 5000;

/**
 * Slow statements hog the connection pool: as many logActivity writes as the pool has
 * connections wait on a row lock the drill holds, each holding its connection. Meanwhile the
 * dashboard reads queue for a connection — at most DATABASE_POOL_WAIT_MS — and fail fast with a
 * clear error; once the lock goes, the hogs finish and the pool serves again.
 */
export async function poolExhaustionDrill(options: DrillOptions): Promise<boolean> {
  return withDrillDatabase(options.adminUrl, "pool", async (url, name) => {
    const clock = new Clock();
    const api = await startApi({
      databaseUrl: url,
      clock,
      env: {
        DATABASE_POOL_SIZE: String(options.poolSize),
        DATABASE_POOL_WAIT_MS: String(options.poolWaitMs),
      },
    });
    try {
      const mix = await dashboardMix(api.url, url);
      // /readyz waits for a connection like any request: give it the pool wait and then some.
      const readiness = watchReadiness(api.base, clock, 250, options.poolWaitMs + 1000);
      let stopAt = Number.POSITIVE_INFINITY;
      console.log(
        `Load: ${options.connections} connections of dashboard reads; pool of ` +
          `${options.poolSize}, DATABASE_POOL_WAIT_MS=${options.poolWaitMs}; hogged for ${options.holdSeconds} s`,
      );
      const load = runLoad({
        url: api.url,
        concurrency: options.connections,
        next: (w, n) => mix.next(w, n, 0),
        stopped: () => clock.now() >= stopAt,
        timeoutMs: options.timeoutMs,
        clock,
      });
      await sleep(CALM_MS);

      const opportunity = mix.opportunityIds[0]!;
      const lock = await lockOpportunity(url, opportunity);
      const hogStart = clock.now();
      const hogs = Promise.all(
        Array.from({ length: options.poolSize }, (_, i) =>
          send(api.url, mix.write(-1 - i, opportunity), {
            agent: false,
            timeoutMs: options.timeoutMs + options.holdSeconds * 1000,
            clock,
          }),
        ),
      );
      let waiting = 0;
      while (waiting < options.poolSize && clock.now() - hogStart < 5000) {
        waiting = await lockWaiters(options.adminUrl, name);
        await sleep(20);
      }
      const exhaustedAt = clock.now();
      console.log(
        `${waiting} statements hold the pool's connections from +${round(exhaustedAt - hogStart)} ms`,
      );
      await sleep(options.holdSeconds * 1000);
      const releasedAt = clock.now();
      await lock.release();
      const hogSamples = await hogs;
      stopAt = releasedAt + AFTER_MS;
      const samples = await load;
      await readiness.stop();

      const spans = {
        calm: { name: "before", from: 0, to: exhaustedAt },
        exhausted: { name: "pool hogged", from: exhaustedAt, to: releasedAt },
        after: { name: "after the hogs let go", from: releasedAt, to: Number.POSITIVE_INFINITY },
      };
      const tallies = Object.values(spans).map((span) => tally(samples, span));
      const during = within(samples, spans.exhausted);
      const failedDuring = during.filter((s) => !ok(s));
      const failTimes = failedDuring.map((s) => s.end - s.start);
      const afterRelease = within(samples, spans.after);
      const lastFailure = afterRelease
        .filter((s) => !ok(s))
        .reduce((t, s) => Math.max(t, s.end), releasedAt);
      const firstOk = afterRelease
        .filter((s) => ok(s) && s.start >= releasedAt)
        .reduce((t, s) => Math.min(t, s.end), Number.POSITIVE_INFINITY);
      const bound = options.poolWaitMs + 500;

      console.log(`\nRequests: ${samples.length}\n`);
      printTallies(tallies);
      console.log(
        `\nHogs (logActivity held by the lock): ${hogSamples.map((s) => `${s.kind} in ${round(s.end - s.start)} ms`).join(", ")}`,
      );
      console.log(
        `/readyz while hogged: ${describeCounts(readinessWithin(readiness.samples, spans.exhausted))}; ` +
          `after: ${describeCounts(readinessWithin(readiness.samples, spans.after))}`,
      );
      console.log(
        `After the hogs let go: first answer +${round(firstOk - releasedAt)} ms, last failure ` +
          `+${round(lastFailure - releasedAt)} ms`,
      );

      const checks: Check[] = [
        {
          target: `requests queue with a bound (pool wait ${options.poolWaitMs} ms) and then fail fast`,
          figure:
            `${failedDuring.length} of ${during.length} failed while hogged, in at most ` +
            `${round(Math.max(0, ...failTimes))} ms (${options.timeoutMs} ms counts as a hang)`,
          pass: failedDuring.length > 0 && failTimes.every((ms) => ms <= bound),
        },
        {
          target: "with a clear error",
          figure:
            [
              ...new Set(
                failedDuring.map(
                  (s) => `${s.kind}${s.retryAfter ? ` Retry-After ${s.retryAfter}` : ""}`,
                ),
              ),
            ].join(", ") || "none",
          pass: failedDuring.every(
            (s) => s.kind === "503 SERVICE_UNAVAILABLE" && s.retryAfter !== null,
          ),
        },
        {
          target: "the pool recovers",
          figure:
            `first answer ${round(firstOk - releasedAt)} ms after the hogs let go, last failure ` +
            `${round(lastFailure - releasedAt)} ms after; ${tallies[2]!.ok} of ${tallies[2]!.requests} ok after`,
          pass: lastFailure - releasedAt <= bound && tallies[2]!.ok > 0,
        },
        {
          target: "the hogs themselves finish",
          figure: `${hogSamples.filter(ok).length} of ${hogSamples.length} answered ok`,
          pass: hogSamples.every(ok),
        },
      ];
      printChecks(checks);
      console.log(
        `\nFigures: ${writeFigures("pool-exhaustion", {
          settings: {
            poolSize: options.poolSize,
            poolWaitMs: options.poolWaitMs,
            holdSeconds: options.holdSeconds,
          },
          tallies,
          failureMs: failTimes.length
            ? { max: Math.max(...failTimes), min: Math.min(...failTimes) }
            : null,
          recovery: { firstOkMs: firstOk - releasedAt, lastFailureMs: lastFailure - releasedAt },
          hogs: hogSamples.map((s) => ({ kind: s.kind, ms: s.end - s.start })),
          checks,
        })}`,
      );
      return checks.every((c) => c.pass);
    } finally {
      await api.stop();
    }
  });
}
