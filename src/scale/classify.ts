import { THEME } from '../scene/theme';
import { scaleThreshold, scaleQuantile, type ScaleThreshold } from 'd3-scale';
import PALETTES from 'virtual:palettes';
import type { Classing } from '../data/metrics';

export type ColourScale = ScaleThreshold<number, string>;

/** "No data" is a colour of its own, outside the sequential palette, and is never a class. */
export const NO_DATA_COLOUR = THEME.colour.noData;

/** YlGnBu with the given number of classes; see scripts/palette-source.ts for why and how it is sampled. */
export function palette(classes: number): string[] {
  const colours = PALETTES[classes];
  if (!colours) throw new Error(`palette: expected 2 to 9 classes, got ${classes}`);
  return [...colours];
}

/** The upper-exclusive breaks between classes. */
export function classBreaks(classing: Classing, values: readonly number[]): number[] {
  switch (classing.method) {
    case 'threshold':
      return [...classing.breaks];
    case 'quantile': {
      if (values.length === 0) return [];
      return dedupe(
        scaleQuantile<number>()
          .domain([...values])
          .range(range(classing.classes))
          .quantiles(),
      );
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
  return scaleThreshold<number, string>()
    .domain(breaks)
    .range(palette(breaks.length + 1));
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function dedupe(breaks: number[]): number[] {
  return breaks.filter((b, i) => i === 0 || b !== breaks[i - 1]);
}
