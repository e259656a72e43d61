/**
 * Ring predicates shared by the build (geo/) and the browser's boundary worker (src/byod/).
 * A ring is a list of [lng, lat] positions; a polygon is its outer ring followed by its holes.
 * Pure functions on coordinate arrays: no DOM, no Node, no build pipeline.
 */
import type { Position } from 'geojson';

export type Ring = Position[];
export type PolygonRings = Ring[];

/** A ring whose planar area is below this (in square degrees, about 1 m²) encloses nothing. */
export const MIN_RING_AREA_DEG2 = 1e-10;
/** Fewest positions of a closed ring: a triangle plus the repeated first position. */
export const MIN_RING_POSITIONS = 4;

/** West, south, east, north of a box around positions. */
export type RingsBox = [number, number, number, number];

/**
 * The box around every position of `rings`. A loop, not Math.min over spread positions: spreading a national
 * district file's positions cost a quarter of a second (the bench's 3,241 districts).
 */
export function ringsBox(rings: Iterable<readonly Position[]>): RingsBox {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const p of ring) {
      const x = p[0]!;
      const y = p[1]!;
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
    }
  return [west, south, east, north];
}

/** Finite numbers in longitude/latitude range. */
export function isValidLngLat(position: Position): boolean {
  const [lng, lat] = position;
  return (
    typeof lng === 'number' &&
    typeof lat === 'number' &&
    Number.isFinite(lng) &&
    Number.isFinite(lat) &&
    lng >= -180 &&
    lng <= 180 &&
    lat >= -90 &&
    lat <= 90
  );
}

export function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

export function isRingClosed(ring: Ring): boolean {
  return ring.length > 0 && samePosition(ring[0], ring[ring.length - 1]);
}

export function closeRing(ring: Ring): Ring {
  const first = ring[0];
  return first === undefined || isRingClosed(ring) ? ring : [...ring, first];
}

export function withoutConsecutiveDuplicates(ring: Ring): Ring {
  return ring.filter((position, i) => i === 0 || !samePosition(position, ring[i - 1]));
}

/** Planar shoelace area in square degrees: positive when counter-clockwise (lng east, lat north). */
export function ringSignedArea(ring: Ring): number {
  let twiceArea = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    twiceArea += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return twiceArea / 2;
}

/** A closed ring that cannot be drawn as an area: too few positions, or no area at all. */
export function isDegenerateRing(ring: Ring): boolean {
  return ring.length < MIN_RING_POSITIONS || Math.abs(ringSignedArea(ring)) < MIN_RING_AREA_DEG2;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // `+ 0` turns -0 into 0 so the output never prints "-0".
  return Math.round(value * factor) / factor + 0;
}

/** Whether a point lies inside a ring, by the even-odd rule (a ray to the east). */
export function pointInRing(point: Position, ring: readonly Position[]): boolean {
  const [x, y] = point as [number, number];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
