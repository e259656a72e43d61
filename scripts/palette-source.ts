import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { rgb } from 'd3-color';

// The palest end of YlGnBu is too close to white and to the no-data grey to carry a class.
const PALETTE_START = 0.08;
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 9;

/**
 * ColorBrewer's YlGnBu, sampled evenly along d3's interpolator: sequential, light-to-dark so that
 * more reads as darker without relying on hue. Even sampling keeps neighbouring classes apart
 * under simulated protanopia and deuteranopia (tests/unit/scale/colour-vision.test.ts), which
 * ColorBrewer's own 6-class scheme does not quite do.
 *
 * Runs at build time (vite.config.ts turns it into the `virtual:palettes` table): d3-scale-chromatic
 * builds all of its schemes when loaded, 19 KB the page would otherwise download for one palette.
 */
export function computePalette(classes: number): string[] {
  return Array.from({ length: classes }, (_, i) =>
    rgb(interpolateYlGnBu(PALETTE_START + ((1 - PALETTE_START) * i) / (classes - 1))).formatHex(),
  );
}

export function paletteTable(): Record<number, string[]> {
  const table: Record<number, string[]> = {};
  for (let k = MIN_CLASSES; k <= MAX_CLASSES; k++) table[k] = computePalette(k);
  return table;
}
