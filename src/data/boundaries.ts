import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { RegionInfo } from './regions';
import { ringsBox } from '../geometry/rings';

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
  // The outer rings' box, by the one loop the boundary worker uses too (src/geometry/rings.ts).
  const [west, south, east, north] = ringsBox(polygons.map((polygon) => polygon[0] ?? []));
  return [
    [west, south],
    [east, north],
  ];
}
