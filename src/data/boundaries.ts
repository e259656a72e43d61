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
  // Indexed loops, not destructuring: the page's first view runs this cold over every position, where an iterator
  // and two variables per position cost several milliseconds (issue 23).
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    for (let i = 0; i < ring.length; i++) {
      const position = ring[i]!;
      const lng = position[0]!;
      const lat = position[1]!;
      if (lng < west) west = lng;
      if (lng > east) east = lng;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
  }
  return [
    [west, south],
    [east, north],
  ];
}
