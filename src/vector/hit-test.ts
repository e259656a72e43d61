import type { RegionCollection, RegionFeature } from '../data/boundaries';
import type { RegionInfo } from '../data/regions';
import { CITY_LABEL_MIN_ZOOM } from '../scene/labels';
import type { Boundaries, Choropleth } from '../scale/choropleth';

/** The first feature whose polygons contain the point (even-odd over every ring, so holes are outside). */
export function featureAt(collection: RegionCollection, [lng, lat]: readonly [number, number]): RegionFeature | null {
  for (const feature of collection.features) {
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    let inside = false;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i] as [number, number];
          const [xj, yj] = ring[j] as [number, number];
          if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
        }
      }
    }
    if (inside) return feature;
  }
  return null;
}

/** The built-in region under a point: a city where MapLibre would pick one (city level, or zoomed in), else a province. */
export function builtInRegionAt(
  { provinces, cities }: Boundaries,
  level: Choropleth['level'],
  zoom: number,
  lngLat: readonly [number, number],
): RegionInfo | null {
  const useCities = level === 'city' || zoom >= CITY_LABEL_MIN_ZOOM;
  return ((useCities ? featureAt(cities, lngLat) : null) ?? featureAt(provinces, lngLat))?.properties ?? null;
}
