import type { RegionCollection } from '../data/boundaries';
import type { RegionInfo } from '../data/regions';

/**
 * Checked regions as the worker hands them to the page: the regions' properties (a few thousand small
 * objects, quick to copy) and the geometry once, as GeoJSON text in a transferable buffer, which the page
 * gives MapLibre as a blob: URL for MapLibre's own worker to parse. Copying the geometry as objects cost
 * twice (worker to page, page to MapLibre's worker): 3 to 4.5 s for the bench's 1.16 million positions.
 */
export interface RegionsForMap {
  regions: RegionInfo[];
  /** UTF-8 GeoJSON FeatureCollection with only `code` in each feature's properties (all the map's layers read). */
  drawable: ArrayBuffer;
}

export function packForMap(collection: RegionCollection): RegionsForMap {
  const features = collection.features.map((f) => ({
    type: 'Feature',
    properties: { code: f.properties.code },
    geometry: f.geometry,
  }));
  const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
  return { regions: collection.features.map((f) => f.properties), drawable: bytes.buffer as ArrayBuffer };
}
