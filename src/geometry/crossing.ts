/**
 * Where a ring crosses or touches itself. Two questions, two functions:
 * - `selfIntersectingEdgePairs` counts every pair of non-neighbouring edges that touch or cross (the
 *   build's simplifier uses the count to tell whether a simplified ring got more tangled);
 * - `ringCrossing` finds the first proper crossing with a sweep, quick enough for thousands of rings
 *   in the browser, and accepts pinches (a ring touching itself at a vertex), which every renderer draws.
 */
import type { Position } from 'geojson';
import type { Ring } from './rings';

function orientation(a: Position, b: Position, c: Position): number {
  const value =
    ((b[0] as number) - (a[0] as number)) * ((c[1] as number) - (a[1] as number)) -
    ((b[1] as number) - (a[1] as number)) * ((c[0] as number) - (a[0] as number));
  return Math.sign(value);
}

function withinBox(a: Position, b: Position, p: Position): boolean {
  return (
    Math.min(a[0] as number, b[0] as number) <= (p[0] as number) &&
    (p[0] as number) <= Math.max(a[0] as number, b[0] as number) &&
    Math.min(a[1] as number, b[1] as number) <= (p[1] as number) &&
    (p[1] as number) <= Math.max(a[1] as number, b[1] as number)
  );
}

/** Segments ab and cd share at least one point (crossing, touching or overlapping). */
export function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && withinBox(a, b, c)) ||
    (o2 === 0 && withinBox(a, b, d)) ||
    (o3 === 0 && withinBox(c, d, a)) ||
    (o4 === 0 && withinBox(c, d, b))
  );
}

/** The crossing point of segments ab and cd when they cross in their interiors. */
export function properCrossing(a: Position, b: Position, c: Position, d: Position): [number, number] | null {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 * o2 >= 0 || o3 * o4 >= 0) return null;
  const denominator = (d[1]! - c[1]!) * (b[0]! - a[0]!) - (d[0]! - c[0]!) * (b[1]! - a[1]!);
  const t = ((d[0]! - c[0]!) * (a[1]! - c[1]!) - (d[1]! - c[1]!) * (a[0]! - c[0]!)) / denominator;
  return [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
}

/** Pairs of edges (by index) of a closed ring that touch or cross without being neighbours. O(n²). */
export function selfIntersectingEdgePairs(ring: Ring): Array<[number, number]> {
  const edges = ring.length - 1;
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < edges; i++) {
    for (let j = i + 2; j < edges; j++) {
      if (i === 0 && j === edges - 1) continue; // first and last edges meet at the start vertex
      if (
        segmentsIntersect(ring[i] as Position, ring[i + 1] as Position, ring[j] as Position, ring[j + 1] as Position)
      ) {
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

export function ringSelfIntersects(ring: Ring): boolean {
  return selfIntersectingEdgePairs(ring).length > 0;
}

/**
 * The first point where a closed ring crosses itself, or null. Two segments that are not neighbours
 * along the ring must not cross; touching at a shared vertex (a pinch, common in simplified
 * boundaries and drawn correctly by every renderer) is accepted. Segments are swept by their
 * western end, so a ring of n vertices costs about n log n rather than turf kinks' n².
 */
export function ringCrossing(ring: readonly Position[]): [number, number] | null {
  const n = ring.length - 1;
  if (n < 3) return null;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => minX(ring, a) - minX(ring, b));
  let active: number[] = [];
  for (const i of order) {
    const left = minX(ring, i);
    active = active.filter((j) => maxX(ring, j) >= left);
    for (const j of active) {
      if (adjacent(i, j, n)) continue;
      const hit = properCrossing(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!);
      if (hit) return hit;
    }
    active.push(i);
  }
  return null;
}

function minX(ring: readonly Position[], i: number): number {
  return Math.min(ring[i]![0]!, ring[i + 1]![0]!);
}

function maxX(ring: readonly Position[], i: number): number {
  return Math.max(ring[i]![0]!, ring[i + 1]![0]!);
}

function adjacent(i: number, j: number, n: number): boolean {
  const d = Math.abs(i - j);
  return d <= 1 || d === n - 1;
}
