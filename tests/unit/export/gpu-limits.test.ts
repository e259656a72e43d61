// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { canvasLimits, queryGpuLimits } from '../../../src/export/gpu-limits';
import { CANVAS_2D_MAX_SIDE_PX, checkSize } from '../../../src/export/limits';

describe('canvasLimits', () => {
  it('leaves only the 2D canvas’s own limits, where the map itself needs WebGL2', () => {
    expect(document.createElement('canvas').getContext('webgl2')).toBeNull();
    const wanted = { widthPx: 3840, heightPx: 2160, pixelRatio: 2 };
    expect(() => queryGpuLimits(wanted)).toThrow('WebGL 2 is not available');
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext');
    const limits = canvasLimits(wanted);
    // No WebGL context is made to ask (seconds on SwiftShader): the canvas is kept on the CPU.
    expect(getContext).not.toHaveBeenCalled();
    getContext.mockRestore();
    expect(checkSize(wanted, limits).ok).toBe(true);
    const tooWide = checkSize({ widthPx: CANVAS_2D_MAX_SIDE_PX + 1, heightPx: 100 }, limits);
    expect(tooWide.ok).toBe(false);
  });
});
