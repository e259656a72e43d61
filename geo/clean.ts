/**
 * Validation and cleaning of polygon geometry, as pure functions on coordinate arrays.
 *
 * A geometry is handled as a list of polygons, each a list of rings (outer ring first, then
 * holes), each ring a closed list of [lng, lat] positions. Cleaning happens before
 * simplification because @turf/simplify throws on rings that have collapsed.
 */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { rewind } from '@turf/turf';
import {
  closeRing,
  isDegenerateRing,
  isRingClosed,
  isValidLngLat,
  MIN_RING_AREA_DEG2,
  MIN_RING_POSITIONS,
  type PolygonRings,
  ringSignedArea,
  roundTo,
  samePosition,
  withoutConsecutiveDuplicates,
} from '../src/geometry/rings';
import { failFeature, type FeatureRef } from './errors';

export interface CleanResult {
  polygons: PolygonRings[];
  /** What was repaired, in words, for the build log and the README. */
  notes: string[];
}

/** The polygons of a Polygon or MultiPolygon; any other geometry is an error naming the feature. */
export function polygonsOf(geometry: Geometry | null | undefined, ref: FeatureRef): PolygonRings[] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  const found = geometry ? geometry.type : 'no geometry';
  return failFeature(ref, `geometry is ${found}; expected Polygon or MultiPolygon`);
}

/** Throws on the first position that is not a longitude/latitude pair in range. */
export function checkCoordinateRanges(polygons: PolygonRings[], ref: FeatureRef): void {
  polygons.forEach((polygon, p) => {
    if (!Array.isArray(polygon)) failFeature(ref, `polygon ${p} is not an array of rings`);
    polygon.forEach((ring, r) => {
      if (!Array.isArray(ring)) failFeature(ref, `polygon ${p} ring ${r} is not an array of positions`);
      const bad = ring.find((position) => !Array.isArray(position) || !isValidLngLat(position));
      if (bad !== undefined) {
        failFeature(
          ref,
          `polygon ${p} ring ${r} has coordinate ${JSON.stringify(bad)}; expected lng -180..180 and lat -90..90`,
        );
      }
    });
  });
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Closes open rings, removes repeated consecutive positions and drops degenerate rings.
 * A polygon whose outer ring is degenerate is dropped with its holes; if nothing is left, that
 * is an error, since the feature would vanish from the map.
 */
export function repairRings(polygons: PolygonRings[], ref: FeatureRef): CleanResult {
  let closed = 0;
  let duplicates = 0;
  let droppedOuter = 0;
  let droppedHoles = 0;
  const repaired: PolygonRings[] = [];
  for (const polygon of polygons) {
    const rings = polygon.map((ring) => {
      if (!isRingClosed(ring)) closed++;
      const unique = withoutConsecutiveDuplicates(closeRing(ring));
      duplicates += closeRing(ring).length - unique.length;
      return unique;
    });
    const [outer, ...holes] = rings;
    if (outer === undefined || isDegenerateRing(outer)) {
      droppedOuter++;
      continue;
    }
    const keptHoles = holes.filter((hole) => !isDegenerateRing(hole));
    droppedHoles += holes.length - keptHoles.length;
    repaired.push([outer, ...keptHoles]);
  }
  if (repaired.length === 0) failFeature(ref, 'no polygon with a non-zero area is left after cleaning');

  const notes: string[] = [];
  if (closed > 0) notes.push(`closed ${plural(closed, 'unclosed ring')}`);
  if (duplicates > 0) notes.push(`removed ${plural(duplicates, 'repeated consecutive position')}`);
  if (droppedOuter > 0) notes.push(`dropped ${plural(droppedOuter, 'zero-area polygon')}`);
  if (droppedHoles > 0) notes.push(`dropped ${plural(droppedHoles, 'zero-area hole')}`);
  return { polygons: repaired, notes };
}

/** Quantises every coordinate to a fixed number of decimals (3 decimals ≈ 100 m). */
export function roundPolygons(polygons: PolygonRings[], decimals: number): PolygonRings[] {
  return polygons.map((polygon) =>
    polygon.map((ring) => ring.map((position) => position.map((v) => roundTo(v, decimals)))),
  );
}

export function toGeometry(polygons: PolygonRings[]): Polygon | MultiPolygon {
  const [only] = polygons;
  return polygons.length === 1 && only !== undefined
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** RFC 7946 winding: outer rings counter-clockwise, holes clockwise. */
export function rewindPolygons(polygons: PolygonRings[]): PolygonRings[] {
  const rewound = rewind(toGeometry(polygons)) as Polygon | MultiPolygon;
  return rewound.type === 'Polygon' ? [rewound.coordinates] : rewound.coordinates;
}

/** Everything a browser needs to draw the rings; the first failure is an error naming the feature. */
export function validatePolygons(polygons: PolygonRings[], ref: FeatureRef): void {
  if (polygons.length === 0) failFeature(ref, 'has no polygons');
  checkCoordinateRanges(polygons, ref);
  polygons.forEach((polygon, p) => {
    if (polygon.length === 0) failFeature(ref, `polygon ${p} has no rings`);
    polygon.forEach((ring, r) => {
      const where = `polygon ${p} ring ${r}`;
      if (!isRingClosed(ring)) failFeature(ref, `${where} is not closed (first and last positions differ)`);
      if (ring.length < MIN_RING_POSITIONS) {
        failFeature(ref, `${where} has ${ring.length} positions; expected at least ${MIN_RING_POSITIONS}`);
      }
      const repeated = ring.findIndex((position, i) => i > 0 && samePosition(position, ring[i - 1]));
      if (repeated > 0)
        failFeature(ref, `${where} repeats position ${JSON.stringify(ring[repeated])} at index ${repeated}`);
      const area = ringSignedArea(ring);
      if (Math.abs(area) < MIN_RING_AREA_DEG2) failFeature(ref, `${where} has zero area`);
      const isOuter = r === 0;
      if (isOuter && area < 0) failFeature(ref, `${where} (outer) is clockwise; RFC 7946 wants counter-clockwise`);
      if (!isOuter && area > 0) failFeature(ref, `${where} (hole) is counter-clockwise; RFC 7946 wants clockwise`);
    });
  });
}

/** From any input geometry to repaired, RFC 7946-wound polygons at full precision. */
export function cleanGeometry(geometry: Geometry | null | undefined, ref: FeatureRef): CleanResult {
  const polygons = polygonsOf(geometry, ref);
  checkCoordinateRanges(polygons, ref);
  const { polygons: repaired, notes } = repairRings(polygons, ref);
  return { polygons: rewindPolygons(repaired), notes };
}
