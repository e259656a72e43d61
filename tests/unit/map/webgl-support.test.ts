import { describe, expect, it } from 'vitest';
import { webglSupportOf } from '../../../src/map/webgl-support';

/** A stand-in for a WebGL2 context that names its rasteriser and records whether it was given back. */
function context(renderer: string | null) {
  const lost = { value: false };
  const info = { UNMASKED_RENDERER_WEBGL: 0x9246 };
  const gl = {
    getExtension: (name: string) => {
      if (name === 'WEBGL_debug_renderer_info') return renderer === null ? null : info;
      if (name === 'WEBGL_lose_context') return { loseContext: () => (lost.value = true) };
      return null;
    },
    getParameter: () => renderer,
  };
  return { gl: gl as unknown as WebGL2RenderingContext, lost };
}

describe('webglSupportOf', () => {
  it('says software for SwiftShader and llvmpipe, gpu for a GPU, and gives each context back', () => {
    for (const [name, support] of [
      ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)', 'software'],
      ['llvmpipe (LLVM 15.0.6, 256 bits)', 'software'],
      ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'gpu'],
    ] as const) {
      const { gl, lost } = context(name);
      expect(webglSupportOf(() => gl)).toBe(support);
      expect(lost.value).toBe(true);
    }
  });

  it('says gpu where the rasteriser is not named (no debug info), none where there is no WebGL2', () => {
    expect(webglSupportOf(() => context(null).gl)).toBe('gpu');
    expect(webglSupportOf(() => null)).toBe('none');
    expect(
      webglSupportOf(() => {
        throw new Error('context creation failed');
      }),
    ).toBe('none');
  });
});
