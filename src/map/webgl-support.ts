import type { WebglSupport } from '../state/renderer';
import { isSoftwareRenderer, webglRendererName } from './software-webgl';

/**
 * Whether the WebGL2 of a context made by `make` runs on a GPU, in software, or not at all; the context is given
 * back at once (browsers cap live contexts). Shared by the page's probe and its worker (webgl-probe.ts).
 */
export function webglSupportOf(make: () => WebGL2RenderingContext | null): WebglSupport {
  let gl: WebGL2RenderingContext | null = null;
  try {
    gl = make();
    if (!gl) return 'none';
    return isSoftwareRenderer(webglRendererName(gl)) ? 'software' : 'gpu';
  } catch {
    return 'none';
  } finally {
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
