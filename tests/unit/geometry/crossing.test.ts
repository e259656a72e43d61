import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { random } from '../../fixtures/random';
import {
  firstCrossing,
  gridCrossing,
  properCrossing,
  ringCrossing,
  segmentsIntersect,
  sweepCrossing,
} from '../../../src/geometry/crossing';
import type { Ring } from '../../../src/geometry/rings';

const closed = (positions: Position[]): Ring => [...positions, positions[0]!];

/** Every pair of non-neighbouring edges compared: the answer the quick searches must agree with. */
function bruteForceCrosses(rings: Ring[], touches: boolean): boolean {
  const edges = rings.flatMap((ring, r) => ring.slice(0, -1).map((_, i) => ({ r, i })));
  const onInside = (p: Position, q: Position, s: Position) =>
    segmentsIntersect(q, s, p, p) && !(p[0] === q[0] && p[1] === q[1]) && !(p[0] === s[0] && p[1] === s[1]);
  for (let m = 0; m < edges.length; m++)
    for (let n = m + 1; n < edges.length; n++) {
      const { r: ra, i } = edges[m]!;
      const { r: rb, i: j } = edges[n]!;
      const count = rings[ra]!.length - 1;
      if (ra === rb && (Math.abs(i - j) <= 1 || Math.abs(i - j) === count - 1)) continue;
      const [a, b, c, d] = [rings[ra]![i]!, rings[ra]![i + 1]!, rings[rb]![j]!, rings[rb]![j + 1]!];
      if (properCrossing(a, b, c, d)) return true;
      if (touches && (onInside(c, a, b) || onInside(d, a, b) || onInside(a, c, d) || onInside(b, c, d))) return true;
    }
  return false;
}

/** The crossing a search reports is one: its two edges really cross (or touch) there. */
function expectReal(rings: Ring[], found: NonNullable<ReturnType<typeof sweepCrossing>>): void {
  const edge = ({ ring, edge }: { ring: number; edge: number }) => [rings[ring]![edge]!, rings[ring]![edge + 1]!];
  const [a, b] = edge(found.a);
  const [c, d] = edge(found.b);
  expect(segmentsIntersect(a!, b!, c!, d!)).toBe(true);
}

describe('gridCrossing and sweepCrossing', () => {
  it('agree with comparing every pair of edges, on random rings with and without crossings', () => {
    const next = random(23);
    let crossed = 0;
    for (let trial = 0; trial < 300; trial++) {
      const n = 3 + Math.floor(next() * 30);
      // Half star-shaped (simple), half random points (nearly always crossing), on a coarse lattice so that
      // positions on other edges and collinear overlaps happen too.
      const star = trial % 2 === 0;
      const positions: Position[] = Array.from({ length: n }, (_, k) => {
        if (!star) return [Math.round(next() * 8), Math.round(next() * 8)];
        const angle = (k / n) * 2 * Math.PI;
        const radius = 2 + next() * 6;
        return [Math.round(radius * Math.cos(angle) * 4) / 4, Math.round(radius * Math.sin(angle) * 4) / 4];
      });
      const rings = [closed(positions)];
      for (const touches of [false, true]) {
        const expected = bruteForceCrosses(rings, touches);
        // However many cells the edges fill: the grid itself is under test, not its fallback.
        const grid = gridCrossing(rings, touches, Infinity);
        const sweep = sweepCrossing(rings, touches);
        expect(grid).not.toBe('too dense');
        expect(grid !== null, `trial ${trial}, touches ${touches}`).toBe(expected);
        expect(sweep !== null, `trial ${trial}, touches ${touches}`).toBe(expected);
        if (grid && grid !== 'too dense') expectReal(rings, grid);
        if (sweep) expectReal(rings, sweep);
        if (expected) crossed++;
      }
    }
    expect(crossed).toBeGreaterThan(100);
  });

  it('find crossings between two rings, and leave the sweep to rings of a few long edges', () => {
    const square = closed([
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
    ]);
    const overlapping = closed([
      [2, 2],
      [6, 2],
      [6, 6],
      [2, 6],
    ]);
    const apart = overlapping.map(([x, y]) => [x! + 10, y!]);
    expect(firstCrossing([square, overlapping])).not.toBeNull();
    expect(firstCrossing([square, apart])).toBeNull();
    // Diagonals over a wide box: each edge's box covers most of the grid.
    const fan = closed(Array.from({ length: 40 }, (_, k) => (k % 2 ? [k, 0] : [39 - k, 40])));
    expect(gridCrossing([fan], false)).toBe('too dense');
    expect(firstCrossing([fan])).not.toBeNull();
  });
});

describe('ringCrossing', () => {
  it('accepts a pinch (a ring touching itself at a shared vertex) and finds a bow tie', () => {
    const pinched = closed([
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
      [1, 1],
    ]);
    expect(ringCrossing(pinched)).toBeNull();
    const bowtie = closed([
      [0, 0],
      [2, 2],
      [2, 0],
      [0, 2],
    ]);
    expect(ringCrossing(bowtie)).toEqual([1, 1]);
  });

  it('on a ring of 200,000 positions, finds nothing on the simple outline and the one twist put in it', () => {
    const n = 200_000;
    const next = random(7);
    // A wobbly circle: simple, with edges as short and even as a real boundary's.
    const outline: Position[] = Array.from({ length: n }, (_, k) => {
      const angle = (k / n) * 2 * Math.PI;
      const radius = 10 + 0.001 * Math.sin(k / 7) + next() * 1e-5;
      return [120 + radius * Math.cos(angle), 30 + radius * Math.sin(angle)];
    });
    expect(ringCrossing(closed(outline))).toBeNull();
    // Two neighbouring positions swapped far along the ring make edges k-1..k+2 cross: a bow tie.
    const k = 123_457;
    const twisted = [...outline];
    [twisted[k], twisted[k + 1]] = [twisted[k + 1]!, twisted[k]!];
    const at = ringCrossing(closed(twisted));
    expect(at).not.toBeNull();
    expect(Math.hypot(at![0] - outline[k]![0]!, at![1] - outline[k]![1]!)).toBeLessThan(1e-3);
  });

  it('finds the crossing of every twisted district of the Wenzhou fixture, as comparing every pair does', () => {
    const source = JSON.parse(
      readFileSync('tests/fixtures/echarts-china-cities/wenzhou-districts.geojson', 'utf8'),
    ) as { features: Feature<Polygon | MultiPolygon>[] };
    let twisted = 0;
    for (const feature of source.features) {
      const polygons =
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const ring of polygons.flat()) {
        const expected = bruteForceCrosses([ring], false);
        expect(ringCrossing(ring) !== null).toBe(expected);
        if (expected) twisted++;
      }
    }
    expect(twisted).toBeGreaterThan(0);
  });
});
