import { parseArgs } from "node:util";
import { UsageError } from "../options";

export const DRILLS = ["restart", "sigterm", "pool-exhaustion", "soak"] as const;
export type Drill = (typeof DRILLS)[number];

export interface DrillOptions {
  drill: Drill;
  /** A PostgreSQL server's URL with rights to create databases; each drill makes its own. */
  adminUrl: string;
  connections: number;
  /** A request with no answer this long counts as a hang. */
  timeoutMs: number;
  /** Share of requests that are writes (logActivity). */
  writeShare: number;
  // restart
  restartCommand: string[];
  restartAfterSeconds: number;
  /** Load after PostgreSQL is back. */
  afterSeconds: number;
  // sigterm
  shutdownDelayMs: number;
  shutdownTimeoutMs: number;
  // pool-exhaustion
  poolSize: number;
  poolWaitMs: number;
  holdSeconds: number;
  // soak
  durationSeconds: number;
  /** Requests per second; 0: `share` of the throughput measured first. */
  rate: number;
  share: number;
  probeSeconds: number;
}

export const FAULTS_USAGE = `Fault drills: the built API (apps/api/dist) as its own process on 127.0.0.1, over a database
of its own (created, seeded with the demo data, dropped), under a load of dashboard sessions.

Usage: pnpm --filter @prm/bench faults:<drill> [-- options]     (after pnpm build)
       drills: ${DRILLS.join(", ")}

  --admin-url URL        server to create the drill's database on  FAULTS_ADMIN_URL  postgres://postgres@127.0.0.1:5432/postgres
  --connections N        requests in flight (load workers)          8
  --timeout-ms MS        no answer this long counts as a hang       10000
  --write-share F        share of requests that are logActivity     restart 0.25, sigterm 0.1, soak 0.05, pool 0
 restart
  --restart-command CMD  how to restart PostgreSQL                  FAULTS_RESTART_COMMAND
                         "pg_ctlcluster --skip-systemctl-redirect 15 main restart"
  --restart-after S      load before the restart                    8
  --after S              load after PostgreSQL is back              15
 sigterm
  --delay-ms MS          SHUTDOWN_DELAY_MS of the API               2000
  --shutdown-timeout-ms  SHUTDOWN_TIMEOUT_MS of the API             8000
 pool-exhaustion
  --pool-size N          DATABASE_POOL_SIZE of the API              4
  --pool-wait-ms MS      DATABASE_POOL_WAIT_MS of the API           1000
  --hold S               how long slow statements hog the pool      6
 soak
  --duration S           length of the soak                         1800
  --rate R               requests per second (else --share of max)  measured
  --share F              share of the measured maximum throughput   0.6
  --probe S              length of the maximum-throughput probe     15
  -h, --help             show this help`;

const NUMBERS = {
  connections: 8,
  "timeout-ms": 10_000,
  "write-share": -1,
  "restart-after": 8,
  after: 15,
  "delay-ms": 2000,
  "shutdown-timeout-ms": 8000,
  "pool-size": 4,
  "pool-wait-ms": 1000,
  hold: 6,
  duration: 1800,
  rate: 0,
  share: 0.6,
  probe: 15,
} as const;
type NumberFlag = keyof typeof NUMBERS;

const WRITE_SHARE: Record<Drill, number> = {
  restart: 0.25,
  sigterm: 0.1,
  "pool-exhaustion": 0,
  soak: 0.05,
};

/** Null: help was asked for. */
export function parseDrillOptions(argv: string[], env: NodeJS.ProcessEnv): DrillOptions | null {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv.filter((arg) => arg !== "--"),
      options: {
        ...(Object.fromEntries(
          Object.keys(NUMBERS).map((flag) => [flag, { type: "string" as const }]),
        ) as Record<NumberFlag, { type: "string" }>),
        "admin-url": { type: "string" },
        "restart-command": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  const drill = positionals[0] as Drill | undefined;
  if (!drill || !DRILLS.includes(drill) || positionals.length > 1) {
    throw new UsageError(`Name one drill of ${DRILLS.join(", ")}; got "${positionals.join(" ")}"`);
  }
  const number = (flag: NumberFlag, fallback: number = NUMBERS[flag]) => {
    const raw = values[flag];
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) {
      throw new UsageError(`--${flag} must be a non-negative number, got "${String(raw)}"`);
    }
    return value;
  };
  const writeShare = number("write-share", WRITE_SHARE[drill]);
  if (writeShare > 1) throw new UsageError("--write-share is a share between 0 and 1");
  const restartCommand = String(
    values["restart-command"] ??
      env.FAULTS_RESTART_COMMAND ??
      "pg_ctlcluster --skip-systemctl-redirect 15 main restart",
  )
    .split(/\s+/)
    .filter(Boolean);
  return {
    drill,
    adminUrl: String(
      values["admin-url"] ?? env.FAULTS_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    ),
    connections: Math.max(1, Math.round(number("connections", NUMBERS.connections))),
    timeoutMs: number("timeout-ms"),
    writeShare,
    restartCommand,
    restartAfterSeconds: number("restart-after"),
    afterSeconds: number("after"),
    shutdownDelayMs: number("delay-ms"),
    shutdownTimeoutMs: number("shutdown-timeout-ms"),
    poolSize: Math.max(1, Math.round(number("pool-size"))),
    poolWaitMs: number("pool-wait-ms"),
    holdSeconds: number("hold"),
    durationSeconds: number("duration"),
    rate: number("rate"),
    share: number("share"),
    probeSeconds: number("probe"),
  };
}
