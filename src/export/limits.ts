import type { SnapshotSize } from './presets';

/** What the browser's WebGL can draw into, as src/export/gpu-limits.ts reads it. */
export interface GpuLimits {
  maxTextureSize: number;
  maxRenderbufferSize: number;
  maxViewportDims: readonly [number, number];
  /**
   * Drawing buffers are also capped by area (SwiftShader: about 5760 × 5760); measured, not a GL
   * constant, and Infinity when the probe was granted all it asked for.
   */
  maxDrawingBufferArea: number;
}

// Chromium's limits for a 2D canvas, which holds the composed page.
export const CANVAS_2D_MAX_SIDE_PX = 32_767;
export const CANVAS_2D_MAX_AREA_PX = 268_435_456;

// Below this the title, legend and map no longer fit beside each other.
export const MIN_SIDE_CSS_PX = 200;
// Above this a request is a typo, not a page: the GPU check then names the size that works.
export const MAX_SIDE_CSS_PX = 100_000;
export const MIN_PIXEL_RATIO = 0.5;
export const MAX_PIXEL_RATIO = 8;

export type SizeField = 'width' | 'height' | 'pixelRatio';

export interface SizeProblem {
  field: SizeField;
  min: number;
  max: number;
  /** Whether only whole numbers are accepted. */
  whole: boolean;
  value: string;
}

/** Width and height in whole CSS pixels and a pixel ratio, as typed in a form or on a command line. */
export function checkCssSize(width: string, height: string, pixelRatio: string): SizeProblem[] {
  const problems: SizeProblem[] = [];
  for (const [field, raw] of [
    ['width', width],
    ['height', height],
  ] as const) {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(n) || n < MIN_SIDE_CSS_PX || n > MAX_SIDE_CSS_PX)
      problems.push({ field, min: MIN_SIDE_CSS_PX, max: MAX_SIDE_CSS_PX, whole: true, value: raw });
  }
  const r = Number(pixelRatio);
  if (pixelRatio.trim() === '' || !Number.isFinite(r) || r < MIN_PIXEL_RATIO || r > MAX_PIXEL_RATIO)
    problems.push({ field: 'pixelRatio', min: MIN_PIXEL_RATIO, max: MAX_PIXEL_RATIO, whole: false, value: pixelRatio });
  return problems;
}

/** The longest side a WebGL drawing buffer can have on this GPU. */
export function maxSidePx(limits: GpuLimits): number {
  return Math.min(
    limits.maxTextureSize,
    limits.maxRenderbufferSize,
    limits.maxViewportDims[0],
    limits.maxViewportDims[1],
    CANVAS_2D_MAX_SIDE_PX,
  );
}

export function maxAreaPx(limits: GpuLimits): number {
  return Math.min(limits.maxDrawingBufferArea, CANVAS_2D_MAX_AREA_PX);
}

export type SizeCheck =
  | { ok: true }
  | {
      ok: false;
      /** Which limit was passed: a side longer than the GPU draws, or more pixels than it holds. */
      limit: 'side' | 'area';
      maxSidePx: number;
      maxAreaPx: number;
      /** The largest size of the same shape that works. */
      largest: { widthPx: number; heightPx: number };
    };

/**
 * Whether the page fits the GPU. The map is drawn at the page's full width and at less than its
 * height, so a page that fits has a map that fits.
 */
export function checkSize(size: Pick<SnapshotSize, 'widthPx' | 'heightPx'>, limits: GpuLimits): SizeCheck {
  const side = maxSidePx(limits);
  const area = maxAreaPx(limits);
  const { widthPx: w, heightPx: h } = size;
  if (w <= side && h <= side && w * h <= area) return { ok: true };
  return {
    ok: false,
    limit: w > side || h > side ? 'side' : 'area',
    maxSidePx: side,
    maxAreaPx: area,
    largest: largestSize(w, h, limits),
  };
}

/** Scales a size down, keeping its shape, until it fits every limit. */
export function largestSize(
  widthPx: number,
  heightPx: number,
  limits: GpuLimits,
): { widthPx: number; heightPx: number } {
  const side = maxSidePx(limits);
  const area = maxAreaPx(limits);
  const scale = Math.min(1, side / widthPx, side / heightPx, Math.sqrt(area / (widthPx * heightPx)));
  let w = Math.max(1, Math.floor(widthPx * scale));
  let h = Math.max(1, Math.floor(heightPx * scale));
  // Flooring both sides keeps the area under the cap; this guards the last pixel of rounding.
  while (w * h > area) {
    if (w >= h) w--;
    else h--;
  }
  return { widthPx: w, heightPx: h };
}
