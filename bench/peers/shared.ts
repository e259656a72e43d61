// What the peer pages share with the floor page: the app's two boundary files, the app's default view,
// and the readiness signal the benchmark waits for.

export interface Region {
  type: 'Feature';
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  properties: { code: string; label: [number, number]; name_en: string; name_zh: string };
}
export interface Regions {
  type: 'FeatureCollection';
  features: Region[];
}

/** The app's default view (Zhejiang), as MapLibre's centre and zoom (512 px tiles). */
export const ZHEJIANG_VIEW = { center: [120.1, 29.2] as [number, number], zoom: 6.9 };

/** China's provinces and Zhejiang's cities, exactly as the app loads them. */
export async function appBoundaries(): Promise<{ provinces: Regions; cities: Regions }> {
  const [provinces, cities] = (await Promise.all(
    ['provinces', 'zhejiang-cities'].map((name) => fetch(`../../app/geo/${name}.json`).then((r) => r.json())),
  )) as [Regions, Regions];
  return { provinces, cities };
}

/** A same-origin GeoJSON named by ?file= (the benchmark's districts), or null. */
export async function fileFromQuery(): Promise<Regions | null> {
  const file = new URLSearchParams(location.search).get('file');
  return file ? ((await fetch(file).then((r) => r.json())) as Regions) : null;
}

export function markReady(): void {
  performance.mark('map-ready');
  document.documentElement.dataset['mapState'] = 'ready';
}

/** Resolves after the browser has painted twice: what was drawn is on screen. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
