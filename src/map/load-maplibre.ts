import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** MapLibre's module, imported dynamically: the first paint (src/vector) is drawn before it is even parsed. */
export type Maplibre = typeof import('maplibre-gl');

/** Imports MapLibre and starts its worker; the app calls it first thing, so both load while the boundaries arrive. */
export async function loadMaplibre(): Promise<Maplibre> {
  const maplibre = await import('maplibre-gl');
  maplibre.setWorkerUrl(workerUrl);
  maplibre.prewarm();
  return maplibre;
}
