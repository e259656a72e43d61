import { LABEL_DECIMALS } from './label';
import { type PolygonRings, ringSignedArea, roundTo } from './rings';

/**
 * A label point found in one pass over a region's largest polygon: the middle of the widest span across it at
 * its middle latitude, inside by the even-odd rule (so inside a crescent too, where a centroid is not). What the
 * map shows while the pole of inaccessibility (label.ts, about 0.4 s for China's districts) is still being found.
 */
export function quickLabelPoint(polygons: readonly PolygonRings[]): [number, number] {
  let best: PolygonRings | undefined;
  let bestArea = -1;
  for (let k = 0; k < polygons.length; k++) {
    const area = Math.abs(ringSignedArea(polygons[k]![0] ?? []));
    if (area > bestArea) {
      best = polygons[k];
      bestArea = area;
    }
  }
  const outer = best?.[0] ?? [];
  const first = outer[0];
  if (!best || first === undefined) return [0, 0];
  // Indexed loops without destructuring: this runs once per load, over a national file's million positions, mostly
  // before the engine has optimised it, and destructuring each position took most of its time there (issue 23).
  let south = Infinity;
  let north = -Infinity;
  for (let i = 0; i < outer.length; i++) {
    const lat = outer[i]![1]!;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  const y = (south + north) / 2;
  // Where the line of latitude y crosses the polygon's edges (holes too), west to east.
  const xs: number[] = [];
  for (let r = 0; r < best.length; r++) {
    const ring = best[r]!;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const yi = ring[i]![1]!;
      const yj = ring[j]![1]!;
      if (yi > y === yj > y) continue;
      const xi = ring[i]![0]!;
      xs.push(xi + ((y - yi) * (ring[j]![0]! - xi)) / (yj - yi));
    }
  }
  xs.sort((a, b) => a - b);
  let [x, widest] = [first[0]!, -1];
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const span = xs[k + 1]! - xs[k]!;
    if (span > widest) [x, widest] = [(xs[k]! + xs[k + 1]!) / 2, span];
  }
  return widest < 0 ? [first[0]!, first[1]!] : [roundTo(x, LABEL_DECIMALS), roundTo(y, LABEL_DECIMALS)];
}
