import type { MultiPolygon, Polygon } from 'geojson';

/**
 * Polygons as four typed arrays: what the boundary worker hands a map that draws them itself (the vector map),
 * transferred rather than copied, and never turned into GeoJSON text to be parsed again. Rings are closed as
 * in GeoJSON (the last position repeats the first).
 */
export interface PackedRings {
  /** Longitude, latitude of every position, ring after ring, feature after feature. */
  coordinates: Float64Array;
  /** Where each ring starts, in positions; one entry more than rings (the last is the number of positions). */
  ringStarts: Uint32Array;
  /** Where each feature's rings start; one entry more than features (the last is the number of rings). */
  featureRings: Uint32Array;
  /** Each feature's box: west, south, east, north. */
  boxes: Float64Array;
}

export function packRings(geometries: readonly (Polygon | MultiPolygon)[]): PackedRings {
  let positions = 0;
  let rings = 0;
  const polygonsOf = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
  for (const g of geometries)
    for (const polygon of polygonsOf(g))
      for (const ring of polygon) {
        rings++;
        positions += ring.length;
      }
  const coordinates = new Float64Array(positions * 2);
  const ringStarts = new Uint32Array(rings + 1);
  const featureRings = new Uint32Array(geometries.length + 1);
  const boxes = new Float64Array(geometries.length * 4);
  let p = 0;
  let r = 0;
  geometries.forEach((g, f) => {
    featureRings[f] = r;
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of polygonsOf(g))
      for (const ring of polygon) {
        ringStarts[r++] = p;
        // Indexed, without destructuring each position: a national file has a million of them.
        for (let i = 0; i < ring.length; i++) {
          const lng = ring[i]![0]!;
          const lat = ring[i]![1]!;
          coordinates[p * 2] = lng;
          coordinates[p * 2 + 1] = lat;
          p++;
          if (lng < west) west = lng;
          if (lng > east) east = lng;
          if (lat < south) south = lat;
          if (lat > north) north = lat;
        }
      }
    boxes.set([west, south, east, north], f * 4);
  });
  ringStarts[rings] = p;
  featureRings[geometries.length] = r;
  return { coordinates, ringStarts, featureRings, boxes };
}

/** The buffers to transfer with postMessage (the arrays own them whole). */
export function packedBuffers(packed: PackedRings): ArrayBuffer[] {
  return [packed.coordinates, packed.ringStarts, packed.featureRings, packed.boxes].map((a) => a.buffer as ArrayBuffer);
}

export function featureCount(packed: PackedRings): number {
  return packed.featureRings.length - 1;
}

/**
 * The feature under a point, even-odd over all its rings (holes are outside), or -1. Where features overlap, the
 * last one wins: it is drawn on top, as MapLibre's queryRenderedFeatures gives the topmost. Each feature's box is
 * tried first, so a pointer move over thousands of districts tests the rings of one or two.
 */
export function featureContaining(packed: PackedRings, [lng, lat]: readonly [number, number]): number {
  const { coordinates: c, ringStarts, featureRings, boxes } = packed;
  for (let f = featureCount(packed) - 1; f >= 0; f--) {
    if (lng < boxes[f * 4]! || lat < boxes[f * 4 + 1]! || lng > boxes[f * 4 + 2]! || lat > boxes[f * 4 + 3]!) continue;
    let inside = false;
    for (let r = featureRings[f]!; r < featureRings[f + 1]!; r++) {
      const start = ringStarts[r]!;
      const end = ringStarts[r + 1]!;
      for (let i = start, j = end - 1; i < end; j = i++) {
        const xi = c[i * 2]!;
        const yi = c[i * 2 + 1]!;
        const xj = c[j * 2]!;
        const yj = c[j * 2 + 1]!;
        if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    if (inside) return f;
  }
  return -1;
}
