import { scaleThreshold, scaleQuantile, type ScaleThreshold } from 'd3-scale';
import { schemeYlGnBu } from 'd3-scale-chromatic';
import type { Classing } from '../data/metrics';

export type ColourScale = ScaleThreshold<number, string>;

/** "No data" is a colour of its own, outside the sequential palette, and is never a class. */
export const NO_DATA_COLOUR = '#d4d4d4';

/**
 * ColorBrewer YlGnBu: sequential, documented as colour-blind safe, light-to-dark so that
 * more 5G reads as darker without relying on hue.
 */
export function palette(classes: number): string[] {
  const scheme = schemeYlGnBu[Math.max(3, Math.min(9, classes))];
  if (!scheme) throw new Error(`palette: YlGnBu has no scheme for ${classes} classes (expected 3 to 9)`);
  return [...scheme].slice(0, classes);
}

/** The upper-exclusive breaks between classes. */
export function classBreaks(classing: Classing, values: readonly number[]): number[] {
  switch (classing.method) {
    case 'threshold':
      return [...classing.breaks];
    case 'quantile': {
      if (values.length === 0) return [];
      return dedupe(scaleQuantile<number>().domain([...values]).range(range(classing.classes)).quantiles());
    }
    case 'equal-interval': {
      if (values.length === 0) return [];
      const min = Math.min(...values);
      const max = Math.max(...values);
      const step = (max - min) / classing.classes;
      return step > 0 ? dedupe(range(classing.classes - 1).map((i) => min + step * (i + 1))) : [];
    }
  }
}

/** One scale for both the map and the legend: the legend asks it for each class's extent. */
export function colourScale(classing: Classing, values: readonly number[]): ColourScale {
  const breaks = classBreaks(classing, values);
  return scaleThreshold<number, string>().domain(breaks).range(palette(breaks.length + 1));
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function dedupe(breaks: number[]): number[] {
  return breaks.filter((b, i) => i === 0 || b !== breaks[i - 1]);
}
