import { describe, expect, it } from 'vitest';
import type { Bounds } from '../../../src/data/boundaries';
import { adaptCamera, framePadding } from '../../../src/export/frame';

describe('snapshot framing', () => {
  const live = { center: { lng: 120, lat: 29 }, zoom: 6, bearing: 10, pitch: 0, width: 1000, height: 600 };
  it('keeps the live view in the picture on a page of another size and shape', () => {
    expect(adaptCamera(live, 2000, 1200)).toEqual({ center: live.center, zoom: 7, bearing: 10, pitch: 0 });
    // Wider but not taller: the height decides, the sides show more.
    expect(adaptCamera(live, 3000, 600).zoom).toBe(6);
    expect(adaptCamera(live, 500, 600).zoom).toBe(5);
  });
  it('fits a view beside the legend on a wide page and above it on a tall one', () => {
    const zhejiang: Bounds = [
      [118, 27],
      [123, 31.2],
    ];
    const legend = { width: 260, height: 200 };
    expect(framePadding(zhejiang, 1600, 700, 24, legend)).toEqual({ top: 24, right: 24, bottom: 24, left: 284 });
    expect(framePadding(zhejiang, 700, 1400, 24, legend)).toEqual({ top: 24, right: 24, bottom: 224, left: 24 });
  });
  it('never gives the legend more than half the map', () => {
    const padding = framePadding(
      [
        [73, 17],
        [135, 54],
      ],
      300,
      300,
      24,
      { width: 400, height: 400 },
    );
    expect(Math.max(padding.left, padding.bottom)).toBeLessThanOrEqual(150);
  });
});
