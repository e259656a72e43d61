import type { RegionCollection } from '../data/boundaries';
import type { RegionInfo } from '../data/regions';
import { packRings, packedBuffers, type PackedRings } from '../geometry/packed-rings';
import type { LoadedShapesForm } from '../map/surface';

/**
 * Checked regions as the worker hands them to the page: the regions' properties (a few thousand small
 * objects, quick to copy) and the geometry once, in transferable buffers, in the form the map draws:
 * GeoJSON text for MapLibre (the page gives it a blob: URL for MapLibre's own worker to parse), or packed
 * typed arrays for the vector map (no text to write or parse at all). Copying the geometry as objects cost
 * twice (worker to page, page to MapLibre's worker): 3 to 4.5 s for the bench's 1.16 million positions.
 */
export interface RegionsForMap {
  regions: RegionInfo[];
  shapes: ShapesForMap;
}

export type ShapesForMap =
  /** UTF-8 GeoJSON FeatureCollection with only `code` in each feature's properties (all the map's layers read). */
  { kind: 'geojson'; text: ArrayBuffer } | { kind: 'packed'; rings: PackedRings };

export function packForMap(collection: RegionCollection, form: LoadedShapesForm): RegionsForMap {
  const regions = collection.features.map((f) => f.properties);
  if (form === 'packed')
    return { regions, shapes: { kind: 'packed', rings: packRings(collection.features.map((f) => f.geometry)) } };
  const features = collection.features.map((f) => ({
    type: 'Feature',
    properties: { code: f.properties.code },
    geometry: f.geometry,
  }));
  const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
  return { regions, shapes: { kind: 'geojson', text: bytes.buffer as ArrayBuffer } };
}

/** The buffers postMessage moves to the page instead of copying. */
export function transferablesOf(shapes: ShapesForMap): ArrayBuffer[] {
  return shapes.kind === 'geojson' ? [shapes.text] : packedBuffers(shapes.rings);
}
