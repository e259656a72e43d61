import { area as turfArea, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { labelPoint } from '../geometry/label';
import { quickLabelPoint } from '../geometry/quick-label';
import { ringsBox, type RingsBox } from '../geometry/rings';
import type { RegionCollection, RegionFeature } from '../data/boundaries';
import type { CheckedBoundaries } from './check-boundaries';

/** Loaded boundaries take this `parent`, so that nothing confuses them with the built-in regions. */
export const CUSTOM_PARENT = 'custom';

const M2_PER_KM2 = 1_000_000;

/**
 * How a label point is found: 'inside' is the pole of inaccessibility of the largest polygon, as geo/ computes
 * it for the built-in files (turf's pointOnFeature if that ever falls outside); 'quick' is one pass
 * (src/geometry/quick-label.ts), for the first drawing while the check goes on.
 */
export type LabelPlacement = 'inside' | 'quick';

/**
 * Checked features as the map's regions: the same properties as the built-in boundary files,
 * with a geodesic area (turf, about 30 ms for China's districts) and a label point.
 */
export function toRegionCollection(
  checked: CheckedBoundaries,
  progress: (fraction: number) => void = () => {},
  labels: LabelPlacement = 'inside',
): RegionCollection {
  const step = Math.max(1, Math.ceil(checked.features.length / 100));
  const features: RegionFeature[] = checked.features.map((f, index) => {
    if (index % step === 0) progress(index / checked.features.length);
    const geometry: Polygon | MultiPolygon =
      f.polygons.length === 1
        ? { type: 'Polygon', coordinates: f.polygons[0]! }
        : { type: 'MultiPolygon', coordinates: f.polygons };
    const areaKm2 = Math.round((turfArea(geometry) / M2_PER_KM2) * 1000) / 1000;
    return {
      type: 'Feature',
      geometry,
      properties: {
        code: f.code,
        name_zh: f.name_zh,
        name_en: f.name_en,
        area_km2: areaKm2,
        label: labels === 'quick' ? quickLabelPoint(f.polygons) : insideLabel(f.polygons, geometry),
        parent: CUSTOM_PARENT,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

function insideLabel(polygons: Position[][][], geometry: Polygon | MultiPolygon): [number, number] {
  const [west, south, east, north] = outerBox(polygons);
  const size = Math.min(east - west, north - south);
  // A hundredth of the shape is finer than any label needs and keeps thousands of features quick.
  const label = labelPoint(polygons, Math.max(size / 100, 1e-7));
  if (booleanPointInPolygon(label, geometry)) return label;
  const [lng, lat] = pointOnFeature(geometry).geometry.coordinates;
  return [lng!, lat!];
}

/** West, south, east, north of the polygons' outer rings. */
export function outerBox(polygons: readonly Position[][][]): RingsBox {
  return ringsBox(polygons.map((polygon) => polygon[0] ?? []));
}
