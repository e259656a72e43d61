import { describe, expect, it } from 'vitest';
import { outerBox } from '../../../src/byod/region-geometry';

describe('outerBox', () => {
  it("spans every polygon's outer ring and ignores holes", () => {
    const island = [
      [
        [120, 30],
        [121, 30],
        [121, 31],
        [120, 30],
      ],
    ];
    const withHole = [
      [
        [118, 28],
        [119, 28],
        [119, 29.5],
        [118, 28],
      ],
      // A hole outside its outline is not the box's business: only outer rings count.
      [
        [100, 10],
        [101, 10],
        [101, 11],
        [100, 10],
      ],
    ];
    expect(outerBox([island, withHole])).toEqual([118, 28, 121, 31]);
  });

  it('is empty (infinite bounds) for no polygons', () => {
    expect(outerBox([])).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
  });
});
