import type { RegionCollection } from './boundaries';

const REQUIRED_PROPERTIES = ['code', 'name_zh', 'name_en', 'area_km2', 'label', 'parent'] as const;

/** Checks that a parsed file is the boundary collection the build produces; the message names the file and feature. */
export function checkRegionCollection(file: string, data: unknown): RegionCollection {
  const collection = data as Partial<RegionCollection> | null;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error(`${file}: expected a GeoJSON FeatureCollection`);
  }
  collection.features.forEach((feature, index) => {
    const props = (feature?.properties ?? {}) as unknown as Record<string, unknown>;
    const missing = REQUIRED_PROPERTIES.filter((p) => props[p] === undefined);
    if (missing.length)
      throw new Error(
        `${file}: feature ${index + 1} (${String(props['code'] ?? 'no code')}) lacks ${missing.join(', ')}`,
      );
    const type = feature.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon')
      throw new Error(
        `${file}: feature ${String(props['code'])} is a ${String(type)}, expected a Polygon or MultiPolygon`,
      );
  });
  return collection as RegionCollection;
}

export async function fetchRegionCollection(url: string): Promise<RegionCollection> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: the server answered ${response.status} ${response.statusText}`);
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    throw new Error(`${url}: not valid JSON (${(error as Error).message})`);
  }
  return checkRegionCollection(url, data);
}
