import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ringSignedArea, type PolygonRings } from '../../../src/geometry/rings';
import {
  canonicalArc,
  findJunctions,
  simplifyArc,
  simplifySharedBorders,
  splitRingAtJunctions,
  withoutIslandsSmallerThan,
} from '../../../geo/simplify';
import { ringSelfIntersects } from '../../../src/geometry/crossing';

/** A wiggly line from (0, 0) to (0, 10) along x ≈ 0, shared by the two fixture features. */
const border: Position[] = Array.from({ length: 11 }, (_, i) => [i % 2 === 0 ? 0 : 0.01, i]);
/** Both counter-clockwise: the west feature goes up the border, the east feature comes down it. */
const west: PolygonRings = [[...border, [-5, 10], [-5, 0], [0, 0]]];
const east: PolygonRings = [[[0, 0], [5, 0], [5, 10], ...[...border].reverse()]];

const keys = (ring: Position[]): Set<string> => new Set(ring.map((p) => p.join(',')));

describe('findJunctions and splitRingAtJunctions', () => {
  it('finds the two ends of the shared border', () => {
    const junctions = findJunctions([west[0] as Position[], east[0] as Position[]]);
    expect([...junctions].sort()).toEqual(['0,0', '0,10']);
  });

  it('cuts a ring into arcs that start and end at junctions', () => {
    const junctions = findJunctions([west[0] as Position[], east[0] as Position[]]);
    const arcs = splitRingAtJunctions(east[0] as Position[], junctions);
    expect(arcs).toHaveLength(2);
    expect(arcs.map((arc) => [arc[0], arc[arc.length - 1]])).toEqual([
      [
        [0, 0],
        [0, 10],
      ],
      [
        [0, 10],
        [0, 0],
      ],
    ]);
  });

  it('gives an arc and its reverse the same canonical form', () => {
    expect(canonicalArc(border).coordinates).toEqual(canonicalArc([...border].reverse()).coordinates);
  });
});

describe('simplifySharedBorders', () => {
  it('simplifies a shared border identically on both sides', () => {
    const [westOut, eastOut] = simplifySharedBorders([[west], [east]], 0.05);
    const westBorder = [...keys(westOut?.[0]?.[0] ?? [])].filter((k) => k.startsWith('0,') || k.startsWith('0.01,'));
    const eastBorder = [...keys(eastOut?.[0]?.[0] ?? [])].filter((k) => k.startsWith('0,') || k.startsWith('0.01,'));
    expect(westBorder.sort()).toEqual(eastBorder.sort());
    expect(westBorder).toEqual(['0,0', '0,10']); // the 0.01° wiggles are below the tolerance
  });

  it('keeps a small island far below the tolerance as a ring instead of dropping it', () => {
    const islet: PolygonRings = [
      [
        [10, 10],
        [10.001, 10],
        [10.0012, 10.0008],
        [10.0005, 10.0011],
        [10, 10.0006],
        [10, 10],
      ],
    ];
    const [out] = simplifySharedBorders([[east, islet]], 0.5);
    const simplifiedIslet = out?.[1]?.[0] ?? [];
    expect(simplifiedIslet.length).toBeGreaterThanOrEqual(4);
    expect(ringSignedArea(simplifiedIslet)).toBeGreaterThan(0);
  });

  it('keeps a small loop hanging off a pinch vertex instead of leaving a repeated position', () => {
    const pinch: Position = [5, 5];
    const ring: Position[] = [[0, 0], [10, 0], [10, 10], pinch, [5.1, 5.3], [4.9, 5.3], pinch, [0, 10], [0, 0]];
    const out = simplifySharedBorders([[[ring]]], 1)[0]?.[0]?.[0] ?? [];
    expect(out.some((p, i) => i > 0 && p.join() === out[i - 1]?.join())).toBe(false);
    expect(out).toContainEqual([5.1, 5.3]);
  });

  it('lowers the tolerance for a ring that plain Douglas–Peucker would make self-intersecting', () => {
    const ring: Position[] = [
      [-5, -3],
      [-2, -10],
      [1, -1],
      [10, 0],
      [1, 1],
      [0, 1],
      [-1, 0],
      [-5, -3],
    ];
    expect(ringSelfIntersects(ring)).toBe(false);
    expect(ringSelfIntersects(simplifyArc(ring, 3))).toBe(true); // what a naive simplification does
    const out = simplifySharedBorders([[[ring]]], 3)[0]?.[0]?.[0] ?? [];
    expect(ringSelfIntersects(out)).toBe(false);
    expect(out.length).toBeLessThan(ring.length);
  });
});

describe('withoutIslandsSmallerThan', () => {
  it('leaves out islets under the threshold but never the largest polygon', () => {
    const big: PolygonRings = [
      [
        [120, 30],
        [121, 30],
        [121, 31],
        [120, 30],
      ],
    ];
    const islet: PolygonRings = [
      [
        [122, 30],
        [122.001, 30],
        [122, 30.001],
        [122, 30],
      ],
    ];
    const kept = withoutIslandsSmallerThan([big, islet], 0.5);
    expect(kept.polygons).toEqual([big]);
    expect(kept.dropped).toBe(1);
    expect(withoutIslandsSmallerThan([islet], 0.5).polygons).toEqual([islet]);
    expect(withoutIslandsSmallerThan([big, islet], 0).polygons).toHaveLength(2);
  });
});
