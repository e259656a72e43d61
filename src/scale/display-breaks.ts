/**
 * Breaks rounded for reading: quantile breaks fall on whatever value a region happens to have
 * ("2,507,396"), which nobody reads at a glance. Each break is rounded to the fewest significant digits
 * that still put every region in the class the map gives it: above every value below the break, and at
 * or under every value at or above it. The map keeps the exact breaks; only the labels change.
 */
export function displayBreaks(breaks: readonly number[], values: readonly number[]): number[] {
  const shown: number[] = [];
  for (const [i, b] of breaks.entries()) {
    const next = breaks[i + 1] ?? Infinity;
    const below = Math.max(-Infinity, ...values.filter((v) => v < b));
    const atOrAbove = Math.min(Infinity, ...values.filter((v) => v >= b));
    const previous = shown.at(-1) ?? -Infinity;
    shown.push(roundest(b, (d) => d > below && d <= atOrAbove && d > previous && d < next));
  }
  return shown;
}

/** `value` to the fewest significant digits that `allowed` accepts; the value itself when none does. */
function roundest(value: number, allowed: (d: number) => boolean): number {
  if (value === 0) return 0;
  for (let digits = 1; digits <= 15; digits++) {
    const d = Number(value.toPrecision(digits));
    if (allowed(d)) return d;
  }
  return value;
}
