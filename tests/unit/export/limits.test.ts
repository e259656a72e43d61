import { describe, expect, it } from 'vitest';
import { checkCssSize, checkSize, largestSize, maxSidePx, type GpuLimits } from '../../../src/export/limits';

// What SwiftShader in this machine's Chromium reports: 8192 everywhere, buffers capped at 5760².
const SWIFTSHADER: GpuLimits = {
  maxTextureSize: 8192,
  maxRenderbufferSize: 8192,
  maxViewportDims: [8192, 8192],
  maxDrawingBufferArea: 5760 * 5760,
};
const SMALL_GPU: GpuLimits = {
  maxTextureSize: 16384,
  maxRenderbufferSize: 4096,
  maxViewportDims: [16384, 8192],
  maxDrawingBufferArea: 1e9,
};

describe('size limits', () => {
  it('takes the smallest of texture, renderbuffer and viewport limits as the longest side', () => {
    expect(maxSidePx(SWIFTSHADER)).toBe(8192);
    expect(maxSidePx(SMALL_GPU)).toBe(4096);
  });
  it('accepts the presets on this machine', () => {
    for (const [w, h] of [
      [3840, 2160],
      [3508, 2480],
      [4961, 3508],
      [3508, 4961],
    ] as const)
      expect(checkSize({ widthPx: w, heightPx: h }, SWIFTSHADER)).toEqual({ ok: true });
  });
  it('names the limit and the largest size of the same shape that works', () => {
    const check = checkSize({ widthPx: 20_000, heightPx: 20_000 }, SWIFTSHADER);
    expect(check).toMatchObject({
      ok: false,
      limit: 'side',
      maxSidePx: 8192,
      largest: { widthPx: 5760, heightPx: 5760 },
    });
    const wide = checkSize({ widthPx: 8000, heightPx: 4500 }, SWIFTSHADER);
    expect(wide).toMatchObject({ ok: false, limit: 'area' });
    if (!wide.ok) {
      expect(wide.largest.widthPx * wide.largest.heightPx).toBeLessThanOrEqual(5760 * 5760);
      expect(wide.largest.widthPx / wide.largest.heightPx).toBeCloseTo(8000 / 4500, 2);
      expect(checkSize(wide.largest, SWIFTSHADER)).toEqual({ ok: true });
    }
    expect(largestSize(10_000, 2_000, SMALL_GPU)).toEqual({ widthPx: 4096, heightPx: 819 });
  });
  it('checks typed sizes field by field, saying what each accepts', () => {
    expect(checkCssSize('1920', '1080', '2')).toEqual([]);
    expect(checkCssSize('abc', '1080.5', '9')).toEqual([
      { field: 'width', min: 200, max: 100_000, whole: true, value: 'abc' },
      { field: 'height', min: 200, max: 100_000, whole: true, value: '1080.5' },
      { field: 'pixelRatio', min: 0.5, max: 8, whole: false, value: '9' },
    ]);
    expect(checkCssSize('', '199', '')).toHaveLength(3);
  });
});

describe('size limits without a measured area cap', () => {
  it('scales by the longest side alone when the probe got all it asked for', () => {
    const generous: GpuLimits = {
      maxTextureSize: 8192,
      maxRenderbufferSize: 8192,
      maxViewportDims: [8192, 8192],
      maxDrawingBufferArea: Number.POSITIVE_INFINITY,
    };
    expect(checkSize({ widthPx: 8192, heightPx: 8192 }, generous)).toEqual({ ok: true });
    expect(checkSize({ widthPx: 16384, heightPx: 9216 }, generous)).toMatchObject({
      ok: false,
      limit: 'side',
      largest: { widthPx: 8192, heightPx: 4608 },
    });
  });
});
