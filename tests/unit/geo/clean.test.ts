import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cleanGeometry, repairRings, roundPolygons, validatePolygons } from '../../../geo/clean';
import { isDegenerateRing, ringSignedArea, withoutConsecutiveDuplicates } from '../../../src/geometry/rings';
import { GeoInputError } from '../../../geo/errors';

const REF = { file: 'fixture.json', code: '330900', name: '舟山市' };
const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const clockwise = (ring: Position[]): Position[] => [...ring].reverse();

describe('repairRings', () => {
  it('closes an unclosed ring and says so', () => {
    const open = square(120, 30, 1).slice(0, -1);
    const { polygons, notes } = repairRings([[open]], REF);
    expect(polygons[0]?.[0]).toEqual(square(120, 30, 1));
    expect(notes).toContain('closed 1 unclosed ring');
  });

  it('removes repeated consecutive positions', () => {
    expect(
      withoutConsecutiveDuplicates([
        [0, 0],
        [1, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
  });

  it('drops a there-and-back ring (the islets ECharts stores as three points) but keeps the rest', () => {
    const spike = [
      [121.93, 29.73],
      [121.95, 29.74],
      [121.93, 29.73],
    ];
    const { polygons, notes } = repairRings([[square(120, 30, 1)], [spike]], REF);
    expect(polygons).toHaveLength(1);
    expect(notes).toContain('dropped 1 zero-area polygon');
  });

  it('drops a collinear ring and a degenerate hole', () => {
    const line = [
      [0, 0],
      [1, 1],
      [2, 2],
      [0, 0],
    ];
    expect(isDegenerateRing(line)).toBe(true);
    const { polygons, notes } = repairRings([[square(0, 0, 10), line]], REF);
    expect(polygons).toEqual([[square(0, 0, 10)]]);
    expect(notes).toContain('dropped 1 zero-area hole');
  });

  it('keeps a tiny but real island (one 1/1024° triangle)', () => {
    const step = 1 / 1024;
    const islet = [
      [122, 30],
      [122 + step, 30],
      [122, 30 + step],
      [122, 30],
    ];
    expect(repairRings([[square(120, 30, 1)], [islet]], REF).polygons).toHaveLength(2);
  });

  it('reports a feature with nothing left, naming file and feature', () => {
    expect(() =>
      repairRings(
        [
          [
            [
              [0, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
        REF,
      ),
    ).toThrow('fixture.json: feature 330900 舟山市: no polygon with a non-zero area is left after cleaning');
  });
});

describe('cleanGeometry', () => {
  it('rewinds to RFC 7946: outer counter-clockwise, holes clockwise', () => {
    const outer = clockwise(square(0, 0, 10));
    const hole = square(2, 2, 2); // counter-clockwise: wrong for a hole
    const { polygons } = cleanGeometry({ type: 'Polygon', coordinates: [outer, hole] }, REF);
    expect(ringSignedArea(polygons[0]?.[0] ?? [])).toBeGreaterThan(0);
    expect(ringSignedArea(polygons[0]?.[1] ?? [])).toBeLessThan(0);
    expect(() => validatePolygons(polygons, REF)).not.toThrow();
  });

  it('throws on out-of-range coordinates, naming file, feature and the coordinate', () => {
    const geometry: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [120, 30],
          [200, 30],
          [120, 31],
          [120, 30],
        ],
      ],
    };
    expect(() => cleanGeometry(geometry, REF)).toThrow(GeoInputError);
    expect(() => cleanGeometry(geometry, REF)).toThrow(
      'fixture.json: feature 330900 舟山市: polygon 0 ring 0 has coordinate [200,30]; expected lng -180..180 and lat -90..90',
    );
  });

  it('throws on latitude beyond the pole and on non-numbers', () => {
    expect(() =>
      cleanGeometry(
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 95],
              [1, 0],
              [0, 0],
            ],
          ],
        },
        REF,
      ),
    ).toThrow(/\[1,95\]/);
    const notANumber = [
      [
        [0, 0],
        [1, Number.NaN],
        [1, 0],
        [0, 0],
      ],
    ];
    expect(() => cleanGeometry({ type: 'Polygon', coordinates: notANumber }, REF)).toThrow(
      /feature 330900 舟山市: polygon 0 ring 0/,
    );
  });

  it('throws on a non-polygon geometry, naming the feature', () => {
    expect(() =>
      cleanGeometry(
        {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
        REF,
      ),
    ).toThrow('fixture.json: feature 330900 舟山市: geometry is LineString; expected Polygon or MultiPolygon');
    expect(() => cleanGeometry(null, REF)).toThrow(/feature 330900 舟山市: geometry is no geometry/);
  });
});

describe('validatePolygons', () => {
  it('reports wrong winding, open rings and short rings with file and feature', () => {
    expect(() => validatePolygons([[clockwise(square(0, 0, 1))]], REF)).toThrow(
      'fixture.json: feature 330900 舟山市: polygon 0 ring 0 (outer) is clockwise; RFC 7946 wants counter-clockwise',
    );
    expect(() => validatePolygons([[square(0, 0, 1).slice(0, -1)]], REF)).toThrow(/is not closed/);
    expect(() =>
      validatePolygons(
        [
          [
            [
              [0, 0],
              [1, 0],
              [0, 0],
            ],
          ],
        ],
        REF,
      ),
    ).toThrow(/has 3 positions; expected at least 4/);
    expect(() =>
      validatePolygons(
        [
          [
            [
              [0, 0],
              [1, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
        REF,
      ),
    ).toThrow('fixture.json: feature 330900 舟山市: polygon 0 ring 0 repeats position [1,0] at index 2');
  });
});

describe('roundPolygons', () => {
  it('quantises to fixed decimals without producing -0', () => {
    expect(
      roundPolygons(
        [
          [
            [
              [120.12345, -0.0001],
              [1.0006, 2.9994],
            ],
          ],
        ],
        3,
      ),
    ).toEqual([
      [
        [
          [120.123, 0],
          [1.001, 2.999],
        ],
      ],
    ]);
    expect(Object.is(roundPolygons([[[[-0.0001, 0]]]], 3)[0]?.[0]?.[0]?.[0], -0)).toBe(false);
  });
});
