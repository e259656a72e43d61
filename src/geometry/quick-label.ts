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
  for (const polygon of polygons) {
    const area = Math.abs(ringSignedArea(polygon[0] ?? []));
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  const outer = best?.[0] ?? [];
  const first = outer[0];
  if (!best || first === undefined) return [0, 0];
  let [south, north] = [Infinity, -Infinity];
  for (const p of outer) {
    if (p[1]! < south) south = p[1]!;
    if (p[1]! > north) north = p[1]!;
  }
  const y = (south + north) / 2;
  // Where the line of latitude y crosses the polygon's edges (holes too), west to east.
  const xs: number[] = [];
  for (const ring of best)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
  xs.sort((a, b) => a - b);
  let [x, widest] = [first[0]!, -1];
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const span = xs[k + 1]! - xs[k]!;
    if (span > widest) [x, widest] = [(xs[k]! + xs[k + 1]!) / 2, span];
  }
  return widest < 0 ? [first[0]!, first[1]!] : [roundTo(x, LABEL_DECIMALS), roundTo(y, LABEL_DECIMALS)];
}
