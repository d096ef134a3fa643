/** The smallest of 1, 2, 5, 10, 20, 50… that is at least `least`. */
function niceStepAtLeast(least: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const factor of [1, 2, 5]) {
      if (factor * magnitude >= least) return factor * magnitude;
    }
  }
}

/** The first of 1, 2, 5, 10, 20, 50… that splits `max` into at most `parts` steps. */
function niceStep(max: number, parts: number): number {
  return niceStepAtLeast(max / parts);
}

function stepsFrom(min: number, max: number, step: number): number[] {
  const ticks: number[] = [];
  for (let tick = min; tick <= max; tick += step) ticks.push(tick);
  return ticks;
}

/**
 * A value axis from zero to `maxValue`, with ticks at multiples of the smallest nice step not
 * below `minStep` (the chart derives it from its width, so tick labels never run into each
 * other: a tick count alone does not do that, as d3 turns "2 ticks" over $0–600K into four).
 * When even one step is longer than `maxValue`, the axis reaches to that step, so it always
 * shows a second tick.
 */
export function zeroBasedScale(
  maxValue: number,
  minStep: number,
): { max: number; ticks: number[] } {
  const reach = Math.max(1, maxValue);
  const step = niceStepAtLeast(minStep);
  const max = Math.max(reach, step);
  return { max, ticks: stepsFrom(0, max, step) };
}

/**
 * A count axis centred on zero (won to the right, lost to the left): whole-number ticks only,
 * at most three on each side, and the same reach both ways so the two sides compare honestly.
 */
export function divergingCountScale(maxAbs: number): { max: number; ticks: number[] } {
  const reach = Math.max(1, Math.ceil(maxAbs));
  const step = niceStep(reach, 3);
  const max = Math.ceil(reach / step) * step;
  return { max, ticks: stepsFrom(-max, max, step) };
}
