import { describe, expect, it } from 'vitest';
import { ringsBox } from '../../../src/geometry/rings';

describe('ringsBox', () => {
  it('is the box around every position of every ring', () => {
    const square = [
      [120, 30],
      [121, 30],
      [121, 31],
      [120, 30],
    ];
    const far = [
      [118.5, 29.2],
      [119, 32.5],
      [118.5, 29.2],
    ];
    expect(ringsBox([square])).toEqual([120, 30, 121, 31]);
    expect(ringsBox([square, far])).toEqual([118.5, 29.2, 121, 32.5]);
  });

  it('of no position is an empty box (west past east), not a box at 0, 0', () => {
    const [west, south, east, north] = ringsBox([[]]);
    expect(west).toBeGreaterThan(east);
    expect(south).toBeGreaterThan(north);
  });
});
