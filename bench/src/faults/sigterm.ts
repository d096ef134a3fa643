import { probe, startApi, watchReadiness } from "./api-process";
import { countWrites, lockOpportunity, lockWaiters, withDrillDatabase } from "./drill-database";
import {
  printChecks,
  printTallies,
  round,
  tally,
  writeChecks,
  writeFigures,
  type Check,
} from "./figures";
import { Clock, ok, runLoad, send, sleep, type Sample } from "./load";
import type { DrillOptions } from "./options";
import { dashboardMix } from "./session";

/** Writes sent just before SIGTERM and held in the database past the listener's close. */
const HELD_WRITES = 3;

/**
 * SIGTERM under load: /readyz turns 503 first (the load, like a load balancer, stops sending
 * new requests once it sees that), in-flight requests finish — including writes held in the
 * database until after the listener closed —, new connections are refused after the delay,
 * and the process exits within its drain timeout.
 */
export async function sigtermDrill(options: DrillOptions): Promise<boolean> {
  return withDrillDatabase(options.adminUrl, "sigterm", async (url, name) => {
    const clock = new Clock();
    const api = await startApi({
      databaseUrl: url,
      clock,
      env: {
        SHUTDOWN_DELAY_MS: String(options.shutdownDelayMs),
        SHUTDOWN_TIMEOUT_MS: String(options.shutdownTimeoutMs),
      },
    });
    try {
      const mix = await dashboardMix(api.url, url);
      const readiness = watchReadiness(api.base, clock, 50);
      let sigtermAt = Number.POSITIVE_INFINITY;
      const balancerSawNotReady = () =>
        readiness.samples.some((r) => r.at >= sigtermAt && r.status !== 200);
      const loadStart = clock.now();
      console.log(
        `Load: ${options.connections} connections, ${Math.round(options.writeShare * 100)} % writes; ` +
          `SHUTDOWN_DELAY_MS=${options.shutdownDelayMs}, SHUTDOWN_TIMEOUT_MS=${options.shutdownTimeoutMs}`,
      );
      const load = runLoad({
        url: api.url,
        concurrency: options.connections,
        next: (w, n) => mix.next(w, n, options.writeShare),
        stopped: balancerSawNotReady,
        timeoutMs: options.timeoutMs,
        clock,
      });
      await sleep(3000);

      // Writes that stay in flight until after the listener closed: the drill holds their
      // opportunity's row lock and lets go only then.
      const heldOpportunity = mix.opportunityIds[0]!;
      const lock = await lockOpportunity(url, heldOpportunity);
      const held = Promise.all(
        Array.from({ length: HELD_WRITES }, (_, i) =>
          send(api.url, mix.write(-1 - i, heldOpportunity), {
            agent: false,
            timeoutMs: options.timeoutMs + options.shutdownTimeoutMs,
            clock,
          }),
        ),
      );
      const waitUntil = clock.now() + 5000;
      while ((await lockWaiters(options.adminUrl, name)) < HELD_WRITES && clock.now() < waitUntil) {
        await sleep(20);
      }

      sigtermAt = clock.now();
      console.log(`SIGTERM to pid ${api.pid} at +${round(sigtermAt - loadStart)} ms`);
      process.kill(api.pid, "SIGTERM");
      const connections: { at: number; status: number | string }[] = [];
      const prober = (async () => {
        while (api.alive()) {
          connections.push({ at: clock.now(), status: await probe(api.base, "/healthz", 1000) });
          await sleep(100);
        }
      })();
      await sleep(options.shutdownDelayMs + 1000);
      const releasedAt = clock.now();
      await lock.release();
      const heldSamples = await held;
      const samples: Sample[] = [...(await load), ...heldSamples];
      const exit = await Promise.race([
        api.exited,
        sleep(options.shutdownTimeoutMs + 10_000).then(() => null),
      ]);
      await prober;
      await readiness.stop();

      const firstNotReady = readiness.samples.find((r) => r.at >= sigtermAt && r.status !== 200);
      const accepted = connections.filter((c) => typeof c.status === "number");
      const lastAccepted = accepted[accepted.length - 1];
      const firstRefused = connections.find((c) => c.status === "ECONNREFUSED");
      const inFlight = samples.filter((s) => s.start < sigtermAt && s.end > sigtermAt);
      const startedAfter = samples.filter((s) => s.start >= sigtermAt);
      const failed = samples.filter((s) => !ok(s));
      const acknowledged = samples.filter((s) => s.write && ok(s) && s.id).map((s) => s.id!);
      const counted = await countWrites(url, acknowledged, mix.mark);
      const after = (at: number | undefined) =>
        at === undefined ? "never" : `+${round(at - sigtermAt)} ms`;

      console.log(
        `\nRequests: ${samples.length}; in flight at SIGTERM: ${inFlight.length}; ` +
          `started after it (before the balancer saw /readyz 503): ${startedAfter.length}\n`,
      );
      printTallies([
        tally(samples, { name: "before SIGTERM", from: 0, to: sigtermAt }),
        tally(samples, { name: "after SIGTERM", from: sigtermAt, to: Number.POSITIVE_INFINITY }),
      ]);
      console.log(
        `\nAfter SIGTERM: /readyz 503 ${after(firstNotReady?.at)}; new connections answered until ` +
          `${after(lastAccepted?.at)}, refused from ${after(firstRefused?.at)}; lock released ` +
          `${after(releasedAt)}; held writes answered ` +
          heldSamples.map((s) => `${after(s.end)} (${s.kind})`).join(", ") +
          `; exit ${exit ? `${after(exit.at)} with code ${exit.code}` : "not within the timeout"}`,
      );

      const checks: Check[] = [
        {
          target: "/readyz turns 503 first",
          figure: `/readyz 503 ${after(firstNotReady?.at)}, new connections refused from ${after(firstRefused?.at)}`,
          pass: !!firstNotReady && !!firstRefused && firstNotReady.at < firstRefused.at,
        },
        {
          target: "zero failed in-flight requests",
          figure:
            `${inFlight.filter((s) => !ok(s)).length} of ${inFlight.length} in flight at SIGTERM failed; ` +
            `${failed.length} of all ${samples.length} requests failed` +
            (failed.length ? ` (${[...new Set(failed.map((s) => s.kind))].join(", ")})` : ""),
          pass: failed.length === 0,
        },
        {
          target: "in-flight requests finish after the listener closed",
          figure: `${heldSamples.filter(ok).length} of ${HELD_WRITES} held writes answered ok, the last ${after(Math.max(...heldSamples.map((s) => s.end)))}`,
          pass:
            heldSamples.every(ok) &&
            !!firstRefused &&
            heldSamples.every((s) => s.end > firstRefused.at),
        },
        {
          target: `new connections refused after the delay (${options.shutdownDelayMs} ms)`,
          figure: `refused from ${after(firstRefused?.at)}`,
          pass: !!firstRefused && firstRefused.at - sigtermAt >= options.shutdownDelayMs,
        },
        {
          target: `exits within the drain timeout (${options.shutdownTimeoutMs} ms)`,
          figure: exit ? `exit ${after(exit.at)}, code ${exit.code}` : "still running",
          pass: !!exit && exit.code === 0 && exit.at - sigtermAt <= options.shutdownTimeoutMs,
        },
        writeChecks(acknowledged.length, counted),
      ];
      printChecks(checks);
      if (!exit || exit.code !== 0) console.log(api.logTail().join("\n"));
      console.log(
        `\nFigures: ${writeFigures("sigterm", {
          settings: { delayMs: options.shutdownDelayMs, timeoutMs: options.shutdownTimeoutMs },
          requests: samples.length,
          inFlightAtSigterm: inFlight.length,
          startedAfterSigterm: startedAfter.length,
          failed: failed.length,
          readyz503AfterMs: firstNotReady ? firstNotReady.at - sigtermAt : null,
          refusedAfterMs: firstRefused ? firstRefused.at - sigtermAt : null,
          heldWritesAnsweredAfterMs: heldSamples.map((s) => s.end - sigtermAt),
          exit: exit ? { afterMs: exit.at - sigtermAt, code: exit.code } : null,
          writes: { acknowledged: acknowledged.length, ...counted },
          checks,
        })}`,
      );
      return checks.every((c) => c.pass);
    } finally {
      await api.stop();
    }
  });
}
