import type { ChildProcess } from "node:child_process";
import os from "node:os";
import { startApi } from "./api-process";
import { cpuPerRequest, readCpu, type CpuPerRequest, type CpuReading } from "./cpu-usage";
import { countWrites, withDrillDatabase } from "./drill-database";
import {
  printChecks,
  printTallies,
  within,
  round,
  tally,
  writeChecks,
  writeFigures,
  type Check,
} from "./figures";
import type { HeapAnswer } from "./heap-probe";
import { Clock, ok, runLoad, sleep, type Sample } from "./load";
import type { DrillOptions } from "./options";
import { dashboardMix, type DashboardMix } from "./session";

const HEAP_TARGET = 0.1;
const P99_DRIFT_TARGET = 0.2;
/** Unmeasured load before the heap's baseline: caches, JIT and pools settle first. */
const WARM_UP_MS = 20_000;

function heapOf(child: ChildProcess): Promise<HeapAnswer> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The API did not report its heap")), 10_000);
    child.once("message", (answer) => {
      clearTimeout(timer);
      resolve(answer as HeapAnswer);
    });
    child.send("heap");
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Unpaced load for `seconds`: the requests per second the API answers at most with this mix. */
async function maximumThroughput(
  url: string,
  mix: DashboardMix,
  options: DrillOptions,
  clock: Clock,
): Promise<{ rate: number; samples: Sample[] }> {
  const start = clock.now();
  const until = start + options.probeSeconds * 1000;
  const samples = await runLoad({
    url,
    concurrency: options.connections * 2,
    next: (w, n) => mix.next(w, n, options.writeShare),
    stopped: () => clock.now() >= until,
    timeoutMs: options.timeoutMs,
    clock,
  });
  return { rate: samples.filter(ok).length / ((clock.now() - start) / 1000), samples };
}

/**
 * A long run at a share of the measured maximum throughput, with the mix of dashboard sessions:
 * the API's heap (after a full collection) at the start and the end, and the p99 of the first
 * fifth of the run against the last fifth.
 */
export async function soakDrill(options: DrillOptions): Promise<boolean> {
  return withDrillDatabase(options.adminUrl, "soak", async (url, database) => {
    const clock = new Clock();
    const api = await startApi({
      databaseUrl: url,
      clock,
      nodeArgs: ["--expose-gc", "--require", require.resolve("./heap-probe")],
    });
    try {
      const mix = await dashboardMix(api.url, url);
      const loadAverageAtStart = os.loadavg()[0] ?? 0;
      let rate = options.rate;
      let probe: Sample[] = [];
      let maximum: number | null = null;
      if (rate === 0) {
        const measured = await maximumThroughput(api.url, mix, options, clock);
        probe = measured.samples;
        const max = measured.rate;
        maximum = max;
        rate = max * options.share;
        console.log(
          `Maximum throughput: ${max.toFixed(0)} req/s (${options.probeSeconds} s unpaced, ` +
            `${options.connections * 2} connections); soak at ${Math.round(options.share * 100)} %: ${rate.toFixed(0)} req/s`,
        );
      }
      let stopAt = clock.now() + WARM_UP_MS;
      const paced = (stopped: () => boolean) =>
        runLoad({
          url: api.url,
          concurrency: options.connections,
          next: (w, n) => mix.next(w, n, options.writeShare),
          stopped,
          rate,
          timeoutMs: options.timeoutMs,
          clock,
        });
      const warmUp = await paced(() => clock.now() >= stopAt);
      const heapStart = await heapOf(api.child);
      const start = clock.now();
      stopAt = start + options.durationSeconds * 1000;
      console.log(
        `Soak: ${options.durationSeconds} s at ${rate.toFixed(0)} req/s, ${options.connections} connections, ` +
          `${Math.round(options.writeShare * 100)} % writes by ${mix.writers} sellers; heap at start ${mb(heapStart.heapUsed)}`,
      );
      const heapSamples: { at: number; heapUsed: number }[] = [];
      // CPU used by each part, read at every whole minute of the soak.
      const cpu: CpuReading[] = [readCpu(api.child.pid, database)];
      const cpuWatch = (async () => {
        for (let minute = 1; start + minute * 60_000 <= stopAt; minute++) {
          await sleep(start + minute * 60_000 - clock.now());
          cpu.push(readCpu(api.child.pid, database));
        }
      })();
      const heapWatch = (async () => {
        while (clock.now() < stopAt - 30_000) {
          await sleep(Math.min(60_000, stopAt - clock.now() - 30_000));
          const heap = await heapOf(api.child);
          heapSamples.push({ at: clock.now() - start, heapUsed: heap.heapUsed });
          console.log(`  +${round((clock.now() - start) / 1000)} s heap ${mb(heap.heapUsed)}`);
        }
      })();
      const samples = await paced(() => clock.now() >= stopAt);
      await Promise.all([heapWatch, cpuWatch]);
      const heapEnd = await heapOf(api.child);
      const end = clock.now();

      const fifth = (end - start) / 5;
      const firstSpan = { name: "first fifth", from: start, to: start + fifth };
      const lastSpan = { name: "last fifth", from: end - fifth, to: end + 1 };
      const first = tally(samples, firstSpan);
      const last = tally(samples, lastSpan);
      const whole = tally(samples, { name: "whole soak", from: start, to: end + 1 });
      const growth = (heapEnd.heapUsed - heapStart.heapUsed) / heapStart.heapUsed;
      const drift =
        first.latency && last.latency
          ? (last.latency.p99 - first.latency.p99) / first.latency.p99
          : Number.NaN;
      const acknowledged = [...probe, ...warmUp, ...samples]
        .filter((s) => s.write && ok(s) && s.id)
        .map((s) => s.id!);
      const counted = await countWrites(url, acknowledged, mix.mark);
      const achieved = whole.requests / ((end - start) / 1000);

      // Whole minutes, and the last part when it is half a minute or more.
      const minutes = Array.from({ length: Math.round((end - start) / 60_000) }, (_, i) =>
        tally(samples, {
          name: `minute ${i + 1}`,
          from: start + i * 60_000,
          to: Math.min(end + 1, start + (i + 1) * 60_000),
        }),
      );
      const loadAverageAtEnd = os.loadavg()[0] ?? 0;
      const cpuByMinute = cpu
        .slice(1)
        .map((reading, i) => cpuPerRequest(cpu[i]!, reading, minutes[i]?.requests ?? 0));
      // The first and last fifth in whole minutes (readings come once a minute).
      const fifthMinutes = Math.max(1, Math.round((cpu.length - 1) / 5));
      const cpuOver = (from: number, to: number) =>
        cpuPerRequest(
          cpu[from]!,
          cpu[to]!,
          within(samples, { name: "", from: start + from * 60_000, to: start + to * 60_000 })
            .length,
        );
      const cpuFirst = cpu.length > 1 ? cpuOver(0, fifthMinutes) : null;
      const cpuLast =
        cpu.length > 1 ? cpuOver(cpu.length - 1 - fifthMinutes, cpu.length - 1) : null;
      console.log(`\nRequests: ${whole.requests} (${achieved.toFixed(1)} req/s)\n`);
      printTallies([first, last, whole]);
      // Which operations drifted: a slower query points at the data, a uniform drift at the process.
      const byOperation = [...new Set(samples.map((s) => s.op))].sort().map((op) => {
        const mine = samples.filter((s) => s.op === op);
        return {
          op,
          first: tally(mine, firstSpan).latency,
          last: tally(mine, lastSpan).latency,
        };
      });
      const p50p99 = (l: (typeof byOperation)[number]["first"]) =>
        l ? `${l.p50.toFixed(1)} / ${l.p99.toFixed(1)}` : "–";
      console.log("\nBy operation, first fifth → last fifth (p50 / p99 ms):");
      for (const { op, first: a, last: b } of byOperation) {
        console.log(`  ${op.padEnd(28)} ${p50p99(a).padStart(14)} → ${p50p99(b)}`);
      }
      console.log("");
      for (const percentile of ["p50", "p99"] as const) {
        const figures = minutes.map((m) => m.latency?.[percentile].toFixed(1) ?? "–");
        console.log(`${percentile} by minute (ms): ${figures.join(", ")}`);
      }
      printCpu(cpuByMinute, cpuFirst, cpuLast);
      // Other work on the machine moves latency as much as the API does: judge drift against it.
      console.log(
        `Load average (1 min) of this machine (${os.cpus().length} CPUs): ` +
          `${loadAverageAtStart.toFixed(2)} at the start, ${loadAverageAtEnd.toFixed(2)} at the end`,
      );
      const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
      const checks: Check[] = [
        {
          target: "heap growth under 10 %",
          figure: `${mb(heapStart.heapUsed)} at start, ${mb(heapEnd.heapUsed)} at end (${pct(growth)}); rss ${mb(heapStart.rss)} → ${mb(heapEnd.rss)}`,
          pass: growth < HEAP_TARGET,
        },
        {
          target: "p99 drift under 20 %",
          figure: `p99 ${first.latency?.p99.toFixed(1)} ms in the first fifth, ${last.latency?.p99.toFixed(1)} ms in the last (${pct(drift)})`,
          pass: drift < P99_DRIFT_TARGET,
        },
        {
          target: "no failed request",
          figure: `${whole.requests - whole.ok} of ${whole.requests}`,
          pass: whole.requests === whole.ok,
        },
        writeChecks(acknowledged.length, counted),
      ];
      printChecks(checks);
      console.log(
        `\nFigures: ${writeFigures("soak", {
          settings: {
            durationSeconds: options.durationSeconds,
            rate,
            connections: options.connections,
            writeShare: options.writeShare,
            writers: mix.writers,
          },
          maximumThroughput: maximum,
          achievedRate: achieved,
          latency: { whole: whole.latency, first: first.latency, last: last.latency },
          heap: { start: heapStart, end: heapEnd, growth, samples: heapSamples },
          p99Drift: drift,
          p50ByMinute: minutes.map((m) => m.latency?.p50 ?? null),
          p99ByMinute: minutes.map((m) => m.latency?.p99 ?? null),
          cpuPerRequestMs: { byMinute: cpuByMinute, first: cpuFirst, last: cpuLast },
          byOperation,
          loadAverage: { start: loadAverageAtStart, end: loadAverageAtEnd, cpus: os.cpus().length },
          checks,
        })}`,
      );
      return checks.every((c) => c.pass);
    } finally {
      await api.stop();
    }
  });
}

const CPU_PARTS: ReadonlyArray<[keyof CpuPerRequest, string]> = [
  ["api", "API"],
  ["postgres", "PostgreSQL"],
  ["generator", "load generator"],
];

/**
 * CPU per request of each part, by minute and first fifth → last fifth. The load generator's work
 * per request never changes: when its figure moves with the others', the machine got slower.
 */
function printCpu(
  byMinute: readonly CpuPerRequest[],
  first: CpuPerRequest | null,
  last: CpuPerRequest | null,
): void {
  const ms = (x: number | null | undefined) => (x == null ? "–" : x.toFixed(3));
  console.log("\nCPU per request (ms), first fifth → last fifth, and by minute:");
  for (const [part, label] of CPU_PARTS) {
    const a = first?.[part];
    const b = last?.[part];
    const change = a && b ? ` (${b >= a ? "+" : ""}${(((b - a) / a) * 100).toFixed(1)} %)` : "";
    console.log(
      `  ${label.padEnd(15)} ${ms(a)} → ${ms(b)}${change}; ${byMinute.map((m) => ms(m[part])).join(", ")}`,
    );
  }
}
