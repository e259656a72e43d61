/**
 * Simplification that keeps neighbours' shared borders identical.
 *
 * Simplifying each feature on its own moves a shared border differently on either side and
 * leaves slivers and gaps between neighbours. Instead every ring is cut into arcs at the
 * junctions (where the set of neighbours changes), each distinct arc is simplified once with
 * @turf/simplify (Douglas–Peucker, highQuality, endpoints kept), and the rings are put back
 * together from the simplified arcs, so both sides of a border get the same vertices.
 *
 * A ring that the simplification would break (fewer than 4 positions, no area, turned inside
 * out, or more tangled than before) gets the responsible arcs simplified again at a smaller
 * tolerance, down to none at all. That is how small islands survive: they shrink to a few
 * vertices, not to nothing.
 */
import type { Position } from 'geojson';
import { area as turfArea, lineString, simplify } from '@turf/turf';
import { selfIntersectingEdgePairs } from '../src/geometry/crossing';
import {
  MIN_RING_AREA_DEG2,
  MIN_RING_POSITIONS,
  type PolygonRings,
  type Ring,
  ringSignedArea,
} from '../src/geometry/rings';

/** Fractions of the tolerance tried in turn for an arc whose ring broke; 0 keeps the arc as it was. */
export const TOLERANCE_STEPS = [1, 1 / 2, 1 / 4, 1 / 8, 1 / 16, 0] as const;

type PositionKey = string;
const keyOf = (p: Position): PositionKey => `${p[0]},${p[1]}`;

/** Vertices of a closed ring without the repeated last position. */
function openVertices(ring: Ring): Position[] {
  return ring.slice(0, -1);
}

/**
 * Vertices where a ring's path meets a different path: the vertex is seen twice with a
 * different pair of neighbours (three features meet, a border meets the coast, a ring touches itself).
 */
export function findJunctions(rings: Ring[]): Set<PositionKey> {
  const neighbours = new Map<PositionKey, string>();
  const junctions = new Set<PositionKey>();
  for (const ring of rings) {
    const vertices = openVertices(ring);
    vertices.forEach((vertex, i) => {
      const prev = keyOf(vertices[(i + vertices.length - 1) % vertices.length] as Position);
      const next = keyOf(vertices[(i + 1) % vertices.length] as Position);
      const pair = prev < next ? `${prev}|${next}` : `${next}|${prev}`;
      const key = keyOf(vertex);
      const seen = neighbours.get(key);
      if (seen === undefined) neighbours.set(key, pair);
      else if (seen !== pair) junctions.add(key);
    });
  }
  return junctions;
}

function comparePositions(a: Position, b: Position): number {
  return (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number);
}

/**
 * Cuts a closed ring into arcs that start and end at junctions, in ring order. A ring with no
 * junction (an island) becomes one closed arc starting at its smallest vertex, so that the same
 * ring met from another feature starts at the same place.
 */
export function splitRingAtJunctions(ring: Ring, junctions: Set<PositionKey>): Position[][] {
  const vertices = openVertices(ring);
  const cuts = vertices.flatMap((vertex, i) => (junctions.has(keyOf(vertex)) ? [i] : []));
  if (cuts.length === 0) {
    const start = vertices.reduce(
      (best, vertex, i) => (comparePositions(vertex, vertices[best] as Position) < 0 ? i : best),
      0,
    );
    const rotated = [...vertices.slice(start), ...vertices.slice(0, start)];
    return [[...rotated, rotated[0] as Position]];
  }
  return cuts.map((from, k) => {
    const to = cuts[(k + 1) % cuts.length] as number;
    const arc = [vertices[from] as Position];
    let i = from;
    do {
      i = (i + 1) % vertices.length;
      arc.push(vertices[i] as Position);
    } while (i !== to);
    return arc;
  });
}

function compareArcs(a: Position[], b: Position[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = comparePositions(a[i] as Position, b[i] as Position);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** One direction for an arc and its reverse, so both sides of a border share one simplification. */
export function canonicalArc(arc: Position[]): { coordinates: Position[]; reversed: boolean } {
  const reversed = [...arc].reverse();
  return compareArcs(reversed, arc) < 0
    ? { coordinates: reversed, reversed: true }
    : { coordinates: arc, reversed: false };
}

/** Douglas–Peucker via @turf/simplify; the endpoints (junctions) always stay. */
export function simplifyArc(arc: Position[], toleranceDeg: number): Position[] {
  if (toleranceDeg === 0 || arc.length <= 2) return arc;
  return simplify(lineString(arc), { tolerance: toleranceDeg, highQuality: true }).geometry.coordinates;
}

interface ArcUse {
  arc: number;
  reversed: boolean;
}

interface RingPlan {
  uses: ArcUse[];
  area: number;
  /** Some source rings already touch themselves (pinch points, or after rounding); they may not get worse. */
  selfIntersections: number;
}

/** The ring rebuilt from simplified arcs, and for each of its edges the arc it came from. */
function joinArcs(plan: RingPlan, simplified: Position[][]): { ring: Ring; edgeArcs: number[] } {
  const ring: Ring = [];
  const edgeArcs: number[] = [];
  plan.uses.forEach((use, k) => {
    const arc = simplified[use.arc] as Position[];
    const ordered = use.reversed ? [...arc].reverse() : arc;
    ring.push(...(k === 0 ? ordered : ordered.slice(1)));
    for (let e = 1; e < ordered.length; e++) edgeArcs.push(use.arc);
  });
  return { ring, edgeArcs };
}

function isCollapsedLoop(arc: Position[]): boolean {
  const first = arc[0] as Position;
  const last = arc[arc.length - 1] as Position;
  return arc.length < MIN_RING_POSITIONS && first[0] === last[0] && first[1] === last[1];
}

/**
 * The arcs to simplify less so that the ring comes out right: none when it is still a ring of the
 * same orientation and no more tangled than before; the arcs of the offending edges when it became
 * tangled; all its arcs when it collapsed or turned inside out.
 */
function arcsToRefine(ring: Ring, edgeArcs: number[], plan: RingPlan, simplified: Position[][]): number[] {
  // A loop arc (start = end) that shrank below a triangle would leave a repeated position behind.
  const collapsedLoops = plan.uses
    .map((use) => use.arc)
    .filter((arc) => isCollapsedLoop(simplified[arc] as Position[]));
  if (collapsedLoops.length > 0) return collapsedLoops;
  const area = ringSignedArea(ring);
  const collapsed = ring.length < MIN_RING_POSITIONS || Math.abs(area) < MIN_RING_AREA_DEG2;
  if (collapsed || Math.sign(area) !== Math.sign(plan.area)) return plan.uses.map((use) => use.arc);
  const pairs = selfIntersectingEdgePairs(ring);
  if (pairs.length <= plan.selfIntersections) return [];
  return [...new Set(pairs.flat().map((edge) => edgeArcs[edge] as number))];
}

/**
 * Simplifies all features of one layer together (one entry per feature, each a list of polygons).
 * The input must already be cleaned and rounded, so shared borders have identical vertices.
 */
export function simplifySharedBorders(layer: PolygonRings[][], toleranceDeg: number): PolygonRings[][] {
  const rings = layer.flatMap((polygons) => polygons.flat());
  const junctions = findJunctions(rings);

  const arcIndex = new Map<string, number>();
  const arcs: Position[][] = [];
  const planFor = (ring: Ring): RingPlan => {
    const uses = splitRingAtJunctions(ring, junctions).map((piece): ArcUse => {
      const { coordinates, reversed } = canonicalArc(piece);
      const key = coordinates.map(keyOf).join(';');
      let arc = arcIndex.get(key);
      if (arc === undefined) {
        arc = arcs.length;
        arcs.push(coordinates);
        arcIndex.set(key, arc);
      }
      return { arc, reversed };
    });
    return { uses, area: ringSignedArea(ring), selfIntersections: selfIntersectingEdgePairs(ring).length };
  };
  const plans = layer.map((polygons) => polygons.map((polygon) => polygon.map(planFor)));

  // Lower the tolerance only for arcs whose ring broke, until every ring is acceptable; at the
  // last step an arc is unsimplified, and a ring made only of original edges is acceptable, so
  // the loop ends.
  const step = arcs.map(() => 0);
  const lastStep = TOLERANCE_STEPS.length - 1;
  const memo = new Map<string, Position[]>();
  const simplifiedArc = (i: number): Position[] => {
    const key = `${i}:${step[i]}`;
    let arc = memo.get(key);
    if (arc === undefined) {
      arc = simplifyArc(arcs[i] as Position[], toleranceDeg * (TOLERANCE_STEPS[step[i] as number] as number));
      memo.set(key, arc);
    }
    return arc;
  };
  for (;;) {
    const simplified = arcs.map((_, i) => simplifiedArc(i));
    let refined = false;
    const result = plans.map((polygons) =>
      polygons.map((polygon) =>
        polygon.map((plan) => {
          const { ring, edgeArcs } = joinArcs(plan, simplified);
          for (const arc of arcsToRefine(ring, edgeArcs, plan, simplified)) {
            if ((step[arc] as number) < lastStep) {
              step[arc] = (step[arc] as number) + 1;
              refined = true;
            }
          }
          return ring;
        }),
      ),
    );
    if (!refined) return result;
  }
}

const SQUARE_METRES_PER_KM2 = 1e6;

export interface IslandFilterResult {
  polygons: PolygonRings[];
  dropped: number;
  droppedKm2: number;
}

/**
 * Leaves out polygons smaller than `minAreaKm2`, but never a feature's largest polygon, so no
 * feature vanishes. With 0 every polygon stays.
 */
export function withoutIslandsSmallerThan(polygons: PolygonRings[], minAreaKm2: number): IslandFilterResult {
  const areas = polygons.map((polygon) => turfArea({ type: 'Polygon', coordinates: polygon }) / SQUARE_METRES_PER_KM2);
  const largest = areas.indexOf(Math.max(...areas));
  const keep = areas.map((area, i) => i === largest || area >= minAreaKm2);
  return {
    polygons: polygons.filter((_, i) => keep[i]),
    dropped: keep.filter((k) => !k).length,
    droppedKm2: areas.reduce((sum, area, i) => (keep[i] ? sum : sum + area), 0),
  };
}
