/** One table's worth of seeding, timed and reported as a line. */
export interface SeedStep {
  /** The table the step fills. */
  table: string;
  /** Inserts the rows and returns how many; reports the fraction done as batches complete. */
  run(progress: (fractionDone: number) => void): Promise<number>;
}

export interface StepRunnerOptions {
  log: (line: string) => void;
  /** Draw a progress bar on stderr during long steps (a redrawn bar on a TTY, lines otherwise). */
  progress: boolean;
  /** Called after each step, e.g. to ANALYZE the table before the next step joins it. */
  afterStep?: (step: SeedStep) => Promise<void>;
}

const formatCount = (n: number) => n.toLocaleString("en-US");

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export async function runSteps(steps: readonly SeedStep[], options: StepRunnerOptions) {
  const width = Math.max(...steps.map((step) => step.table.length));
  const counter = (index: number) =>
    `[${index + 1}/${steps.length}]`.padStart(`[${steps.length}/${steps.length}]`.length);
  for (const [index, step] of steps.entries()) {
    const bar = options.progress ? new ProgressBar(step.table) : null;
    const started = performance.now();
    const rows = await step.run((fraction) => bar?.update(fraction));
    await options.afterStep?.(step);
    const elapsed = performance.now() - started;
    bar?.clear();
    const rate = rows / Math.max(elapsed / 1000, 0.001);
    options.log(
      `${counter(index)} ${step.table.padEnd(width)}  ` +
        `${formatCount(rows).padStart(9)} rows  ${formatSeconds(elapsed).padStart(7)}  ` +
        `${formatCount(Math.round(rate)).padStart(9)} rows/s`,
    );
  }
}

/**
 * Calls `insert(lo, hi)` for consecutive ranges of at most `batchSize` numbers covering
 * [from, to], and returns the total it reports.
 */
export async function inBatches(
  range: { from: number; to: number },
  batchSize: number,
  progress: (fractionDone: number) => void,
  insert: (lo: number, hi: number) => Promise<number>,
): Promise<number> {
  let total = 0;
  const span = range.to - range.from + 1;
  for (let lo = range.from; lo <= range.to; lo += batchSize) {
    const hi = Math.min(lo + batchSize - 1, range.to);
    total += await insert(lo, hi);
    progress((hi - range.from + 1) / span);
  }
  return total;
}

/** `[#########...........] 45%` on stderr: redrawn in place on a terminal, else a line per 10%. */
class ProgressBar {
  private readonly interactive = Boolean(process.stderr.isTTY);
  private lastPercent = -1;

  constructor(private readonly label: string) {}

  update(fraction: number): void {
    const percent = Math.floor(Math.min(Math.max(fraction, 0), 1) * 100);
    if (percent === this.lastPercent) return;
    if (this.interactive) {
      const filled = Math.round(percent / 5);
      const bar = `${"#".repeat(filled)}${".".repeat(20 - filled)}`;
      process.stderr.write(`\r  ${this.label} [${bar}] ${percent}%`);
    } else if (Math.floor(percent / 10) > Math.floor(this.lastPercent / 10) && percent < 100) {
      process.stderr.write(`  ${this.label} ${percent}%\n`);
    }
    this.lastPercent = percent;
  }

  clear(): void {
    if (this.interactive && this.lastPercent >= 0) process.stderr.write("\r\x1b[2K");
  }
}
