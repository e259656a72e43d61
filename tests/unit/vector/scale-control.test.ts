import { describe, expect, it } from 'vitest';
import { metresPerCssPixel } from '../../../src/scene/scale-bar';
import { liveScaleBar, liveScaleLabel } from '../../../src/vector/scale-control';

describe('the live scale bar', () => {
  it('writes kilometres from 1 km up and metres below, as MapLibre, the unit held to its number', () => {
    expect(liveScaleLabel(50_000)).toBe('50\u00a0km');
    expect(liveScaleLabel(1000)).toBe('1\u00a0km');
    expect(liveScaleLabel(500)).toBe('500\u00a0m');
  });

  it('is the longest 1-2-3-5 distance that fits in 100 px at the map’s middle latitude', () => {
    // Zhejiang's view: zoom 5.85 at 29.2° N, about 1.18 km a pixel, so 118 km would fill 100 px: 100 km.
    const camera = { center: [120.44, 29.21] as [number, number], zoom: 5.85 };
    const bar = liveScaleBar(camera);
    expect(bar.metres).toBe(100_000);
    expect(bar.lengthPx).toBeCloseTo(100_000 / metresPerCssPixel(29.21, 5.85), 9);
    expect(bar.lengthPx).toBeLessThanOrEqual(100);
    expect(bar.lengthPx).toBeGreaterThan(50);
  });

  it('grows shorter in distance as the camera zooms in, and the same camera gives the same bar', () => {
    const far = liveScaleBar({ center: [120, 30], zoom: 4 });
    const near = liveScaleBar({ center: [120, 30], zoom: 9 });
    expect(near.metres).toBeLessThan(far.metres);
    expect(liveScaleBar({ center: [120, 30], zoom: 9 })).toEqual(near);
  });
});
