import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint, largestPolygon, poleOfInaccessibility } from '../../../src/geometry/label';
import type { PolygonRings } from '../../../src/geometry/rings';
import { C_SHAPE } from './shapes';

describe('labelPoint', () => {
  it('puts the label inside a C shape whose centroid is outside', () => {
    const c = C_SHAPE;
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

/** Distance from a point to the nearest edge, in the same cos(latitude)-scaled plane the label search uses. */
function edgeDistance(polygon: PolygonRings, [lng, lat]: Position): number {
  const lats = (polygon[0] ?? []).map((p) => p[1] as number);
  const xScale = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = [(ring[i]![0] as number) * xScale, ring[i]![1] as number];
      const [bx, by] = [(ring[i + 1]![0] as number) * xScale, ring[i + 1]![1] as number];
      const [px, py] = [(lng as number) * xScale, lat as number];
      const [dx, dy] = [bx - ax, by - ay];
      const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
      best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py));
    }
  }
  return best;
}

describe('labelPoint on the built Zhejiang cities (polylabel against a brute-force search)', () => {
  const cities = JSON.parse(readFileSync('public/geo/zhejiang-cities.json', 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const PRECISION_DEG = 0.002;

  it.each(cities.features.map((f) => [f.properties?.['name_en'] as string, f] as const))(
    '%s: inside, and no sampled inside point is farther from the edges by more than the precision',
    (_name, feature) => {
      const polygons =
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      const largest = largestPolygon(polygons);
      const pole = poleOfInaccessibility(largest, PRECISION_DEG);
      expect(booleanPointInPolygon(pole, { type: 'Polygon', coordinates: largest })).toBe(true);
      const xs = (largest[0] ?? []).map((p) => p[0] as number);
      const ys = (largest[0] ?? []).map((p) => p[1] as number);
      const [west, east, south, north] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      let sampledBest = 0;
      const STEPS = 40;
      for (let i = 0; i <= STEPS; i++) {
        for (let j = 0; j <= STEPS; j++) {
          const p = [west + ((east - west) * i) / STEPS, south + ((north - south) * j) / STEPS];
          if (booleanPointInPolygon(p, { type: 'Polygon', coordinates: largest }))
            sampledBest = Math.max(sampledBest, edgeDistance(largest, p));
        }
      }
      expect(sampledBest).toBeGreaterThan(0);
      expect(edgeDistance(largest, pole)).toBeGreaterThanOrEqual(sampledBest - PRECISION_DEG);
    },
  );
});
