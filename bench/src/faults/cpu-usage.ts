import fs from "node:fs";

/**
 * CPU seconds used so far by the drill's three parts: the API process, the drill database's
 * PostgreSQL backends, and this process, the load generator. A soak's latency drifts when the
 * server slows down, and equally when the machine does: the generator does the same work for
 * every request, so its CPU per request moving with the others' points at the machine.
 * Linux only (/proc); elsewhere the API's and PostgreSQL's figures are null.
 */
export interface CpuReading {
  api: number | null;
  postgres: number | null;
  generator: number;
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's times, on every architecture it runs on. */
const TICKS_PER_SECOND = 100;

function processSeconds(pid: number | string): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // After the command name in parentheses: state is field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The backends connected to `database`: their command line is "postgres: … <user> <database> …". */
function backendSeconds(database: string): number | null {
  let pids: string[];
  try {
    pids = fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  let total = 0;
  for (const pid of pids) {
    let command: string;
    try {
      command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    } catch {
      continue;
    }
    if (command.startsWith("postgres:") && command.split(" ").includes(database)) {
      total += processSeconds(pid) ?? 0;
    }
  }
  return total;
}

export function readCpu(apiPid: number | undefined, database: string): CpuReading {
  const own = process.cpuUsage();
  return {
    api: apiPid === undefined ? null : processSeconds(apiPid),
    postgres: backendSeconds(database),
    generator: (own.user + own.system) / 1e6,
  };
}

export type CpuPerRequest = { [part in keyof CpuReading]: number | null };

/** Milliseconds of CPU per request of each part between two readings. */
export function cpuPerRequest(from: CpuReading, to: CpuReading, requests: number): CpuPerRequest {
  // A backend that closed takes its CPU time with it: a fall is no figure.
  const per = (a: number | null, b: number | null) =>
    a === null || b === null || b < a || requests === 0 ? null : ((b - a) * 1000) / requests;
  return {
    api: per(from.api, to.api),
    postgres: per(from.postgres, to.postgres),
    generator: per(from.generator, to.generator),
  };
}
