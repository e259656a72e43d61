import type { Position } from 'geojson';
import { pointInRing } from '../../geometry/rings';

/** A shape of the .shp as GeoJSON geometry; shapes that are not polygons keep only their type, to be named. */
export type ShapeGeometry = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } | { type: string } | null;

export type ShpResult = { ok: true; shapes: ShapeGeometry[] } | { ok: false; record: number; detail: string };

const SHP_FILE_CODE = 9994;
const SHAPE_TYPES: Record<number, string> = {
  1: 'Point',
  3: 'LineString',
  5: 'Polygon',
  8: 'MultiPoint',
  11: 'PointZ',
  13: 'LineStringZ',
  15: 'PolygonZ',
  18: 'MultiPointZ',
  21: 'PointM',
  23: 'LineStringM',
  25: 'PolygonM',
  28: 'MultiPointM',
  31: 'MultiPatch',
};

/** A .shp file starts with the file code 9994, big-endian. */
export function isShp(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(0, false) === SHP_FILE_CODE;
}

/**
 * The shapes of a .shp file (ESRI Shapefile Technical Description, 1998), read with every offset checked so
 * that a cut or corrupt file is named by its record rather than throwing. Polygons' rings are grouped as the
 * format says (clockwise rings are outer, the others holes of the outer ring that holds them) and turned to
 * GeoJSON's winding (RFC 7946: outer rings counter-clockwise).
 */
export function readShp(bytes: Uint8Array): ShpResult {
  if (bytes.length < 100 || !isShp(bytes)) return { ok: false, record: 0, detail: 'the header is not a .shp header' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shapes: ShapeGeometry[] = [];
  let at = 100;
  let record = 0;
  while (at + 8 <= bytes.length) {
    record++;
    const length = view.getInt32(at + 4, false) * 2;
    const start = at + 8;
    if (length < 4 || start + length > bytes.length)
      return {
        ok: false,
        record,
        detail: `record ${record} says ${length} bytes, the file has ${bytes.length - start}`,
      };
    const type = view.getInt32(start, true);
    if (type === 0) shapes.push(null);
    else if (type === 5 || type === 15 || type === 25) {
      const polygon = readPolygon(view, start, length);
      if (typeof polygon === 'string') return { ok: false, record, detail: polygon };
      shapes.push(polygon);
    } else shapes.push({ type: SHAPE_TYPES[type] ?? `shape type ${type}` });
    at = start + length;
  }
  return { ok: true, shapes };
}

function readPolygon(view: DataView, start: number, length: number): ShapeGeometry | string {
  if (length < 44) return 'the polygon record is too short';
  const parts = view.getInt32(start + 36, true);
  const points = view.getInt32(start + 40, true);
  const pointsAt = start + 44 + parts * 4;
  if (parts < 0 || points < 0 || pointsAt + points * 16 > start + length)
    return `the record holds ${parts} parts and ${points} points, more than its ${length} bytes`;
  const rings: Position[][] = [];
  for (let p = 0; p < parts; p++) {
    const from = view.getInt32(start + 44 + p * 4, true);
    const to = p + 1 < parts ? view.getInt32(start + 48 + p * 4, true) : points;
    if (from < 0 || to > points || from > to) return `part ${p + 1} points outside the record (${from}–${to})`;
    const ring: Position[] = [];
    for (let i = from; i < to; i++)
      ring.push([view.getFloat64(pointsAt + i * 16, true), view.getFloat64(pointsAt + i * 16 + 8, true)]);
    rings.push(ring);
  }
  return groupRings(rings);
}

/** Clockwise rings start polygons; the others are holes of the polygon that contains them (or, alone, polygons). */
export function groupRings(rings: readonly Position[][]): ShapeGeometry {
  const polygons: Position[][][] = [];
  const holes: Position[][] = [];
  for (const ring of rings) {
    if (signedArea(ring) < 0) polygons.push([[...ring].reverse()]);
    else holes.push(ring);
  }
  for (const hole of holes) {
    const owner = hole[0] && polygons.find((polygon) => polygon[0] && pointInRing(hole[0]!, polygon[0]));
    if (owner) owner.push([...hole].reverse());
    // A file written with the other winding has only "holes": each is then a polygon of its own.
    else polygons.push([hole]);
  }
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0] };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** Twice the ring's area, positive when counter-clockwise with y up. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return sum;
}
