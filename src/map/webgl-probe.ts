import type { WebglSupport } from '../state/renderer';
import { isSoftwareRenderer, webglRendererName } from './software-webgl';

/**
 * Asks the browser, before any map starts, whether its WebGL2 runs on a GPU, in software, or not at all: a
 * 1×1 canvas's context names its rasteriser, then is given back at once (browsers cap live contexts). Measured
 * 3 Dec 2026 on SwiftShader: 30–80 ms, the first context of the page. `failIfMajorPerformanceCaveat` cannot
 * answer this: Chromium gives SwiftShader contexts with it set.
 */
export function probeWebgl(): WebglSupport {
  let gl: WebGL2RenderingContext | null = null;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    gl = canvas.getContext('webgl2');
    if (!gl) return 'none';
    return isSoftwareRenderer(webglRendererName(gl)) ? 'software' : 'gpu';
  } catch {
    return 'none';
  } finally {
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
