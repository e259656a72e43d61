import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { quickLabelPoint } from '../../../src/geometry/quick-label';
import type { PolygonRings } from '../../../src/geometry/rings';
import { C_SHAPE } from './shapes';

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('quickLabelPoint', () => {
  it('puts the label in the widest span at mid-latitude of a C shape, whose centroid and box centre are outside', () => {
    const c = C_SHAPE;
    expect(quickLabelPoint([c])).toEqual([1, 5]);
    expect(booleanPointInPolygon(quickLabelPoint([c]), { type: 'Polygon', coordinates: c })).toBe(true);
  });

  it('takes the largest polygon and keeps out of its hole', () => {
    const withHole: PolygonRings = [square(0, 0, 10), square(2, 2, 6)];
    const islet: PolygonRings = [square(20, 0, 1)];
    const [x, y] = quickLabelPoint([islet, withHole]);
    expect(y).toBe(5);
    expect(x === 1 || x === 9).toBe(true);
  });

  it('falls inside one lobe of a ring that crosses itself (filled even-odd, as the maps draw it before repair)', () => {
    const bowtie: PolygonRings = [
      [
        [120.3, 30],
        [120.5, 30.2],
        [120.5, 30],
        [120.3, 30.2],
        [120.3, 30],
      ],
    ];
    expect(quickLabelPoint([bowtie])).toEqual([120.35, 30.1]);
  });

  it('gives the first position for a ring with no height, and [0, 0] for no polygon', () => {
    const flat: PolygonRings = [
      [
        [1, 2],
        [3, 2],
        [5, 2],
        [1, 2],
      ],
    ];
    expect(quickLabelPoint([flat])).toEqual([1, 2]);
    expect(quickLabelPoint([])).toEqual([0, 0]);
  });

  it('is inside every real district of the Wenzhou fixture', () => {
    const file = JSON.parse(
      readFileSync('tests/fixtures/echarts-china-cities/wenzhou-districts.geojson', 'utf8'),
    ) as FeatureCollection<Polygon | MultiPolygon>;
    for (const f of file.features) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      expect(booleanPointInPolygon(quickLabelPoint(polygons), f)).toBe(true);
    }
  });
});
