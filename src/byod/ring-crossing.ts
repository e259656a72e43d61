import type { Position } from 'geojson';

/**
 * The first point where a ring crosses itself, or null. Two segments that are not neighbours
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

function orientation(a: Position, b: Position, c: Position): number {
  return Math.sign((b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!));
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
