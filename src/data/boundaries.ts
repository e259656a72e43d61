import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { RegionInfo } from './regions';

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionInfo>;
export type RegionCollection = FeatureCollection<Polygon | MultiPolygon, RegionInfo>;

export function regionsOf(collection: RegionCollection): RegionInfo[] {
  return collection.features.map((f) => f.properties);
}

export function areaLookup(...collections: RegionCollection[]): (code: string) => number | undefined {
  const areas = new Map<string, number>();
  for (const c of collections) for (const f of c.features) areas.set(f.properties.code, f.properties.area_km2);
  return (code) => areas.get(code);
}

export type Bounds = [[number, number], [number, number]];

/** The bounding box of a feature's outer rings. */
export function featureBounds(feature: Feature<Polygon | MultiPolygon>): Bounds {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [lng, lat] of polygon[0] ?? []) {
      west = Math.min(west, lng!);
      east = Math.max(east, lng!);
      south = Math.min(south, lat!);
      north = Math.max(north, lat!);
    }
  }
  return [
    [west, south],
    [east, north],
  ];
}
