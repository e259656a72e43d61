import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { PolygonRings } from '../../../geo/clean';
import { labelPoint, largestPolygon, poleOfInaccessibility } from '../../../geo/label';

describe('labelPoint', () => {
  it('puts the label inside a C shape whose centroid is outside', () => {
    const c: PolygonRings = [
      [
        [0, 0],
        [10, 0],
        [10, 2],
        [2, 2],
        [2, 8],
        [10, 8],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
    ];
    const label = labelPoint([c], 0.01);
    expect(booleanPointInPolygon(label, { type: 'Polygon', coordinates: c })).toBe(true);
    expect(booleanPointInPolygon([5, 5], { type: 'Polygon', coordinates: c })).toBe(false);
  });

  it('finds the centre of a square and rounds to 4 decimals', () => {
    const square: PolygonRings = [
      [
        [120, 30],
        [121, 30],
        [121, 31],
        [120, 31],
        [120, 30],
      ],
    ];
    const [lng, lat] = poleOfInaccessibility(square, 0.0001);
    expect(lng).toBeCloseTo(120.5, 3);
    expect(lat).toBeCloseTo(30.5, 3);
    const label = labelPoint([square], 0.001);
    expect(label.every((v) => Math.round(v * 1e4) / 1e4 === v)).toBe(true);
  });

  it('uses the largest part of a MultiPolygon', () => {
    const small: PolygonRings = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ];
    const large: PolygonRings = [
      [
        [10, 10],
        [20, 10],
        [20, 20],
        [10, 20],
        [10, 10],
      ],
    ];
    expect(largestPolygon([small, large])).toBe(large);
    const label = labelPoint([small, large], 0.01);
    expect(booleanPointInPolygon(label, { type: 'Polygon', coordinates: large })).toBe(true);
  });

  it('avoids a hole', () => {
    const withHole: PolygonRings = [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      [
        [3, 3],
        [3, 7],
        [7, 7],
        [7, 3],
        [3, 3],
      ],
    ];
    const label = labelPoint([withHole], 0.01);
    expect(booleanPointInPolygon(label, { type: 'Polygon', coordinates: withHole })).toBe(true);
  });
});
