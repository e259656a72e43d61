/**
 * Which map a page gets. `?renderer=` names it (parsed with the rest of the link in url-state.ts). `auto`
 * starts MapLibre, tuned where WebGL runs in software (src/map/software-webgl.ts), and app.ts falls back to
 * the vector map where MapLibre cannot start (no WebGL2). MapLibre stays `auto`'s choice on software WebGL
 * because the vector map does not yet load the reader's files or export PNG (it plays the kiosk's tour)
 * (BENCHMARKS.md measures both maps on such a machine).
 */

export const RENDERERS = ['auto', 'maplibre', 'vector'] as const;
/** What the link asks for. */
export type RendererRequest = (typeof RENDERERS)[number];
/** The map actually started: MapLibre (WebGL) or the vector map (src/vector, drawn without WebGL). */
export type RendererChoice = Exclude<RendererRequest, 'auto'>;
