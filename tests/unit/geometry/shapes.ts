import type { PolygonRings } from '../../../src/geometry/rings';

/**
 * A C open to the east, 10 × 10: its centroid and its box's centre (5, 5) are outside it, so a label put there
 * would stand in the gap. The label-point tests of polylabel's and the quick label's share it.
 */
export const C_SHAPE: PolygonRings = [
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
