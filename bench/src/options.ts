import { parseArgs } from "node:util";
import { isPeriodPreset, type PeriodPreset } from "@prm/domain";

export interface BenchOptions {
  databaseUrl: string;
  period: PeriodPreset;
  warmup: number;
  /** Timed iterations per operation, by role. */
  iterations: { cm: number; admin: number };
  throughput: { seconds: number; connections: number; rounds: number };
}

export const USAGE = `Measures PRM's metric operations over HTTP against their SQL floor, and \`me\` throughput.

Usage: pnpm bench                                  (builds first; settings from the environment)
       pnpm --filter @prm/bench bench -- [options]    (after pnpm build)

  --period PRESET        metric operations' PeriodInput preset    BENCH_PERIOD            THIS_QUARTER
  --warmup N             untimed requests per operation and role  BENCH_WARMUP            20
  --cm-iterations N      timed requests per operation, as the CM  BENCH_CM_ITERATIONS     200
  --admin-iterations N   timed requests per operation, as admin   BENCH_ADMIN_ITERATIONS  100
  --duration SECONDS     length of one autocannon run             BENCH_DURATION          10
  --connections N        autocannon connections                   BENCH_CONNECTIONS       10
  --rounds N             autocannon rounds per server (best kept) BENCH_ROUNDS            2
  --load                 many users at once instead (pnpm bench --load --help)
  -h, --help             show this help

DATABASE_URL (required) is the PostgreSQL database; without the large dataset it is seeded first.`;

export class UsageError extends Error {}

const FLAGS = {
  period: { env: "BENCH_PERIOD", fallback: "THIS_QUARTER" },
  warmup: { env: "BENCH_WARMUP", fallback: "20" },
  "cm-iterations": { env: "BENCH_CM_ITERATIONS", fallback: "200" },
  "admin-iterations": { env: "BENCH_ADMIN_ITERATIONS", fallback: "100" },
  duration: { env: "BENCH_DURATION", fallback: "10" },
  connections: { env: "BENCH_CONNECTIONS", fallback: "10" },
  rounds: { env: "BENCH_ROUNDS", fallback: "2" },
} as const;
type Flag = keyof typeof FLAGS;

function count(flag: Flag, raw: string, min: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new UsageError(`--${flag} must be an integer ≥ ${min}, got "${raw}"`);
  }
  return value;
}

/** Flags win over environment variables, which win over the defaults. Null: help was asked. */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions | null {
  let values: Partial<Record<Flag, string>> & { help?: boolean };
  try {
    values = parseArgs({
      // pnpm and turbo pass a literal "--" through when arguments follow it.
      args: argv.filter((arg) => arg !== "--"),
      options: {
        ...(Object.fromEntries(
          Object.keys(FLAGS).map((flag) => [flag, { type: "string" as const }]),
        ) as Record<Flag, { type: "string" }>),
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return null;

  const get = (flag: Flag) => values[flag] ?? env[FLAGS[flag].env] ?? FLAGS[flag].fallback;
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    throw new UsageError(
      "DATABASE_URL is required: the benchmark runs against PostgreSQL, e.g. " +
        "DATABASE_URL=postgres://postgres@127.0.0.1:5432/prm_large pnpm bench",
    );
  }
  const period = get("period");
  if (!isPeriodPreset(period) || period === "CUSTOM") {
    throw new UsageError(
      `--period must be a PeriodInput preset other than CUSTOM, got "${period}"`,
    );
  }
  return {
    databaseUrl,
    period,
    warmup: count("warmup", get("warmup"), 0),
    iterations: {
      cm: count("cm-iterations", get("cm-iterations"), 1),
      admin: count("admin-iterations", get("admin-iterations"), 1),
    },
    throughput: {
      seconds: count("duration", get("duration"), 1),
      connections: count("connections", get("connections"), 1),
      rounds: count("rounds", get("rounds"), 1),
    },
  };
}
