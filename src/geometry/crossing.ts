/**
 * Where a ring crosses or touches itself. Two questions, two functions:
 * - `selfIntersectingEdgePairs` counts every pair of non-neighbouring edges that touch or cross (the
 *   build's simplifier uses the count to tell whether a simplified ring got more tangled);
 * - `ringCrossing` finds a proper crossing with a grid of edges, quick enough for thousands of rings
 *   in the browser, and accepts pinches (a ring touching itself at a vertex), which every renderer draws.
 */
import type { Position } from 'geojson';
import { type Ring, ringsBox } from './rings';

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
 * A point where a closed ring crosses itself, or null. Two segments that are not neighbours
 * along the ring must not cross; touching at a shared vertex (a pinch, common in simplified
 * boundaries and drawn correctly by every renderer) is accepted. Each segment is compared only with
 * those near it (`firstCrossing`), so a ring of n vertices costs about n rather than turf kinks' n².
 */
export function ringCrossing(ring: readonly Position[]): [number, number] | null {
  return firstCrossing([ring])?.at ?? null;
}

/**
 * A proper crossing among the edges of closed rings, within one ring or between two, or null.
 * With `touches`, a position lying inside another edge (not at its ends) counts too: the quick repair
 * (untwist.ts) needs rings that meet only at shared positions. Edges are put in a grid of about one
 * cell per edge (`gridCrossing`), so only edges sharing a cell are compared: linear for the short, even
 * edges of real boundaries. A ring of a few long edges that would fill too many cells is swept instead.
 */
export function firstCrossing(
  rings: readonly (readonly Position[])[],
  { touches = false }: { touches?: boolean } = {},
): EdgeCrossing | null {
  const found = gridCrossing(rings, touches);
  return found === TOO_DENSE ? sweepCrossing(rings, touches) : found;
}

/** The grid gives up (and the sweep runs) when the edges' boxes cover more cells than this many per edge. */
const MAX_CELLS_PER_EDGE = 8;
const TOO_DENSE = 'too dense';

/**
 * Work arrays kept from one search to the next and grown when a search needs more: a district file has
 * thousands of rings, and a new set of typed arrays for each cost more than the search itself in Chromium's
 * worker. No search calls another, so one set is enough.
 */
const work = {
  edges: new Uint32Array(1024),
  cells: new Int32Array(1024),
  boxes: new Float64Array(1024),
  perCell: new Uint32Array(1024),
  filled: new Uint32Array(1024),
  members: new Uint32Array(1024),
};

function atLeast<T extends Uint32Array | Int32Array | Float64Array>(array: T, size: number, make: (n: number) => T): T {
  return array.length >= size ? array : make(Math.max(size, array.length * 2));
}

/** Every edge of the rings, numbered ring after ring: its ring at 2k, its first position's index at 2k + 1. */
function edgeTable(rings: readonly (readonly Position[])[]): { total: number; edges: Uint32Array } {
  let total = 0;
  for (const ring of rings) total += Math.max(0, ring.length - 1);
  work.edges = atLeast(work.edges, total * 2, (n) => new Uint32Array(n));
  const edges = work.edges;
  let k = 0;
  for (let r = 0; r < rings.length; r++)
    for (let i = 0; i + 1 < rings[r]!.length; i++, k++) {
      edges[k * 2] = r;
      edges[k * 2 + 1] = i;
    }
  return { total, edges };
}

/**
 * The crossing search over a uniform grid: each edge is listed in every cell its box covers, and a pair of
 * edges is compared once, in the first cell (lowest column, then row) that both boxes cover. Any shared point
 * of two edges lies in a cell both boxes cover (the cell of a coordinate is monotone in it), so nothing is
 * missed. Exported for the tests, which hold it to a brute-force search.
 */
export function gridCrossing(
  rings: readonly (readonly Position[])[],
  touches: boolean,
  maxCellsPerEdge = MAX_CELLS_PER_EDGE,
): EdgeCrossing | null | typeof TOO_DENSE {
  const { total, edges } = edgeTable(rings);
  if (total < 3) return null;
  const [west, south, east, north] = ringsBox(rings);
  const width = east - west;
  const height = north - south;
  // About one cell per edge, shaped like the rings' box (a line of cells for a flat box).
  const aspect = width > 0 && height > 0 ? width / height : 1;
  const columns = width > 0 ? Math.max(1, Math.min(total, Math.round(Math.sqrt(total * aspect)))) : 1;
  const rows = height > 0 ? Math.max(1, Math.min(total, Math.round(total / columns))) : 1;
  const cellCount = columns * rows;
  const column = (x: number) => (width > 0 ? Math.min(columns - 1, Math.floor(((x - west) / width) * columns)) : 0);
  const row = (y: number) => (height > 0 ? Math.min(rows - 1, Math.floor(((y - south) / height) * rows)) : 0);
  // Each edge's cells (first column, last column, first row, last row) and box (west, south, east, north).
  work.cells = atLeast(work.cells, total * 4, (n) => new Int32Array(n));
  work.boxes = atLeast(work.boxes, total * 4, (n) => new Float64Array(n));
  work.perCell = atLeast(work.perCell, cellCount + 1, (n) => new Uint32Array(n));
  const { cells, boxes: box, perCell } = work;
  perCell.fill(0, 0, cellCount + 1);
  let listed = 0;
  for (let k = 0; k < total; k++) {
    const ring = rings[edges[k * 2]!]!;
    const a = ring[edges[k * 2 + 1]!]!;
    const b = ring[edges[k * 2 + 1]! + 1]!;
    box[k * 4] = Math.min(a[0]!, b[0]!);
    box[k * 4 + 1] = Math.min(a[1]!, b[1]!);
    box[k * 4 + 2] = Math.max(a[0]!, b[0]!);
    box[k * 4 + 3] = Math.max(a[1]!, b[1]!);
    const c0 = column(box[k * 4]!);
    const c1 = column(box[k * 4 + 2]!);
    const r0 = row(box[k * 4 + 1]!);
    const r1 = row(box[k * 4 + 3]!);
    cells[k * 4] = c0;
    cells[k * 4 + 1] = c1;
    cells[k * 4 + 2] = r0;
    cells[k * 4 + 3] = r1;
    listed += (c1 - c0 + 1) * (r1 - r0 + 1);
    if (listed > maxCellsPerEdge * total) return TOO_DENSE;
    for (let c = c0; c <= c1; c++) for (let r = r0; r <= r1; r++) perCell[c * rows + r + 1]!++;
  }
  for (let cell = 1; cell <= cellCount; cell++) perCell[cell]! += perCell[cell - 1]!;
  work.members = atLeast(work.members, listed, (n) => new Uint32Array(n));
  work.filled = atLeast(work.filled, cellCount, (n) => new Uint32Array(n));
  const { members, filled } = work;
  filled.set(perCell.subarray(0, cellCount));
  for (let k = 0; k < total; k++)
    for (let c = cells[k * 4]!; c <= cells[k * 4 + 1]!; c++)
      for (let r = cells[k * 4 + 2]!; r <= cells[k * 4 + 3]!; r++) members[filled[c * rows + r]!++] = k;
  for (let cell = 0; cell < cellCount; cell++) {
    const c = Math.floor(cell / rows);
    const r = cell - c * rows;
    const end = perCell[cell + 1]!;
    for (let m = perCell[cell]!; m < end; m++) {
      const s = members[m]!;
      for (let n = m + 1; n < end; n++) {
        const t = members[n]!;
        // Compared in the first cell both cover only.
        if (Math.max(cells[s * 4]!, cells[t * 4]!) !== c || Math.max(cells[s * 4 + 2]!, cells[t * 4 + 2]!) !== r)
          continue;
        if (
          box[s * 4 + 2]! < box[t * 4]! ||
          box[t * 4 + 2]! < box[s * 4]! ||
          box[s * 4 + 3]! < box[t * 4 + 1]! ||
          box[t * 4 + 3]! < box[s * 4 + 1]!
        )
          continue;
        const hit = crossingOf(rings, edges[s * 2]!, edges[s * 2 + 1]!, edges[t * 2]!, edges[t * 2 + 1]!, touches);
        if (hit) return hit;
      }
    }
  }
  return null;
}

/** Edge i of ring rs against edge j of ring rt: where they cross (or touch, when asked), null for neighbours. */
function crossingOf(
  rings: readonly (readonly Position[])[],
  rs: number,
  i: number,
  rt: number,
  j: number,
  touches: boolean,
): EdgeCrossing | null {
  const ring = rings[rs]!;
  if (rs === rt && adjacent(i, j, ring.length - 1)) return null;
  const other = rings[rt]!;
  const hit =
    properCrossing(ring[i]!, ring[i + 1]!, other[j]!, other[j + 1]!) ??
    (touches ? touching(ring[i]!, ring[i + 1]!, other[j]!, other[j + 1]!) : null);
  return hit ? { a: { ring: rt, edge: j }, b: { ring: rs, edge: i }, at: hit } : null;
}

/**
 * The same search as a sweep by the edges' western ends, about n log n whatever the edges' lengths: the
 * fallback for rings of long edges. The active list is compacted in place (a few arrays, none per edge).
 */
export function sweepCrossing(rings: readonly (readonly Position[])[], touches: boolean): EdgeCrossing | null {
  const { total, edges } = edgeTable(rings);
  if (total < 3) return null;
  const left = new Float64Array(total);
  const right = new Float64Array(total);
  for (let k = 0; k < total; k++) {
    const ring = rings[edges[k * 2]!]!;
    const x0 = ring[edges[k * 2 + 1]!]![0]!;
    const x1 = ring[edges[k * 2 + 1]! + 1]![0]!;
    left[k] = Math.min(x0, x1);
    right[k] = Math.max(x0, x1);
  }
  const order = new Uint32Array(total).map((_, i) => i).sort((p, q) => left[p]! - left[q]!);
  const active = new Uint32Array(total);
  let size = 0;
  for (const s of order) {
    const x = left[s]!;
    let kept = 0;
    for (let m = 0; m < size; m++) if (right[active[m]!]! >= x) active[kept++] = active[m]!;
    size = kept;
    for (let m = 0; m < size; m++) {
      const t = active[m]!;
      const hit = crossingOf(rings, edges[s * 2]!, edges[s * 2 + 1]!, edges[t * 2]!, edges[t * 2 + 1]!, touches);
      if (hit) return hit;
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
  if (liesInside(c, a, b)) return [c[0]!, c[1]!];
  if (liesInside(d, a, b)) return [d[0]!, d[1]!];
  if (liesInside(a, c, d)) return [a[0]!, a[1]!];
  if (liesInside(b, c, d)) return [b[0]!, b[1]!];
  return null;
}

/** Position p lies on segment qr, not at q or r. */
function liesInside(p: Position, q: Position, r: Position): boolean {
  return orientation(q, r, p) === 0 && withinBox(q, r, p) && !samePoint(p, q) && !samePoint(p, r);
}

function samePoint(p: Position, q: Position): boolean {
  return p[0] === q[0] && p[1] === q[1];
}
