/** The first of 1, 2, 5, 10, 20, 50… that splits `max` into at most `parts` steps. */
function niceStep(max: number, parts: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const factor of [1, 2, 5]) {
      if (max / (factor * magnitude) <= parts) return factor * magnitude;
    }
  }
}

/**
 * A count axis centred on zero (won to the right, lost to the left): whole-number ticks only,
 * at most three on each side, and the same reach both ways so the two sides compare honestly.
 */
export function divergingCountScale(maxAbs: number): { max: number; ticks: number[] } {
  const reach = Math.max(1, Math.ceil(maxAbs));
  const step = niceStep(reach, 3);
  const max = Math.ceil(reach / step) * step;
  const ticks: number[] = [];
  for (let tick = -max; tick <= max; tick += step) ticks.push(tick);
  return { max, ticks };
}
