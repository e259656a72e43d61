/**
 * The hatching that marks a regional average, as an RGBA image MapLibre can tile (`fill-pattern`): made
 * here rather than fetched from a sprite server, so the map stays offline. The legend (style.css
 * `.swatch-regional`) and the export painter draw the same stripes: lines from top left to bottom right, 2 of every 6 px, black at 30 %.
 */
export const HATCH_IMAGE = 'regional-hatch';
export const HATCH_PERIOD_PX = 6;
export const HATCH_STRIPE_PX = 2;
export const HATCH_RGBA = [0, 0, 0, 77] as const;

export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** One period of the stripes; tiles seamlessly because a stripe leaving one edge enters the opposite one. */
export function hatchPattern(pixelRatio = 1): PatternImage {
  const scale = Math.max(1, Math.round(pixelRatio));
  const size = HATCH_PERIOD_PX * scale;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const along = (((x - y) % size) + size) % size;
      if (along >= HATCH_STRIPE_PX * scale) continue;
      data.set(HATCH_RGBA, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
