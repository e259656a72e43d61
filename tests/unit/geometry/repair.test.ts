import { area, booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { ringCrossing } from '../../../src/geometry/crossing';
import { labelPoint } from '../../../src/geometry/label';
import { repairSelfCrossings } from '../../../src/geometry/repair';
import type { PolygonRings } from '../../../src/geometry/rings';

const km2 = (polygons: PolygonRings[]) => area({ type: 'MultiPolygon', coordinates: polygons }) / 1e6;

describe('repairSelfCrossings', () => {
  it('splits a bow tie into its two triangles, so area and label come out right', () => {
    const bowtie: PolygonRings = [
      [
        [120, 30],
        [121, 31],
        [121, 30],
        [120, 31],
        [120, 30],
      ],
    ];
    // The twisted ring's two halves cancel: its shoelace area is about zero.
    expect(km2([bowtie])).toBeLessThan(1);
    const repair = repairSelfCrossings([bowtie]);
    if (!repair.ok) throw new Error(repair.reason);
    expect(repair.polygons).toHaveLength(2);
    for (const polygon of repair.polygons) for (const ring of polygon) expect(ringCrossing(ring)).toBeNull();
    const square = km2([
      [
        [
          [120, 30],
          [121, 30],
          [121, 31],
          [120, 31],
          [120, 30],
        ],
      ],
    ]);
    expect(km2(repair.polygons) / (square / 2)).toBeCloseTo(1, 2);
    const label = labelPoint(repair.polygons, 0.001);
    expect(booleanPointInPolygon(label, { type: 'MultiPolygon', coordinates: repair.polygons })).toBe(true);
  });

  it('turns a ring that loops back over itself into an outline with the loop as its own polygon or hole', () => {
    // A square whose east edge makes a loop that crosses back into the square.
    const looped: PolygonRings = [
      [
        [0, 0],
        [4, 0],
        [4, 2],
        [6, 3],
        [3, 3],
        [4, 1.5],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
    ];
    expect(ringCrossing(looped[0]!)).not.toBeNull();
    const repair = repairSelfCrossings([looped]);
    if (!repair.ok) throw new Error(repair.reason);
    for (const polygon of repair.polygons) for (const ring of polygon) expect(ringCrossing(ring)).toBeNull();
    expect(km2(repair.polygons)).toBeGreaterThan(0);
  });
});
