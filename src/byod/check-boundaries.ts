import type { Feature, Position } from 'geojson';
import type { RingsBox } from '../geometry/rings';
import {
  AT_FILE,
  formatPosition,
  issue,
  type Issue,
  type IssueCode,
  type IssuePlace,
  type Note,
  type Warning,
  roundCoordinate,
  type WarningCode,
} from './issues';
import { MAX_LISTED_PROBLEMS } from './limits';
import type { StageListener } from './progress';

/** Most features a boundary file may have: measured in BENCHMARKS.md ("Your own data: thousands of polygons"). */
export const MAX_BOUNDARY_FEATURES = 20_000;

// Properties tried, in this order, when the user names no key.
const KEY_CANDIDATES = ['code', 'adcode', 'id', 'gb', 'admin_code', 'name', 'name_zh', 'name_en'];
const NAME_ZH = ['name_zh', 'name', '名称', 'name_cn'];
const NAME_EN = ['name_en', 'name', 'name_zh'];

export interface CheckedFeature {
  feature: Feature;
  /** Its place in the file, from 1, as problems name it. */
  number: number;
  /**
   * Each kept ring's polygon and ring number in the file (from 1), when a short ring was left out and the
   * positions in `polygons` no longer give them.
   */
  ringNumbers?: Array<Array<[number, number]>>;
  code: string;
  name_zh: string;
  name_en: string;
  polygons: Position[][][];
}

export interface CheckedBoundaries {
  key: string;
  keyDetected: boolean;
  features: CheckedFeature[];
  polygons: number;
  positions: number;
  bounds: [[number, number], [number, number]];
}

export type CheckResult =
  | { ok: true; checked: CheckedBoundaries; notes: Note[]; warnings: Warning[] }
  | { ok: false; issues: Issue[]; notes: Note[] };

/**
 * A parsed GeoJSON file checked as the boundaries of a choropleth: a FeatureCollection of Polygons
 * and MultiPolygons in longitude/latitude, and a key property that names every feature once. Every
 * problem names the feature (1-based, with its key when known). Only what cannot be drawn is refused,
 * and all of it is found here, before anything is drawn (docs/your-data.md). What can be mended is mended
 * and reported as a warning: an unclosed ring is closed, a ring of fewer than three corners left out.
 * Rings that cross themselves are drawable (a canvas or MapLibre fills them by a rule): they are searched
 * and repaired after the first drawing, by repairCrossings (repair-crossings.ts).
 */
export function checkStructure(
  data: unknown,
  file: string,
  requestedKey: string | null,
  progress: StageListener = () => {},
): CheckResult {
  const notes: Note[] = [];
  const refuse = (code: IssueCode, params: Record<string, string | number> = {}): CheckResult => ({
    ok: false,
    issues: [issue(code, file, AT_FILE, params)],
    notes,
  });
  if (!isObject(data)) return refuse('notFeatureCollection', { found: typeName(data) });
  if (data['type'] === 'Topology') return refuse('topoJson');
  if (data['type'] !== 'FeatureCollection' || !Array.isArray(data['features']))
    return refuse('notFeatureCollection', { found: String(data['type'] ?? typeName(data)) });
  const crs = crsName(data['crs']);
  if (crs && !/CRS84|4326|WGS ?84/iu.test(crs)) return refuse('projectedCrs', { crs });
  const features = data['features'] as unknown[];
  if (features.length === 0) return refuse('noFeatures');
  if (features.length > MAX_BOUNDARY_FEATURES)
    return refuse('tooManyFeatures', { count: features.length, limit: MAX_BOUNDARY_FEATURES });

  const types = new Map<string, number>();
  for (const f of features) {
    const type = isObject(f) && isObject(f['geometry']) ? String(f['geometry']['type']) : 'null';
    types.set(type, (types.get(type) ?? 0) + 1);
  }
  if (!types.has('Polygon') && !types.has('MultiPolygon')) {
    return refuse('noPolygons', { found: [...types].map(([type, count]) => `${count} × ${type}`).join(', ') });
  }

  const key = requestedKey ?? detectKey(features);
  if (key === null) return refuse('noKeyProperty', { found: propertyNames(features[0]).join(', ') });
  notes.push({ code: requestedKey ? 'keyGiven' : 'keyDetected', params: { key } });

  const issues: Issue[] = [];
  const warnings: Warning[] = [];
  const warn = (code: WarningCode, place: IssuePlace, params: Record<string, string | number>) =>
    warnings.push({ code, file, place, params });
  let more = 0;
  const report = (code: IssueCode, place: IssuePlace, params: Record<string, string | number> = {}) => {
    if (issues.length < MAX_LISTED_PROBLEMS) issues.push(issue(code, file, place, params));
    else more++;
  };
  const checked: CheckedFeature[] = [];
  const step = Math.max(1, Math.ceil(features.length / 100));
  const firstWithKey = new Map<string, number>();
  let projectedSeen = false;
  let [polygonCount, positionCount] = [0, 0];
  const box: RingsBox = [Infinity, Infinity, -Infinity, -Infinity];

  features.forEach((raw, index) => {
    const number = index + 1;
    if (index % step === 0) progress('checking', index / features.length);
    const props = isObject(raw) && isObject(raw['properties']) ? raw['properties'] : {};
    const keyValue = props[key];
    const code = typeof keyValue === 'string' || typeof keyValue === 'number' ? String(keyValue).trim() : '';
    const place: IssuePlace = code
      ? { kind: 'feature', feature: number, key, value: code }
      : { kind: 'feature', feature: number };
    if (!isObject(raw) || raw['type'] !== 'Feature') {
      report('notPolygon', place, { type: isObject(raw) ? String(raw['type']) : typeName(raw) });
      return;
    }
    if (!code) {
      report('keyMissing', place, { key, found: Object.keys(props).join(', ') || '—' });
      return;
    }
    const earlier = firstWithKey.get(code);
    if (earlier !== undefined) report('duplicateFeatureKey', place, { value: code, first: earlier });
    else firstWithKey.set(code, number);

    const geometry = raw['geometry'];
    if (!isObject(geometry)) {
      report('noGeometry', place);
      return;
    }
    if (geometry['type'] !== 'Polygon' && geometry['type'] !== 'MultiPolygon') {
      report('notPolygon', place, { type: String(geometry['type']) });
      return;
    }
    const polygons = (geometry['type'] === 'Polygon' ? [geometry['coordinates']] : geometry['coordinates']) as unknown;
    if (!Array.isArray(polygons) || polygons.length === 0) {
      report('badCoordinates', place, { polygon: 1, ring: 1 });
      return;
    }
    let featureOk = true;
    const closedPolygons: Position[][][] = [];
    const numbers: Array<Array<[number, number]>> = [];
    const shortRings: Array<{ polygon: number; ring: number; count: number }> = [];
    const droppedPolygons = new Set<Position[][]>();
    polygons.forEach((polygon: unknown, p) => {
      if (!featureOk) return;
      if (!Array.isArray(polygon) || polygon.length === 0) {
        report('badCoordinates', place, { polygon: p + 1, ring: 1 });
        featureOk = false;
        return;
      }
      polygonCount++;
      const closedRings: Position[][] = [];
      closedPolygons.push(closedRings);
      const ringNumbers: Array<[number, number]> = [];
      numbers.push(ringNumbers);
      polygon.forEach((ring: unknown, r) => {
        if (!featureOk) return;
        const where = { polygon: p + 1, ring: r + 1 };
        const scan = scanRing(ring, box);
        if (scan.kind === 'bad') {
          report('badCoordinates', place, where);
          featureOk = false;
          return;
        }
        if (scan.kind === 'outside') {
          featureOk = false;
          const [x, y] = scan.at;
          const at = { ...where, x: roundCoordinate(x), y: roundCoordinate(y) };
          if (Math.abs(x) > 1000 || Math.abs(y) > 1000) {
            if (!projectedSeen) report('projected', place, at);
            projectedSeen = true;
          } else if (Math.abs(y) > 90 && Math.abs(x) <= 90) report('swappedLngLat', place, at);
          else report('outOfRange', place, at);
          return;
        }
        let positions = ring as Position[];
        positionCount += positions.length;
        const first = positions[0];
        const last = positions[positions.length - 1];
        if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1])) {
          positions = [...positions, first];
          warn('ringClosed', place, { ...where, first: formatPosition(first), last: formatPosition(last) });
        }
        if (positions.length < 4) {
          // A ring of fewer than three corners encloses nothing: leave it out (an outer ring with its
          // polygon), and refuse the feature below only if nothing drawable is left.
          shortRings.push({ ...where, count: positions.length });
          if (r === 0) droppedPolygons.add(closedRings);
          return;
        }
        if (droppedPolygons.has(closedRings)) return;
        closedRings.push(positions);
        ringNumbers.push([p + 1, r + 1]);
      });
    });
    if (!featureOk) return;
    const kept = closedPolygons.filter((rings) => !droppedPolygons.has(rings));
    const keptNumbers = numbers.filter((_, p) => !droppedPolygons.has(closedPolygons[p]!));
    if (kept.length === 0) {
      for (const short of shortRings) report('tooFewPositions', place, short);
      return;
    }
    for (const short of shortRings) warn('ringDropped', place, short);
    checked.push({
      feature: raw as unknown as Feature,
      number,
      code,
      name_zh: nameOf(props, NAME_ZH, code),
      name_en: nameOf(props, NAME_EN, code),
      polygons: kept,
      ...(shortRings.length ? { ringNumbers: keptNumbers } : {}),
    });
  });
  if (issues.length) {
    if (more) notes.push({ code: 'moreProblems', params: { more } });
    return { ok: false, issues, notes };
  }
  const [west, south, east, north] = box;
  return {
    ok: true,
    warnings,
    checked: {
      key,
      keyDetected: requestedKey === null,
      features: checked,
      polygons: polygonCount,
      positions: positionCount,
      bounds: [
        [west, south],
        [east, north],
      ],
    },
    notes,
  };
}

type RingScan = { kind: 'ok' } | { kind: 'bad' } | { kind: 'outside'; at: [number, number] };

/**
 * One pass over a ring: every position two finite numbers, inside longitude/latitude (the first one outside is
 * named), and the box grown. An indexed loop with comparisons: a national file has a million positions, and
 * destructuring with Math.min/max per position was the larger part of the check (profile, issue 23).
 */
export function scanRing(ring: unknown, box: RingsBox): RingScan {
  if (!Array.isArray(ring)) return { kind: 'bad' };
  let outside: [number, number] | null = null;
  let [west, south, east, north] = box;
  for (let i = 0; i < ring.length; i++) {
    const p: unknown = ring[i];
    if (!Array.isArray(p) || p.length < 2) return { kind: 'bad' };
    const x: unknown = p[0];
    const y: unknown = p[1];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
      return { kind: 'bad' };
    if (outside) continue; // every position is still checked for numbers, as a bad one is named first
    if (x < -180 || x > 180 || y < -90 || y > 90) {
      outside = [x, y];
      continue;
    }
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  if (outside) return { kind: 'outside', at: outside };
  box[0] = west;
  box[1] = south;
  box[2] = east;
  box[3] = north;
  return { kind: 'ok' };
}

/** The first candidate property that every feature has, with a different value in each. */
export function detectKey(features: readonly unknown[]): string | null {
  const names = propertyNames(features[0]);
  const ordered = [...KEY_CANDIDATES.flatMap((c) => names.filter((n) => n.toLowerCase() === c)), ...names];
  for (const name of new Set(ordered)) {
    const values = new Set<string>();
    let usable = true;
    for (const f of features) {
      const props = isObject(f) && isObject(f['properties']) ? f['properties'] : {};
      const value = props[name];
      if (
        (typeof value !== 'string' && typeof value !== 'number') ||
        String(value).trim() === '' ||
        values.has(String(value).trim())
      ) {
        usable = false;
        break;
      }
      values.add(String(value).trim());
    }
    if (usable) return name;
  }
  return null;
}

function propertyNames(feature: unknown): string[] {
  return isObject(feature) && isObject(feature['properties']) ? Object.keys(feature['properties']) : [];
}

function nameOf(props: Record<string, unknown>, candidates: readonly string[], fallback: string): string {
  for (const candidate of candidates) {
    const name = Object.keys(props).find((k) => k.toLowerCase() === candidate);
    const value = name === undefined ? undefined : props[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return fallback;
}

function crsName(crs: unknown): string | null {
  if (!isObject(crs) || !isObject(crs['properties'])) return null;
  const name = crs['properties']['name'];
  return typeof name === 'string' ? name : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
