import type { GpuLimits } from './limits';

/**
 * The WebGL limits a snapshot of this size must fit, read from a throwaway context. The area cap
 * is not a GL constant: Chromium shrinks an oversized drawing buffer instead of failing (SwiftShader
 * grants about 5760 × 5760), so the probe asks for the size the snapshot needs, cut to the longest
 * side the GPU allows, and reads what it got. It never asks for more than the export itself would use.
 */
export function queryGpuLimits(wanted: { widthPx: number; heightPx: number }): GpuLimits {
  const limits = probeGpuLimits(wanted);
  if (!limits) throw new Error('WebGL 2 is not available, so the map cannot be drawn off-screen');
  return limits;
}

/**
 * What the vector page's PNG must fit: the 2D canvas's own limits (checkSize always applies them, limits.ts) and no
 * GPU's, as raster-snapshot.ts draws into a canvas kept on the CPU. No WebGL context is made to ask: on SwiftShader
 * that probe alone took 1.9 s of a 4K command-line PNG.
 */
export function canvasLimits(_wanted: { widthPx: number; heightPx: number }): GpuLimits {
  return {
    maxTextureSize: Number.POSITIVE_INFINITY,
    maxRenderbufferSize: Number.POSITIVE_INFINITY,
    maxViewportDims: [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
    maxDrawingBufferArea: Number.POSITIVE_INFINITY,
  };
}

function probeGpuLimits(wanted: { widthPx: number; heightPx: number }): GpuLimits | null {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const gl = canvas.getContext('webgl2', { antialias: false, depth: false, stencil: false });
  if (!gl) return null;
  try {
    const maxTextureSize = gl.getParameter(gl.MAX_TEXTURE_SIZE) as number;
    const maxRenderbufferSize = gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number;
    const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
    const side = Math.min(maxTextureSize, maxRenderbufferSize, viewport[0]!, viewport[1]!);
    const fit = Math.min(1, side / wanted.widthPx, side / wanted.heightPx);
    // Resizing an existing context clamps its buffer; creating one too large could fail outright.
    canvas.width = Math.max(1, Math.floor(wanted.widthPx * fit));
    canvas.height = Math.max(1, Math.floor(wanted.heightPx * fit));
    const granted = gl.drawingBufferWidth * gl.drawingBufferHeight;
    const maxDrawingBufferArea = granted < canvas.width * canvas.height ? granted : Number.POSITIVE_INFINITY;
    return { maxTextureSize, maxRenderbufferSize, maxViewportDims: [viewport[0]!, viewport[1]!], maxDrawingBufferArea };
  } finally {
    canvas.width = 1;
    canvas.height = 1;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
