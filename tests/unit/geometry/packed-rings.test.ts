import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featureContaining, featureCount, packedBuffers, packRings } from '../../../src/geometry/packed-rings';

const square = (x: number, y: number, size: number): number[][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
// A square with a square hole, and a two-part area: one square beside it, one far away.
const holed: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] };
const parts: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(10, 0, 5)], [square(50, 50, 1)]] };

describe('packRings', () => {
  const packed = packRings([holed, parts]);

  it('keeps every position in order, with where each ring and each feature starts', () => {
    expect(featureCount(packed)).toBe(2);
    expect([...packed.ringStarts]).toEqual([0, 5, 10, 15, 20]);
    expect([...packed.featureRings]).toEqual([0, 2, 4]);
    expect([...packed.coordinates.slice(0, 4)]).toEqual([0, 0, 10, 0]);
    expect([...packed.coordinates.slice(-2)]).toEqual([50, 50]);
  });

  it("gives each feature's box (west, south, east, north)", () => {
    expect([...packed.boxes]).toEqual([0, 0, 10, 10, 10, 0, 51, 51]);
  });

  it('has one buffer per array to transfer', () => {
    expect(packedBuffers(packed)).toHaveLength(4);
  });

  it('finds the feature under a point, with holes outside and every part of a feature inside', () => {
    expect(featureContaining(packed, [1, 1])).toBe(0);
    expect(featureContaining(packed, [5, 5])).toBe(-1);
    expect(featureContaining(packed, [12, 2])).toBe(1);
    expect(featureContaining(packed, [50.5, 50.5])).toBe(1);
    expect(featureContaining(packed, [30, 30])).toBe(-1);
  });

  it('gives the top (last drawn) feature where two overlap', () => {
    const overlapping = packRings([{ type: 'Polygon', coordinates: [square(0, 0, 4)] }, holed]);
    expect(featureContaining(overlapping, [1, 1])).toBe(1);
    expect(featureContaining(overlapping, [-1, -1])).toBe(-1);
  });
});
