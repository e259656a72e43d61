import type { MapGeoJSONFeature, Map as MaplibreMap, PointLike } from 'maplibre-gl';
import type { RegionInfo } from '../data/regions';
import type { MapLevel } from '../data/user-data';
import { CHINA_CODE } from '../data/figures';
import { CITY_LABEL_MIN_ZOOM, LAYER, SOURCE } from './style';

export interface Picked {
  region: RegionInfo;
  level: MapLevel;
}

/**
 * The region under a point, as the reader sees it: a loaded area when loaded boundaries are shown; else a city
 * where cities are shaded or named (city level, or zoomed in), else a province.
 */
export function pickRegion(
  map: MaplibreMap,
  point: PointLike,
  level: MapLevel,
  regions: ReadonlyMap<string, RegionInfo>,
  customRegions: ReadonlyMap<string, RegionInfo> | undefined,
): Picked | null {
  if (level === 'custom') {
    const feature = map.queryRenderedFeatures(point, { layers: [LAYER.customFill] })[0];
    const region = feature ? customRegions?.get(String(feature.properties['code'])) : undefined;
    return region ? { region, level: 'custom' } : null;
  }
  const useCities = level === 'city' || map.getZoom() >= CITY_LABEL_MIN_ZOOM;
  const layers = useCities ? [LAYER.cityFill, LAYER.provinceFill] : [LAYER.provinceFill];
  const features: MapGeoJSONFeature[] = map.queryRenderedFeatures(point, { layers });
  const feature = features[0];
  if (!feature) return null;
  const region = regions.get(String(feature.properties['code']));
  if (!region) return null;
  return { region, level: feature.layer.id === LAYER.cityFill ? 'city' : 'province' };
}

/** The source a region's feature is in: the loaded boundaries when they are shown, else provinces or cities. */
export function sourceOf(region: RegionInfo, level: MapLevel): string {
  if (level === 'custom') return SOURCE.custom;
  return region.parent === CHINA_CODE ? SOURCE.provinces : SOURCE.cities;
}
