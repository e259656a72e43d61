/**
 * Where to put a region's name: the pole of inaccessibility of its largest polygon, the inside
 * point farthest from any edge, found by Mapbox's polylabel. A centroid can fall outside a
 * crescent-shaped region or in the sea between islands; this cannot.
 */
import { area as turfArea } from '@turf/turf';
import type { Position } from 'geojson';
import polylabel from 'polylabel';
import { type PolygonRings, roundTo } from './rings';

/** Decimals of the label coordinates (≈ 11 m, finer than any label needs). */
export const LABEL_DECIMALS = 4;

/**
 * Pole of inaccessibility of one polygon (outer ring and holes), to `precisionDeg` degrees.
 * Longitude is shrunk by cos(latitude) first so that "farthest from an edge" is measured in roughly
 * equal units east-west and north-south (at 30° N a degree of longitude is 0.87 of one of latitude).
 */
export function poleOfInaccessibility(polygon: PolygonRings, precisionDeg: number): Position {
  // A loop, not Math.min(...lats): spreading a ring of thousands of positions is slow in Chromium.
  let [south, north] = [Infinity, -Infinity];
  for (const p of polygon[0] ?? []) {
    if ((p[1] as number) < south) south = p[1] as number;
    if ((p[1] as number) > north) north = p[1] as number;
  }
  const midLat = (south + north) / 2;
  const xScale = Math.cos((midLat * Math.PI) / 180);
  const plane = polygon.map((ring) => ring.map((p): [number, number] => [(p[0] as number) * xScale, p[1] as number]));
  const [x, y] = polylabel(plane, precisionDeg);
  return [x / xScale, y];
}

/** The polygon with the largest geodesic area (ties go to the first). */
export function largestPolygon(polygons: PolygonRings[]): PolygonRings {
  let best = polygons[0] ?? [];
  let bestArea = -1;
  for (const polygon of polygons) {
    const area = turfArea({ type: 'Polygon', coordinates: polygon });
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

/** Label point of a region: inside its largest polygon, rounded to LABEL_DECIMALS. */
export function labelPoint(polygons: PolygonRings[], precisionDeg: number): [number, number] {
  const [lng, lat] = poleOfInaccessibility(largestPolygon(polygons), precisionDeg);
  return [roundTo(lng as number, LABEL_DECIMALS), roundTo(lat as number, LABEL_DECIMALS)];
}
