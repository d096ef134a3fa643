import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { withClient, countWrites, withDrillDatabase } from "./drill-database";
import { startApi, watchReadiness } from "./api-process";
import {
  describeCounts,
  printChecks,
  printTallies,
  readinessWithin,
  round,
  seconds,
  tally,
  writeChecks,
  writeFigures,
  type Check,
} from "./figures";
import { Clock, ok, runLoad, sleep } from "./load";
import type { DrillOptions } from "./options";
import { dashboardMix } from "./session";

const run = promisify(execFile);
/** The target: the API answers again within this long after PostgreSQL is back. */
const RECOVERY_TARGET_MS = 10_000;

/** Connects straight to PostgreSQL every 50 ms: when it stopped and started answering. */
function watchPostgres(url: string, clock: Clock) {
  let running = true;
  let down: number | null = null;
  let up: number | null = null;
  const loop = (async () => {
    while (running) {
      const at = clock.now();
      const answered = await withClient(url, (c) => c.query("SELECT 1")).then(
        () => true,
        () => false,
      );
      if (!answered) down ??= at;
      else if (down !== null) up ??= at;
      await sleep(50);
    }
  })();
  return {
    get down() {
      return down;
    },
    get up() {
      return up;
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}

/**
 * PostgreSQL restarted under a mixed read / write load: errors only while it is down (retryable,
 * never a hang), answers again within 10 s of it being back without restarting Node, no
 * acknowledged write lost, /readyz reports the outage.
 */
export async function restartDrill(options: DrillOptions): Promise<boolean> {
  return withDrillDatabase(options.adminUrl, "restart", async (url) => {
    const clock = new Clock();
    const api = await startApi({ databaseUrl: url, clock });
    try {
      const mix = await dashboardMix(api.url, url);
      const readiness = watchReadiness(api.base, clock, 100);
      let stopAt = Number.POSITIVE_INFINITY;
      const loadStart = clock.now();
      console.log(
        `Load: ${options.connections} connections, ${Math.round(options.writeShare * 100)} % ` +
          `writes (logActivity), restart after ${options.restartAfterSeconds} s`,
      );
      const load = runLoad({
        url: api.url,
        concurrency: options.connections,
        next: (w, n) => mix.next(w, n, options.writeShare),
        stopped: () => clock.now() >= stopAt,
        timeoutMs: options.timeoutMs,
        clock,
      });
      await sleep(options.restartAfterSeconds * 1000);
      const postgres = watchPostgres(options.adminUrl, clock);
      const restartStart = clock.now();
      console.log(`Restarting PostgreSQL: ${options.restartCommand.join(" ")}`);
      await run(options.restartCommand[0] ?? "", options.restartCommand.slice(1));
      const restartEnd = clock.now();
      while (postgres.up === null && clock.now() - restartEnd < 30_000) await sleep(50);
      const pgUp = postgres.up ?? restartEnd;
      await postgres.stop();
      stopAt = pgUp + options.afterSeconds * 1000;
      const samples = await load;
      await readiness.stop();
      const end = clock.now();

      const pgDown = postgres.down ?? restartStart;
      const spans = {
        before: { name: "before the restart", from: loadStart, to: restartStart },
        outage: { name: "PostgreSQL down", from: restartStart, to: pgUp },
        recovery: { name: "first 10 s after it is up", from: pgUp, to: pgUp + RECOVERY_TARGET_MS },
        after: { name: "after that", from: pgUp + RECOVERY_TARGET_MS, to: end + 1 },
      };
      const tallies = Object.values(spans).map((span) => tally(samples, span));
      const failed = samples.filter((s) => !ok(s));
      const failedAfterUp = failed.filter((s) => s.end >= pgUp);
      const lastFailure = failedAfterUp.reduce((t, s) => Math.max(t, s.end), pgUp);
      const recoveryMs = lastFailure - pgUp;
      const firstOkAfterUp = samples
        .filter((s) => ok(s) && s.start >= pgUp)
        .reduce((t, s) => Math.min(t, s.end), Number.POSITIVE_INFINITY);
      const acknowledged = samples.filter((s) => s.write && ok(s) && s.id).map((s) => s.id!);
      const counted = await countWrites(url, acknowledged, mix.mark);
      const notReady = readiness.samples.filter((r) => r.status !== 200);
      const outsideOutage = failed.filter(
        (s) => s.end < restartStart || s.end >= pgUp + RECOVERY_TARGET_MS,
      );
      const hangs = failed.filter((s) => s.kind === "timeout").length;
      const kinds = new Set(failed.map((s) => s.kind));

      console.log(
        `\nPostgreSQL: restart command ${seconds(restartEnd - restartStart)}; refused connections ` +
          `from +${round(pgDown - restartStart)} ms to +${round(pgUp - restartStart)} ms ` +
          `(down ${seconds(pgUp - pgDown)})`,
      );
      console.log(`Requests: ${samples.length} (${acknowledged.length} acknowledged writes)\n`);
      printTallies(tallies);
      console.log(
        `\n/readyz: ${describeCounts(readinessWithin(readiness.samples, spans.outage))} while down; ` +
          (notReady.length > 0
            ? `not ready from +${round(notReady[0]!.at - restartStart)} ms to ` +
              `+${round(notReady[notReady.length - 1]!.at - restartStart)} ms after the restart began`
            : "never not ready"),
      );
      console.log(
        `Recovery: first answer after PostgreSQL was up +${round(firstOkAfterUp - pgUp)} ms; ` +
          `last failure +${round(recoveryMs)} ms`,
      );
      if (!api.alive()) console.log(api.logTail().join("\n"));

      const checks: Check[] = [
        {
          target: "errors only while PostgreSQL is down (and its 10 s recovery)",
          figure: `${outsideOutage.length} failed requests outside`,
          pass: outsideOutage.length === 0,
        },
        {
          target: "a clear retryable error, never a hang",
          figure:
            `kinds: ${[...kinds].join(", ") || "none"}; ${hangs} timed out after ` +
            `${options.timeoutMs} ms; slowest failure ${round(Math.max(0, ...failed.map((s) => s.end - s.start)))} ms`,
          pass:
            hangs === 0 &&
            failed.every((s) => s.kind === "503 SERVICE_UNAVAILABLE" && s.retryAfter !== null),
        },
        {
          target: "recovers within 10 s without a Node restart",
          figure:
            `last failure ${round(recoveryMs)} ms after PostgreSQL was up; API pid ${api.pid} ` +
            (api.alive() ? "still running" : "exited"),
          pass: recoveryMs <= RECOVERY_TARGET_MS && api.alive(),
        },
        writeChecks(acknowledged.length, counted),
        {
          target: "/readyz reports the outage",
          figure: `${notReady.length} non-200 answers, ${describeCounts(readinessWithin(readiness.samples, spans.outage))} while down`,
          pass: Object.keys(readinessWithin(readiness.samples, spans.outage)).some(
            (k) => k !== "200",
          ),
        },
      ];
      printChecks(checks);
      console.log(
        `\nFigures: ${writeFigures("restart", {
          postgres: { restartMs: restartEnd - restartStart, downMs: pgUp - pgDown },
          tallies,
          recoveryMs,
          firstOkAfterUpMs: firstOkAfterUp - pgUp,
          writes: { acknowledged: acknowledged.length, ...counted },
          readiness: notReady.map((r) => ({ at: r.at - restartStart, status: r.status })),
          checks,
          skipped: mix.skipped,
        })}`,
      );
      return checks.every((c) => c.pass);
    } finally {
      await api.stop();
    }
  });
}
