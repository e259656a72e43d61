/**
 * The boundary pipeline as one pure function: parsed source JSON in, FeatureCollections out.
 * decode → check codes and names → clean → area → round → simplify shared borders → validate → label.
 * `geo/build.ts` reads and writes the files; tests call `buildBoundaries` directly.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { area as turfArea, booleanPointInPolygon } from '@turf/turf';
import { decodeEchartsGeoJson, featureIdentity } from './decode';
import { GeoInputError, failFeature, type FeatureRef } from './errors';
import { cleanGeometry, repairRings, rewindPolygons, roundPolygons, toGeometry, validatePolygons } from './clean';
import { labelPoint } from '../src/geometry/label';
import { type PolygonRings, roundTo } from '../src/geometry/rings';
import { simplifySharedBorders, withoutIslandsSmallerThan } from './simplify';
import type { RegionInfo } from '../src/data/regions';
import { COUNTRY_CODE, PROVINCE_NAMES, ZHEJIANG_CITY_NAMES, ZHEJIANG_CODE, type RegionName } from './names';

/** The properties the build writes are exactly what the app reads: one type for both sides of the file. */
export type BoundaryProperties = RegionInfo;

export type BoundaryGeometry = Polygon | MultiPolygon;
export type BoundaryFeature = Feature<BoundaryGeometry, BoundaryProperties> & { id: number };
export interface BoundaryCollection extends FeatureCollection<BoundaryGeometry, BoundaryProperties> {
  features: BoundaryFeature[];
}

/** How one output file is made: which regions it must hold and how far to generalise them. */
export interface LayerSpec {
  regions: readonly RegionName[];
  parent: string;
  /** Coordinate decimals in the output: 2 ≈ 1.1 km, 3 ≈ 110 m. */
  decimals: number;
  /** Douglas–Peucker tolerance in degrees. */
  toleranceDeg: number;
  /** Islands below this area are left out to fit the byte budget (0 keeps every polygon). */
  minIslandAreaKm2: number;
  /** How close to the true pole of inaccessibility the label search goes, in degrees. */
  labelPrecisionDeg: number;
}

/*
 * Tolerances are in degrees. MapLibre draws 512-px tiles, so one pixel spans 360 / (512 · 2^zoom)
 * degrees of longitude: 0.088° at zoom 3, 0.044° at zoom 4, 0.0078° at zoom 6.5, 0.0014° at zoom 9.
 * The values were chosen to fit the gzip budgets in geo/budget.ts; geo/README.md has the trade-offs.
 */

/** China at zoom 3–4: a 0.06° tolerance moves outlines by at most about 1.4 px at zoom 4. */
export const PROVINCES_LAYER: LayerSpec = {
  regions: PROVINCE_NAMES,
  parent: COUNTRY_CODE,
  decimals: 2,
  toleranceDeg: 0.06,
  minIslandAreaKm2: 0,
  labelPrecisionDeg: 0.01,
};

/**
 * Zhejiang's cities at zoom 6.5–9: a 0.01° tolerance is about 1.3 px at zoom 6.5 and 7 px at
 * zoom 9. Keeping all 505 source polygons would spend the whole budget on islets, so islands
 * under 0.5 km² (about 2 px² at zoom 7) are left out; every larger island stays.
 */
export const ZHEJIANG_CITIES_LAYER: LayerSpec = {
  regions: ZHEJIANG_CITY_NAMES,
  parent: ZHEJIANG_CODE,
  decimals: 3,
  toleranceDeg: 0.01,
  minIslandAreaKm2: 0.5,
  labelPrecisionDeg: 0.001,
};

export interface SourceFile {
  /** Path shown in messages, e.g. node_modules/echarts/map/json/china.json. */
  file: string;
  /** The parsed JSON of that file. */
  json: unknown;
}

export interface BoundaryInputs {
  provinces: SourceFile;
  cities: SourceFile;
}

export interface BuiltLayer {
  collection: BoundaryCollection;
  /** What was repaired or left out on the way, one line per feature and kind, for the build log. */
  notes: string[];
}

const SQUARE_METRES_PER_KM2 = 1e6;
const ADMIN_CODE = /^\d{6}$/;

/** Finds each source feature's row in the names table; any unknown, repeated or missing region is an error. */
function matchRegions(
  names: Array<{ code: string; name: string }>,
  file: string,
  regions: readonly RegionName[],
): RegionName[] {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const seen = new Set<string>();
  const matched = names.map(({ code, name }) => {
    const ref = { file, code, name };
    if (!ADMIN_CODE.test(code)) failFeature(ref, 'id is not a six-digit administrative code');
    const region = byCode.get(code);
    if (region === undefined) failFeature(ref, `code is not one of the ${regions.length} regions in geo/names.ts`);
    if (region.name_zh !== name)
      failFeature(ref, `source name differs from geo/names.ts, which expects ${region.name_zh}`);
    if (seen.has(code)) failFeature(ref, 'appears more than once');
    seen.add(code);
    return region;
  });
  const missing = regions.filter((region) => !seen.has(region.code));
  if (missing.length > 0) {
    const list = missing.map((r) => `${r.code} ${r.name_zh} (${r.name_en})`).join(', ');
    throw new GeoInputError(file, `missing ${missing.length} expected feature(s): ${list}`);
  }
  return matched;
}

function areaKm2(polygons: PolygonRings[]): number {
  return roundTo(turfArea(toGeometry(polygons)) / SQUARE_METRES_PER_KM2, 1);
}

/** Builds one output FeatureCollection from one source file. */
export function buildLayer(source: SourceFile, spec: LayerSpec): BuiltLayer {
  const decoded = decodeEchartsGeoJson(source.json, source.file);
  const identities = decoded.features.map((feature, index) => featureIdentity(feature, index));
  const regions = matchRegions(identities, source.file, spec.regions);
  const notes: string[] = [];
  const noteAll = (ref: FeatureRef, lines: string[], prefix = ''): void => {
    for (const line of lines) notes.push(`${ref.file}: feature ${ref.code} ${ref.name}: ${prefix}${line}`);
  };

  const prepared = decoded.features.map((feature, i) => {
    const region = regions[i] as RegionName;
    const ref: FeatureRef = { file: source.file, code: region.code, name: region.name_zh };
    const cleaned = cleanGeometry(feature.geometry, ref);
    noteAll(ref, cleaned.notes);
    // Area from the full-precision geometry: rounding and simplifying only lose accuracy.
    const area = areaKm2(cleaned.polygons);
    const rounded = repairRings(roundPolygons(cleaned.polygons, spec.decimals), ref);
    noteAll(ref, rounded.notes, `at ${spec.decimals} decimals, `);
    const kept = withoutIslandsSmallerThan(rounded.polygons, spec.minIslandAreaKm2);
    if (kept.dropped > 0) {
      noteAll(ref, [
        `left out ${kept.dropped} of ${rounded.polygons.length} polygons under ${spec.minIslandAreaKm2} km² (${kept.droppedKm2.toFixed(1)} km² together)`,
      ]);
    }
    return { region, ref, area, polygons: kept.polygons };
  });

  const simplified = simplifySharedBorders(
    prepared.map((p) => p.polygons),
    spec.toleranceDeg,
  );

  const features = prepared.map(({ region, ref, area }, i): BoundaryFeature => {
    const polygons = rewindPolygons(simplified[i] as PolygonRings[]);
    validatePolygons(polygons, ref);
    const geometry = toGeometry(polygons);
    const label = labelPoint(polygons, spec.labelPrecisionDeg);
    if (!booleanPointInPolygon(label, geometry))
      failFeature(ref, `label point ${JSON.stringify(label)} is outside the shape`);
    return {
      type: 'Feature',
      id: Number(region.code),
      properties: {
        code: region.code,
        name_zh: region.name_zh,
        name_en: region.name_en,
        area_km2: area,
        label,
        parent: spec.parent,
      },
      geometry,
    };
  });
  features.sort((a, b) => a.id - b.id);
  return { collection: { type: 'FeatureCollection', features }, notes };
}

export function buildBoundaries(inputs: BoundaryInputs): { provinces: BuiltLayer; cities: BuiltLayer } {
  return {
    provinces: buildLayer(inputs.provinces, PROVINCES_LAYER),
    cities: buildLayer(inputs.cities, ZHEJIANG_CITIES_LAYER),
  };
}

/** Spells every feature out with a fixed key order, one feature per line, so diffs stay readable. */
function serializeFeature(feature: BoundaryFeature): string {
  const p = feature.properties;
  return JSON.stringify({
    type: 'Feature',
    id: feature.id,
    properties: {
      code: p.code,
      name_zh: p.name_zh,
      name_en: p.name_en,
      area_km2: p.area_km2,
      label: p.label,
      parent: p.parent,
    },
    geometry: { type: feature.geometry.type, coordinates: feature.geometry.coordinates },
  });
}

/** The exact text written to public/geo: the same input always gives the same bytes. */
export function serializeCollection(collection: BoundaryCollection): string {
  return `{"type":"FeatureCollection","features":[\n${collection.features.map(serializeFeature).join(',\n')}\n]}\n`;
}
