import { type Later, whenIdle } from '../shared/when-idle.ts';

/** The `<meta>` by which the build names MapLibre's chunk (vite.config.ts, prefetchMaplibre). */
export const MAPLIBRE_CHUNK_META = 'maplibre-chunk';

/**
 * Fetches MapLibre's chunk into the HTTP cache, without compiling it, once the page is idle: `auto` shows the vector
 * map first and hands over to MapLibre only on a GPU's answer, at least 400 ms later (when-quiet.ts), when the
 * import then finds the code fetched. Not in the HTML: fetched beside the first view's files it took 50 ms from the
 * vector map's map-ready here (A/B, 9 alternating loads, 4 Dec 2026: 543 against 492 ms), where no MapLibre is
 * needed at all. MapLibre by name imports it at once (src/app.ts).
 */
export function prefetchMaplibre(doc: Document = document, later: Later = whenIdle): void {
  const href = doc.querySelector(`meta[name="${MAPLIBRE_CHUNK_META}"]`)?.getAttribute('content');
  if (!href) return;
  later(() => {
    if ([...doc.querySelectorAll('link[rel="prefetch"]')].some((link) => link.getAttribute('href') === href)) return;
    const link = doc.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    // As the import asks for it (a module script is fetched in CORS mode), so that it finds this copy in the cache.
    link.crossOrigin = 'anonymous';
    doc.head.append(link);
  });
}
