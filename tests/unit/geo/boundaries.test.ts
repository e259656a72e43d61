import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildBoundaries,
  serializeCollection,
  type BoundaryCollection,
  type BoundaryFeature,
  type BoundaryInputs,
} from '../../../geo/boundaries';
import { validatePolygons } from '../../../geo/clean';
import { PROVINCES_GZIP_BUDGET_BYTES, ZHEJIANG_CITIES_GZIP_BUDGET_BYTES, gzipBytes } from '../../../geo/budget';
import { GeoInputError } from '../../../geo/errors';
import { PROVINCE_NAMES, ZHEJIANG_CITY_NAMES } from '../../../geo/names';

const CHINA = 'node_modules/echarts/map/json/china.json';
const ZHEJIANG = 'node_modules/echarts/map/json/province/zhejiang.json';
const PROVINCES_FILE = 'public/geo/provinces.json';
const CITIES_FILE = 'public/geo/zhejiang-cities.json';

const readInputs = (): BoundaryInputs => ({
  provinces: { file: CHINA, json: JSON.parse(readFileSync(CHINA, 'utf8')) },
  cities: { file: ZHEJIANG, json: JSON.parse(readFileSync(ZHEJIANG, 'utf8')) },
});

/** Land areas from the Second National Land Survey (facts.md), km². */
const PUBLISHED_CITY_AREAS_KM2: Record<string, number> = {
  '330100': 16850.03,
  '330200': 9714.65,
  '330300': 12064.77,
  '330400': 4222.87,
  '330500': 5820.26,
  '330600': 8279.08,
  '330700': 10941.75,
  '330800': 8844.55,
  '330900': 1454.7,
  '331000': 10037.91,
  '331100': 17275.2,
};
const ZHEJIANG_PUBLISHED_KM2 = 105_500;
/**
 * Honest tolerances found: inland cities agree within 0.3 %; the coastal cities' outlines in the
 * source run across Hangzhou Bay, the Qiantang estuary and tidal flats, which adds up to 10 %
 * (Jiaxing +10.2 %, Zhoushan +8.1 %, Ningbo +6.0 %, Taizhou +3.3 %, Wenzhou +1.7 %).
 */
const INLAND_TOLERANCE = 0.01;
const COASTAL_TOLERANCE = 0.11;
const COASTAL_CITIES = new Set(['330200', '330300', '330400', '330900', '331000']);

const byCode = (collection: BoundaryCollection, code: string): BoundaryFeature => {
  const feature = collection.features.find((f) => f.properties.code === code);
  if (!feature) throw new Error(`no feature ${code}`);
  return feature;
};
const polygonsOf = (f: BoundaryFeature) =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;

let provinces: BoundaryCollection;
let cities: BoundaryCollection;

beforeAll(() => {
  const built = buildBoundaries(readInputs());
  provinces = built.provinces.collection;
  cities = built.cities.collection;
});

describe('feature sets', () => {
  it('has the 34 provinces and the 11 Zhejiang cities, sorted by code', () => {
    expect(provinces.features.map((f) => f.properties.code)).toEqual(PROVINCE_NAMES.map((r) => r.code).sort());
    expect(cities.features.map((f) => f.properties.code)).toEqual(ZHEJIANG_CITY_NAMES.map((r) => r.code));
  });

  it('gives every feature a numeric id and exactly the six properties', () => {
    for (const [collection, parent] of [
      [provinces, '100000'],
      [cities, '330000'],
    ] as const) {
      for (const feature of collection.features) {
        const p = feature.properties;
        expect(Object.keys(p)).toEqual(['code', 'name_zh', 'name_en', 'area_km2', 'label', 'parent']);
        expect(feature.id).toBe(Number(p.code));
        expect(p.parent).toBe(parent);
        expect(p.name_zh.length).toBeGreaterThan(0);
        expect(p.name_en).toMatch(/^[A-Z][A-Za-z ]+$/);
        expect(p.area_km2).toBe(Math.round(p.area_km2 * 10) / 10);
        expect(p.label.every((v) => Math.round(v * 1e4) / 1e4 === v)).toBe(true);
      }
    }
  });

  it('names the regions as the brief and the source do', () => {
    expect(byCode(cities, '330100').properties).toMatchObject({ name_zh: '杭州市', name_en: 'Hangzhou' });
    expect(byCode(provinces, '150000').properties.name_en).toBe('Inner Mongolia');
    expect(byCode(provinces, '610000').properties.name_en).toBe('Shaanxi');
    expect(byCode(provinces, '140000').properties.name_en).toBe('Shanxi');
    expect(byCode(provinces, '820000').properties.name_en).toBe('Macao');
  });
});

describe('geometry', () => {
  it('is valid RFC 7946 geometry: closed, counter-clockwise outer rings, no degenerate rings, in range', () => {
    for (const feature of [...provinces.features, ...cities.features]) {
      const ref = { file: 'output', code: feature.properties.code, name: feature.properties.name_zh };
      expect(() => validatePolygons(polygonsOf(feature), ref)).not.toThrow();
    }
  });

  it('puts every label point inside its shape', () => {
    for (const feature of [...provinces.features, ...cities.features]) {
      expect(booleanPointInPolygon(feature.properties.label, feature), feature.properties.name_en).toBe(true);
    }
  });

  it('keeps Zhoushan an archipelago: many islands, including Daishan and the Shengsi islands', () => {
    const zhoushan = byCode(cities, '330900');
    expect(zhoushan.geometry.type).toBe('MultiPolygon');
    expect(polygonsOf(zhoushan).length).toBeGreaterThan(50);
    for (const island of [
      [122.1, 30.05],
      [122.2, 30.26],
      [122.38, 29.9],
      [122.45, 30.72],
    ]) {
      expect(booleanPointInPolygon(island, zhoushan), `island at ${island.join(',')}`).toBe(true);
    }
  });

  it('keeps Hainan, Taiwan, Hong Kong and Macao', () => {
    expect(booleanPointInPolygon([109.8, 19.2], byCode(provinces, '460000'))).toBe(true);
    expect(booleanPointInPolygon([121.0, 23.8], byCode(provinces, '710000'))).toBe(true);
    expect(polygonsOf(byCode(provinces, '710000')).length).toBeGreaterThan(1);
    expect(booleanPointInPolygon([114.15, 22.4], byCode(provinces, '810000'))).toBe(true);
    expect(booleanPointInPolygon([113.55, 22.17], byCode(provinces, '820000'))).toBe(true);
  });

  it('keeps neighbours on one shared border (Hangzhou and Shaoxing share vertices)', () => {
    const vertices = (f: BoundaryFeature) =>
      new Set(
        polygonsOf(f)
          .flat(2)
          .map((p) => p.join(',')),
      );
    const shaoxing = vertices(byCode(cities, '330600'));
    const shared = [...vertices(byCode(cities, '330100'))].filter((k) => shaoxing.has(k));
    expect(shared.length).toBeGreaterThan(20);
  });
});

describe('areas against published figures', () => {
  it('puts Zhejiang within 2 % of 105,500 km²', () => {
    const area = byCode(provinces, '330000').properties.area_km2;
    expect(Math.abs(area / ZHEJIANG_PUBLISHED_KM2 - 1)).toBeLessThan(0.02);
  });

  it.each(Object.entries(PUBLISHED_CITY_AREAS_KM2))('city %s is close to its published area', (code, published) => {
    const area = byCode(cities, code).properties.area_km2;
    const tolerance = COASTAL_CITIES.has(code) ? COASTAL_TOLERANCE : INLAND_TOLERANCE;
    expect(Math.abs(area / published - 1)).toBeLessThan(tolerance);
  });

  it('adds the cities up to within 2 % of the province', () => {
    const sum = cities.features.reduce((total, f) => total + f.properties.area_km2, 0);
    expect(Math.abs(sum / 105_505.77 - 1)).toBeLessThan(0.02);
  });
});

describe('committed files', () => {
  const committed = (file: string): string => readFileSync(file, 'utf8');

  it('are what the build produces now (run `npm run geo` after changing geo/)', () => {
    expect(committed(PROVINCES_FILE)).toBe(serializeCollection(provinces));
    expect(committed(CITIES_FILE)).toBe(serializeCollection(cities));
  });

  it('fit the gzip byte budget', () => {
    expect(gzipBytes(committed(PROVINCES_FILE))).toBeLessThanOrEqual(PROVINCES_GZIP_BUDGET_BYTES);
    expect(gzipBytes(committed(CITIES_FILE))).toBeLessThanOrEqual(ZHEJIANG_CITIES_GZIP_BUDGET_BYTES);
  });

  it('are byte-identical when built twice', () => {
    const again = buildBoundaries(readInputs());
    expect(serializeCollection(again.provinces.collection)).toBe(serializeCollection(provinces));
    expect(serializeCollection(again.cities.collection)).toBe(serializeCollection(cities));
  });
});

describe('bad input', () => {
  const withCity = (change: (feature: Record<string, unknown>) => void): BoundaryInputs => {
    const inputs = readInputs();
    const features = (inputs.cities.json as { features: Array<Record<string, unknown>> }).features;
    change(features.find((f) => f.id === '330900') as Record<string, unknown>);
    return inputs;
  };

  it('names file, feature and problem for a non-polygon geometry', () => {
    const inputs = withCity((f) => {
      (f.geometry as Record<string, unknown>).type = 'LineString';
    });
    expect(() => buildBoundaries(inputs)).toThrow(GeoInputError);
    expect(() => buildBoundaries(inputs)).toThrow(
      `${ZHEJIANG}: feature 330900 舟山市: geometry type is "LineString"; expected Polygon or MultiPolygon`,
    );
  });

  it('names an unknown code and a name that does not match the table', () => {
    expect(() =>
      buildBoundaries(
        withCity((f) => {
          f.id = '339900';
        }),
      ),
    ).toThrow(`${ZHEJIANG}: feature 339900 舟山市: code is not one of the 11 regions in geo/names.ts`);
    expect(() =>
      buildBoundaries(
        withCity((f) => {
          (f.properties as Record<string, unknown>).name = '舟山';
        }),
      ),
    ).toThrow(`${ZHEJIANG}: feature 330900 舟山: source name differs from geo/names.ts, which expects 舟山市`);
  });

  it('names a missing region', () => {
    const inputs = readInputs();
    const json = inputs.cities.json as { features: Array<{ id: string }> };
    json.features = json.features.filter((f) => f.id !== '330900');
    expect(() => buildBoundaries(inputs)).toThrow(
      `${ZHEJIANG}: missing 1 expected feature(s): 330900 舟山市 (Zhoushan)`,
    );
  });
});
