import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DateRange, PeriodPreset } from "@prm/domain";
import type { DatasetSize } from "./dataset";
import type { OperationResult } from "./measure";
import type { BenchOptions } from "./options";
import { TARGETS, operationChecks, throughputCheck, type TargetCheck } from "./targets";
import type { ThroughputFigures } from "./throughput";

export interface BenchRun {
  startedAt: Date;
  /** 1, 5 and 15 minutes, when the run started: other work on the machine makes figures noisy. */
  loadAverageAtStart: number[];
  options: BenchOptions;
  postgresVersion: string;
  dataset: DatasetSize & { seededByThisRun: boolean };
  period: { preset: PeriodPreset; range: DateRange };
  operations: OperationResult[];
  me: { prm: ThroughputFigures; bareApollo: ThroughputFigures; ratio: number };
}

export function machineInfo(postgresVersion: string) {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: postgresVersion,
  };
}

function targetsMet(run: BenchRun): Array<TargetCheck & { operation: string; role?: string }> {
  return [
    ...run.operations.flatMap((r) =>
      r.available
        ? operationChecks(r).map((c) => ({ operation: r.operation, role: r.role, ...c }))
        : [],
    ),
    { operation: "me", ...throughputCheck(run.me.ratio) },
  ];
}

/** Writes bench/results/<YYYY-MM-DD>.json (UTC date; a later run that day replaces it). */
export function writeResults(run: BenchRun): string {
  const dir = path.resolve(__dirname, "../results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${run.startedAt.toISOString().slice(0, 10)}.json`);
  const { databaseUrl: _url, ...settings } = run.options;
  const json = {
    startedAt: run.startedAt.toISOString(),
    machine: { ...machineInfo(run.postgresVersion), loadAverageAtStart: run.loadAverageAtStart },
    settings,
    dataset: run.dataset,
    period: run.period,
    targets: TARGETS,
    operations: run.operations,
    me: run.me,
    targetsMet: targetsMet(run),
  };
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  return file;
}
