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

/** Where two edges cross: each named by its ring (index in the list given) and its first position's index. */
export interface EdgeCrossing {
  a: { ring: number; edge: number };
  b: { ring: number; edge: number };
  at: [number, number];
}

/**
 * The first point where a closed ring crosses itself, or null. Two segments that are not neighbours
 * along the ring must not cross; touching at a shared vertex (a pinch, common in simplified
 * boundaries and drawn correctly by every renderer) is accepted. Segments are swept by their
 * western end, so a ring of n vertices costs about n log n rather than turf kinks' n².
 */
export function ringCrossing(ring: readonly Position[]): [number, number] | null {
  return firstCrossing([ring])?.at ?? null;
}

/**
 * The first proper crossing among the edges of closed rings, within one ring or between two, or null.
 * The same sweep as `ringCrossing`, over flat typed arrays: the active list is compacted in place, so
 * a ring of a million positions allocates a few arrays, not one per segment. With `touches`, a position
 * lying inside another edge (not at its ends) counts too: the quick repair (untwist.ts) needs rings
 * that meet only at shared positions.
 */
export function firstCrossing(
  rings: readonly (readonly Position[])[],
  { touches = false }: { touches?: boolean } = {},
): EdgeCrossing | null {
  let total = 0;
  for (const ring of rings) total += Math.max(0, ring.length - 1);
  if (total < 3) return null;
  const ringOf = new Uint32Array(total);
  const edgeOf = new Uint32Array(total);
  const left = new Float64Array(total);
  const right = new Float64Array(total);
  let k = 0;
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++, k++) {
      const x0 = ring[i]![0]!;
      const x1 = ring[i + 1]![0]!;
      ringOf[k] = r;
      edgeOf[k] = i;
      left[k] = Math.min(x0, x1);
      right[k] = Math.max(x0, x1);
    }
  });
  const order = new Uint32Array(total).map((_, i) => i).sort((p, q) => left[p]! - left[q]!);
  const active = new Uint32Array(total);
  let size = 0;
  for (const s of order) {
    const x = left[s]!;
    let kept = 0;
    for (let m = 0; m < size; m++) if (right[active[m]!]! >= x) active[kept++] = active[m]!;
    size = kept;
    const rs = ringOf[s]!;
    const ring = rings[rs]!;
    const i = edgeOf[s]!;
    for (let m = 0; m < size; m++) {
      const t = active[m]!;
      const rt = ringOf[t]!;
      const j = edgeOf[t]!;
      if (rs === rt && adjacent(i, j, ring.length - 1)) continue;
      const other = rings[rt]!;
      const hit =
        properCrossing(ring[i]!, ring[i + 1]!, other[j]!, other[j + 1]!) ??
        (touches ? touching(ring[i]!, ring[i + 1]!, other[j]!, other[j + 1]!) : null);
      if (hit) return { a: { ring: rt, edge: j }, b: { ring: rs, edge: i }, at: hit };
    }
    active[size++] = s;
  }
  return null;
}

function adjacent(i: number, j: number, n: number): boolean {
  const d = Math.abs(i - j);
  return d <= 1 || d === n - 1;
}

/** An end of one segment that lies inside the other (on it, but not at one of its ends). */
function touching(a: Position, b: Position, c: Position, d: Position): [number, number] | null {
  for (const [p, q, r] of [
    [c, a, b],
    [d, a, b],
    [a, c, d],
    [b, c, d],
  ] as const)
    if (orientation(q, r, p) === 0 && withinBox(q, r, p) && !samePoint(p, q) && !samePoint(p, r)) return [p[0]!, p[1]!];
  return null;
}

function samePoint(p: Position, q: Position): boolean {
  return p[0] === q[0] && p[1] === q[1];
}
