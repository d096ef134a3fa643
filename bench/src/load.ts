import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import type { Role } from "@prm/domain";
import { startApi, type ApiProcess } from "./faults/api-process";
import { Clock, keepAliveAgent, send, sleep, type LoadRequest, type Sample } from "./faults/load";
import { GraphQLClient } from "./graphql-client";
import type { BenchViewerKey } from "./measure";
import {
  FIRST_PARTNER_QUERY,
  ME_QUERY,
  METRIC_OPERATIONS,
  PARTNER_WIDGET_OPERATIONS,
  type MetricOperation,
  type OperationInputs,
} from "./operations";
import { summarize, type Latency } from "./stats";
import { login } from "./viewers";

export const LOAD_USAGE = `Many users at once: each signs in, then loads their role's dashboard (every widget's
query at once, as the SPA does) and the opportunities list, in a loop, with a pause between pages.

Usage: pnpm bench --load [options]      (DATABASE_URL: the large dataset, seeded by pnpm bench)

  --users N          simulated users                                  50
  --duration S       measured seconds per run                         60
  --warmup S         seconds before the measuring starts              10
  --think-ms N       pause after each page                            1000
  --processes LIST   API processes per run, comma-separated           1,2`;

/** The users simulated, by role: a channel's day is mostly its sellers'. */
const ROLE_SHARES: ReadonlyArray<{ role: Role; key: BenchViewerKey; share: number }> = [
  { role: "PARTNER_SELLER", key: "seller", share: 0.6 },
  { role: "PARTNER_SALES_MANAGER", key: "manager", share: 0.16 },
  { role: "PARTNER_SALES_OPS", key: "ops", share: 0.1 },
  { role: "CHANNEL_MANAGER", key: "cm", share: 0.1 },
  { role: "VENDOR_ADMIN", key: "admin", share: 0.04 },
];

/** The target: 50 users, no error, every dashboard query's p95 within this on one process. */
const DASHBOARD_P95_TARGET_MS = 150;
const TIMEOUT_MS = 10_000;

interface LoadOptions {
  databaseUrl: string;
  users: number;
  durationSeconds: number;
  warmupSeconds: number;
  thinkMs: number;
  processes: number[];
}

function parseLoadOptions(argv: string[], env: NodeJS.ProcessEnv): LoadOptions | null {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== "--"),
    options: {
      load: { type: "boolean" },
      users: { type: "string", default: "50" },
      duration: { type: "string", default: "60" },
      warmup: { type: "string", default: "10" },
      "think-ms": { type: "string", default: "1000" },
      processes: { type: "string", default: "1,2" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return null;
  const whole = (name: string, raw: string, min: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
    return n;
  };
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is required (the large dataset).");
  return {
    databaseUrl: env.DATABASE_URL,
    users: whole("users", values.users, 1),
    durationSeconds: whole("duration", values.duration, 1),
    warmupSeconds: whole("warmup", values.warmup, 0),
    thinkMs: whole("think-ms", values["think-ms"], 0),
    processes: values.processes.split(",").map((p) => whole("processes", p.trim(), 1)),
  };
}

interface SimulatedUser {
  email: string;
  key: BenchViewerKey;
}

/** How many of each role make `users`, by ROLE_SHARES (the rounding's rest goes to sellers). */
function roleCounts(users: number): Map<BenchViewerKey, number> {
  const counts = new Map(ROLE_SHARES.map(({ key, share }) => [key, Math.round(users * share)]));
  const rest = users - [...counts.values()].reduce((a, b) => a + b, 0);
  counts.set("seller", Math.max(0, (counts.get("seller") ?? 0) + rest));
  return counts;
}

/**
 * Active users of active organizations, spread over partners in a fixed order (by a hash of
 * their ids); a role with fewer people than asked for repeats them, as one person in two tabs.
 */
async function pickUsers(client: pg.Client, users: number): Promise<SimulatedUser[]> {
  const picked: SimulatedUser[] = [];
  for (const [key, count] of roleCounts(users)) {
    if (count === 0) continue;
    const role = ROLE_SHARES.find((r) => r.key === key)?.role;
    const { rows } = await client.query<{ email: string }>(
      `SELECT u.email FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE u.role = $1 AND u.active AND o.active
        ORDER BY md5(u.id::text) LIMIT $2`,
      [role, count],
    );
    if (rows.length === 0) throw new Error(`The dataset has no active ${role}`);
    for (let i = 0; i < count; i++) picked.push({ email: rows[i % rows.length]!.email, key });
  }
  return picked;
}

/** The widgets of a role's default dashboard, as bench/src/operations.ts asks for them. */
function dashboardOf(key: BenchViewerKey): MetricOperation[] {
  return key === "cm" || key === "admin"
    ? METRIC_OPERATIONS.filter((op) => op.widget)
    : PARTNER_WIDGET_OPERATIONS.filter((op) => op.viewers?.includes(key));
}

const LIST_PAGE = METRIC_OPERATIONS.find((op) => op.name === "opportunities")!;

interface Run {
  processes: number;
  samples: Sample[];
  seconds: number;
  connections: { activeMax: number; activeMean: number; openMax: number };
}

/** One user's day, compressed: sign in, then dashboard, pause, list, pause, until `stopAt`. */
async function simulate(
  user: SimulatedUser,
  api: ApiProcess,
  clock: Clock,
  stopAt: number,
  thinkMs: number,
  samples: Sample[],
): Promise<void> {
  const client = new GraphQLClient(api.url);
  const start = clock.now();
  let token: string;
  try {
    token = await login(client, user.email);
  } finally {
    client.close();
  }
  samples.push({
    op: "login",
    write: false,
    start,
    end: clock.now(),
    status: 200,
    kind: "ok",
    retryAfter: null,
    id: null,
  });
  const inputs: OperationInputs = { period: { preset: "THIS_QUARTER" }, partnerId: "" };
  if (user.key === "cm" || user.key === "admin") {
    const first = new GraphQLClient(api.url);
    try {
      const data = await first.request<{ partners: { edges: { node: { id: string } }[] } }>(
        "partners",
        FIRST_PARTNER_QUERY,
        undefined,
        token,
      );
      inputs.partnerId = data.partners.edges[0]?.node.id ?? "";
    } finally {
      first.close();
    }
  }
  const request = (op: MetricOperation): LoadRequest => ({
    op: op.name,
    write: false,
    query: op.document,
    variables: op.variables(inputs),
    token,
  });
  const dashboard = [
    { op: "me", write: false, query: ME_QUERY, token },
    ...dashboardOf(user.key).map(request),
  ];
  const list = request(LIST_PAGE);
  // A browser's six connections to one host.
  const agent = keepAliveAgent(6);
  const options = { agent, timeoutMs: TIMEOUT_MS, clock };
  try {
    while (clock.now() < stopAt) {
      samples.push(...(await Promise.all(dashboard.map((r) => send(api.url, r, options)))));
      await sleep(thinkMs);
      if (clock.now() >= stopAt) break;
      samples.push(await send(api.url, list, options));
      await sleep(thinkMs);
    }
  } finally {
    agent.destroy();
  }
}

/** The database's connections every 250 ms: how many are open, and how many run a statement. */
function watchConnections(client: pg.Client) {
  const active: number[] = [];
  let openMax = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ active: number; open: number }>(
        `SELECT count(*) FILTER (WHERE state = 'active')::int AS active, count(*)::int AS open
           FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      active.push(rows[0]?.active ?? 0);
      openMax = Math.max(openMax, rows[0]?.open ?? 0);
      await sleep(250);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return {
        activeMax: Math.max(0, ...active),
        activeMean: active.reduce((a, b) => a + b, 0) / Math.max(active.length, 1),
        openMax,
      };
    },
  };
}

async function runWith(
  processes: number,
  users: SimulatedUser[],
  options: LoadOptions,
  watcher: pg.Client,
): Promise<Run> {
  const clock = new Clock();
  const secret = randomBytes(32).toString("hex");
  const apis: ApiProcess[] = [];
  try {
    for (let i = 0; i < processes; i++) {
      apis.push(
        await startApi({
          databaseUrl: options.databaseUrl,
          clock,
          env: { SESSION_SECRET: secret, SEED_ON_START: "false" },
        }),
      );
    }
    const all: Sample[] = [];
    const measureFrom = clock.now() + options.warmupSeconds * 1000;
    const stopAt = measureFrom + options.durationSeconds * 1000;
    const connections = watchConnections(watcher);
    // Users arrive over the first second, each on one process (a sticky load balancer).
    await Promise.all(
      users.map(async (user, i) => {
        await sleep((1000 * i) / users.length);
        await simulate(user, apis[i % apis.length]!, clock, stopAt, options.thinkMs, all);
      }),
    );
    const figures = await connections.stop();
    return {
      processes,
      samples: all.filter((s) => s.op === "login" || s.start >= measureFrom),
      seconds: options.durationSeconds,
      connections: figures,
    };
  } finally {
    await Promise.all(apis.map((api) => api.stop()));
  }
}

interface RunFigures {
  processes: number;
  requests: number;
  requestsPerSecond: number;
  errors: Record<string, number>;
  connections: Run["connections"];
  operations: Record<string, Latency & { dashboard: boolean }>;
}

function figuresOf(run: Run, dashboardOps: ReadonlySet<string>): RunFigures {
  const measured = run.samples.filter((s) => s.op !== "login");
  const errors: Record<string, number> = {};
  for (const s of run.samples) if (s.kind !== "ok") errors[s.kind] = (errors[s.kind] ?? 0) + 1;
  const byOp = new Map<string, number[]>();
  for (const s of run.samples) {
    if (s.kind !== "ok") continue;
    byOp.set(s.op, [...(byOp.get(s.op) ?? []), s.end - s.start]);
  }
  return {
    processes: run.processes,
    requests: measured.length,
    requestsPerSecond: measured.length / run.seconds,
    errors,
    connections: run.connections,
    operations: Object.fromEntries(
      [...byOp].map(([op, ms]) => [op, { ...summarize(ms), dashboard: dashboardOps.has(op) }]),
    ),
  };
}

function print(figures: RunFigures, users: number, checkTargets: boolean): string[] {
  const errorCount = Object.values(figures.errors).reduce((a, b) => a + b, 0);
  const lines = [
    `${figures.processes} API process${figures.processes > 1 ? "es" : ""}: ` +
      `${figures.requests} requests, ${figures.requestsPerSecond.toFixed(1)} req/s, ` +
      `errors ${errorCount}${errorCount ? ` (${JSON.stringify(figures.errors)})` : ""}; ` +
      `database connections: open max ${figures.connections.openMax}, running a statement ` +
      `max ${figures.connections.activeMax}, mean ${figures.connections.activeMean.toFixed(1)}`,
    `  ${"operation".padEnd(26)} ${"n".padStart(6)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p99".padStart(8)}`,
  ];
  const ms = (n: number) => `${n.toFixed(1)}`.padStart(8);
  for (const [op, l] of Object.entries(figures.operations).sort(([a], [b]) => a.localeCompare(b))) {
    const mark =
      checkTargets && l.dashboard ? (l.p95 <= DASHBOARD_P95_TARGET_MS ? "  ✓" : "  ✗") : "";
    lines.push(
      `  ${op.padEnd(26)} ${String(l.samples).padStart(6)} ${ms(l.p50)} ${ms(l.p95)} ${ms(l.p99)}${mark}`,
    );
  }
  if (checkTargets) {
    lines.push(
      `  target: ${users} users, 0 errors ${errorCount === 0 ? "✓" : "✗"}; ` +
        `every dashboard query p95 ≤ ${DASHBOARD_P95_TARGET_MS} ms on one process (✓/✗ above)`,
    );
  }
  return lines;
}

/** `pnpm bench --load`: the figures for 1 and 2 API processes (by default) over the large dataset. */
export async function runLoadBench(argv: string[]): Promise<number> {
  const options = parseLoadOptions(argv, process.env);
  if (!options) {
    console.log(LOAD_USAGE);
    return 0;
  }
  const watcher = new pg.Client({ connectionString: options.databaseUrl });
  await watcher.connect();
  try {
    const users = await pickUsers(watcher, options.users);
    const counts = [...roleCounts(options.users)].map(([key, n]) => `${n} ${key}`).join(", ");
    console.log(
      `Load: ${options.users} users (${counts}); ${options.warmupSeconds} s warm-up, ` +
        `${options.durationSeconds} s measured, ${options.thinkMs} ms between pages`,
    );
    const dashboardOps = new Set(
      ROLE_SHARES.flatMap(({ key }) => dashboardOf(key).map((op) => op.name)),
    );
    const runs: RunFigures[] = [];
    for (const processes of options.processes) {
      const figures = figuresOf(await runWith(processes, users, options, watcher), dashboardOps);
      runs.push(figures);
      console.log(print(figures, options.users, processes === 1).join("\n"));
    }
    const one = runs.find((r) => r.processes === 1);
    for (const run of runs.filter((r) => r.processes > 1 && one)) {
      console.log(
        `Scaling, ${run.processes} processes against 1: ` +
          `${(run.requestsPerSecond / one!.requestsPerSecond).toFixed(2)}× the requests/s`,
      );
    }
    const dir = path.resolve(__dirname, "../results");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `load-${new Date().toISOString().slice(0, 10)}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify({ options: { ...options, databaseUrl: undefined }, runs }, null, 2),
    );
    console.log(`Figures written to ${file}`);
    const failed = runs.some((r) => Object.keys(r.errors).length > 0);
    return failed ? 1 : 0;
  } finally {
    await watcher.end();
  }
}
