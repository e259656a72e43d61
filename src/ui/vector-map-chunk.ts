type VectorMapModule = typeof import('./start-vector-map');

let chunk: Promise<VectorMapModule> | null = null;

/**
 * The vector map's chunk, imported once: every caller awaits the same promise. A second import() of a module that
 * has already run still resolves some tasks later; the page's first view awaited one after drawing its panels, and
 * the browser laid those out in a frame of their own while the map waited (about 100 ms in marks; map-ready 455 →
 * 412 ms in those marks, 434 → 408 in an A/B of 12 loads; issue 23).
 */
export function vectorMapCode(): Promise<VectorMapModule> {
  chunk ??= import('./start-vector-map');
  return chunk;
}
