import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeEchartsGeoJson, decodeRing, featureIdentity, zigZagToInteger } from '../../../geo/decode';
import { GeoInputError } from '../../../geo/errors';

const require = createRequire(import.meta.url);
const CHINA = 'node_modules/echarts/map/json/china.json';
const ZHEJIANG = 'node_modules/echarts/map/json/province/zhejiang.json';
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** ECharts' own decoder, which decodes the parsed file in place. */
function decodeWithEcharts(file: string): { features: Array<{ id: string; geometry: { coordinates: unknown } }> } {
  const parseGeoJson = require('echarts/lib/coord/geo/parseGeoJson.js') as (json: unknown) => unknown;
  const json = readJson(file) as { features: Array<{ id: string; geometry: { coordinates: unknown } }> };
  parseGeoJson(json);
  return json;
}

describe('zigZagToInteger', () => {
  it('maps 0, 1, 2, 3, 4 to 0, -1, 1, -2, 2', () => {
    expect([0, 1, 2, 3, 4].map(zigZagToInteger)).toEqual([0, -1, 1, -2, 2]);
  });
});

describe('decodeRing', () => {
  it('decodes a hand-encoded square of one 1/1024° step', () => {
    // '@' = 64 → step 0, 'B' = 66 → +1, 'A' = 65 → -1; the first pair steps from the offset.
    const ring = decodeRing('@@B@@BA@@A', [120 * 1024, 30 * 1024], 1024);
    const step = 1 / 1024;
    expect(ring).toEqual([
      [120, 30],
      [120 + step, 30],
      [120 + step, 30 + step],
      [120, 30 + step],
      [120, 30],
    ]);
  });

  it('rejects an odd number of characters', () => {
    expect(() => decodeRing('@@B', [0, 0], 1024)).toThrow(/odd number of characters/);
  });
});

describe('decodeEchartsGeoJson on the real files', () => {
  it('gives Macao the vertices ECharts draws (first vertex = encodeOffsets / 1024)', () => {
    const macao = decodeEchartsGeoJson(readJson(CHINA), CHINA).features.find((f) => f.id === '820000');
    expect(macao?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [113.5537109375, 22.1083984375],
          [113.5322265625, 22.17578125],
          [113.5498046875, 22.21484375],
          [113.6044921875, 22.1337890625],
          [113.5537109375, 22.1083984375],
        ],
      ],
    });
    expect(116279 / 1024).toBe(113.5537109375);
  });

  it.each([CHINA, ZHEJIANG])('matches echarts parseGeoJson coordinate for coordinate in %s', (file) => {
    const ours = decodeEchartsGeoJson(readJson(file), file).features;
    const theirs = decodeWithEcharts(file).features;
    expect(ours.map((f) => f.id)).toEqual(theirs.map((f) => f.id));
    ours.forEach((feature, i) => {
      expect(feature.geometry.coordinates).toEqual(theirs[i]?.geometry.coordinates);
    });
  });

  it('does not modify the parsed input', () => {
    const json = readJson(ZHEJIANG);
    const before = JSON.stringify(json);
    decodeEchartsGeoJson(json, ZHEJIANG);
    expect(JSON.stringify(json)).toBe(before);
  });

  it('keeps the 6-digit codes and names: 34 provinces, 11 Zhejiang cities', () => {
    const provinces = decodeEchartsGeoJson(readJson(CHINA), CHINA).features;
    const cities = decodeEchartsGeoJson(readJson(ZHEJIANG), ZHEJIANG).features;
    expect(provinces).toHaveLength(34);
    expect(cities).toHaveLength(11);
    expect(provinces.every((f) => /^\d{6}$/.test(String(f.id)))).toBe(true);
    expect(featureIdentity(cities[0], 0)).toEqual({ code: '330100', name: '杭州市' });
  });
});

describe('decodeEchartsGeoJson errors name the file and the feature', () => {
  const encoded = (geometry: unknown): unknown => ({
    type: 'FeatureCollection',
    UTF8Encoding: true,
    features: [{ type: 'Feature', id: '330900', properties: { name: '舟山市' }, geometry }],
  });

  it('rejects a non-polygon geometry', () => {
    const json = encoded({ type: 'LineString', coordinates: ['@@B@'], encodeOffsets: [[0, 0]] });
    expect(() => decodeEchartsGeoJson(json, 'fixture.json')).toThrow(
      'fixture.json: feature 330900 舟山市: geometry type is "LineString"; expected Polygon or MultiPolygon',
    );
  });

  it('rejects rings without offsets', () => {
    const json = encoded({ type: 'MultiPolygon', coordinates: [['@@B@@BA@@A']], encodeOffsets: [] });
    expect(() => decodeEchartsGeoJson(json, 'fixture.json')).toThrow(GeoInputError);
    expect(() => decodeEchartsGeoJson(json, 'fixture.json')).toThrow(
      /fixture.json: feature 330900 舟山市: 1 polygons but 0 encodeOffsets/,
    );
  });

  it('rejects something that is not a FeatureCollection', () => {
    expect(() => decodeEchartsGeoJson({ type: 'Feature' }, 'fixture.json')).toThrow(
      'fixture.json: expected a GeoJSON FeatureCollection with a features array',
    );
  });

  it('passes plain (unencoded) GeoJSON polygons through', () => {
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const json = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 1, properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }],
    };
    expect(decodeEchartsGeoJson(json, 'plain.json').features[0]?.geometry.coordinates).toEqual([ring]);
  });
});
