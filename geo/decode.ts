/**
 * Decoder for the compressed GeoJSON that ECharts 4 ships its maps in (`"UTF8Encoding": true`).
 *
 * Each ring is a string; every pair of characters is one vertex. A character's code minus 64
 * is a zig-zag encoded integer (0, -1, 1, -2, … become 0, 1, 2, 3, …), which is the step from
 * the previous vertex; the first step starts from the ring's entry in `encodeOffsets`. The
 * integers are degrees times `UTF8Scale` (1024 unless the file says otherwise).
 * This mirrors `decodePolygon` in echarts/lib/coord/geo/parseGeoJson.js, without mutating the input.
 */
import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';
import { GeoInputError } from './errors';

/** ECharts divides the decoded integers by this when the file has no `UTF8Scale`. */
export const ECHARTS_DEFAULT_SCALE = 1024;
/** Every character code is shifted by 64 so the encoded text stays printable. */
const CHAR_CODE_SHIFT = 64;

export type PolygonalFeature = Feature<Polygon | MultiPolygon, GeoJsonProperties>;

/** 0, 1, 2, 3, 4 … → 0, -1, 1, -2, 2 … */
export function zigZagToInteger(n: number): number {
  return (n >> 1) ^ -(n & 1);
}

/** Decodes one ring from its character string and its starting offset (in scaled integers). */
export function decodeRing(encoded: string, offset: readonly number[], scale: number): Position[] {
  if (encoded.length % 2 !== 0) {
    throw new Error(`encoded ring has an odd number of characters (${encoded.length}); expected x,y pairs`);
  }
  const [startX, startY] = offset;
  if (typeof startX !== 'number' || typeof startY !== 'number') {
    throw new Error(`encodeOffsets entry is ${JSON.stringify(offset)}; expected [x, y] numbers`);
  }
  const ring: Position[] = [];
  let x = startX;
  let y = startY;
  for (let i = 0; i < encoded.length; i += 2) {
    x += zigZagToInteger(encoded.charCodeAt(i) - CHAR_CODE_SHIFT);
    y += zigZagToInteger(encoded.charCodeAt(i + 1) - CHAR_CODE_SHIFT);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** Decodes one polygon: its rings (outer first, then holes) and their offsets, index by index. */
export function decodePolygon(rings: unknown, offsets: unknown, scale: number): Position[][] {
  if (!Array.isArray(rings) || !Array.isArray(offsets) || rings.length !== offsets.length) {
    throw new Error('polygon rings and encodeOffsets do not line up; expected one [x, y] offset per ring string');
  }
  return rings.map((ring, i) => {
    if (typeof ring !== 'string') throw new Error(`ring ${i} is ${typeof ring}; expected an encoded string`);
    return decodeRing(ring, offsets[i] as number[], scale);
  });
}

/** What the file calls a feature, for error messages: its code (id) and its name. */
export function featureIdentity(feature: unknown, index: number): { code: string; name: string } {
  const f = (feature ?? {}) as { id?: unknown; properties?: { id?: unknown; name?: unknown } | null };
  const id = f.id ?? f.properties?.id;
  const name = f.properties?.name;
  return {
    code: id === undefined || id === null ? `#${index}` : String(id),
    name: typeof name === 'string' ? name : '(no name)',
  };
}

function decodeGeometry(geometry: unknown, scale: number, encoded: boolean): Polygon | MultiPolygon {
  const g = (geometry ?? {}) as { type?: unknown; coordinates?: unknown; encodeOffsets?: unknown };
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    throw new Error(`geometry type is ${JSON.stringify(g.type ?? null)}; expected Polygon or MultiPolygon`);
  }
  if (!Array.isArray(g.coordinates)) throw new Error('geometry has no coordinates array');
  if (!encoded) return { type: g.type, coordinates: g.coordinates } as Polygon | MultiPolygon;
  if (!Array.isArray(g.encodeOffsets)) throw new Error('encoded geometry has no encodeOffsets array');
  const offsets = g.encodeOffsets;
  if (g.type === 'Polygon') {
    return { type: 'Polygon', coordinates: decodePolygon(g.coordinates, offsets, scale) };
  }
  if (g.coordinates.length !== offsets.length) {
    throw new Error(`${g.coordinates.length} polygons but ${offsets.length} encodeOffsets entries`);
  }
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map((polygon, i) => decodePolygon(polygon, offsets[i], scale)),
  };
}

/**
 * Turns an ECharts map file (already parsed JSON) into a standard GeoJSON FeatureCollection of
 * Polygons and MultiPolygons. A file without `UTF8Encoding` is taken as plain GeoJSON.
 * Throws GeoInputError naming the file, and the feature when one is at fault.
 */
export function decodeEchartsGeoJson(json: unknown, file: string): FeatureCollection<Polygon | MultiPolygon> {
  const root = (json ?? {}) as { type?: unknown; features?: unknown; UTF8Encoding?: unknown; UTF8Scale?: unknown };
  if (root.type !== 'FeatureCollection' || !Array.isArray(root.features)) {
    throw new GeoInputError(file, 'expected a GeoJSON FeatureCollection with a features array');
  }
  const encoded = root.UTF8Encoding === true;
  const scale = typeof root.UTF8Scale === 'number' ? root.UTF8Scale : ECHARTS_DEFAULT_SCALE;
  if (!(scale > 0)) throw new GeoInputError(file, `UTF8Scale is ${scale}; expected a positive number`);

  const features = root.features.map((feature: unknown, index): PolygonalFeature => {
    const f = (feature ?? {}) as { id?: string | number; properties?: GeoJsonProperties; geometry?: unknown };
    try {
      const decoded: PolygonalFeature = {
        type: 'Feature',
        properties: { ...(f.properties ?? {}) },
        geometry: decodeGeometry(f.geometry, scale, encoded),
      };
      return f.id === undefined ? decoded : { ...decoded, id: f.id };
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      throw new GeoInputError(file, problem, featureIdentity(feature, index));
    }
  });
  return { type: 'FeatureCollection', features };
}
