/**
 * Which map a page gets. `?renderer=` names it (parsed with the rest of the link in url-state.ts). `auto`
 * starts MapLibre where WebGL2 runs on a GPU, and the vector map (src/vector) where it runs in software or not
 * at all: there every pixel of every MapLibre frame is drawn by the CPU, and the vector map, which pans by
 * moving a picture it has already drawn, is the one that keeps up (BENCHMARKS.md measures both on such a
 * machine). app.ts also falls back to the vector map when MapLibre cannot start.
 */

export const RENDERERS = ['auto', 'maplibre', 'vector'] as const;
/** What the link asks for. */
export type RendererRequest = (typeof RENDERERS)[number];
/** The map actually started: MapLibre (WebGL) or the vector map (src/vector, drawn without WebGL). */
export type RendererChoice = Exclude<RendererRequest, 'auto'>;

/** What the browser says about its WebGL2, asked before any map starts (src/map/webgl-probe.ts). */
export type WebglSupport = 'gpu' | 'software' | 'none';

/** The map to start for what the link asks and what the browser's WebGL2 is. */
export function chooseRenderer(request: RendererRequest, webgl: () => WebglSupport): RendererChoice {
  if (request !== 'auto') return request;
  return webgl() === 'gpu' ? 'maplibre' : 'vector';
}

/**
 * Why the page shows the vector map: the link asked for it, `auto` chose it for a browser whose WebGL2 runs in
 * software (nothing to tell the reader: it is the faster map there) or is missing, or MapLibre failed to start.
 */
export type VectorMapReason = 'asked' | 'software' | 'no-webgl' | { failed: string };

/** Why the vector map was chosen before MapLibre was tried: asked for by name, or `auto`'s answer about WebGL2. */
export function vectorMapReason(webgl: WebglSupport | null): VectorMapReason {
  if (webgl === 'none') return 'no-webgl';
  return webgl === 'software' ? 'software' : 'asked';
}
