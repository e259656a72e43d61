import type { Bounds } from '../data/boundaries';

/**
 * Web Mercator with MapLibre's arithmetic: a world of 512 × 2^zoom CSS pixels, the camera's centre in
 * the middle of the viewport, no pitch, no bearing. The vector map and MapLibre agree to a fraction of a pixel
 * because both fit a view's bounds the same way (see fitBounds).
 */
export const TILE_SIZE_PX = 512;
const MAX_LATITUDE = 85.051129;

export interface Camera {
  /** Longitude, latitude of the viewport's centre. */
  center: [number, number];
  zoom: number;
  width: number;
  height: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** 0 at 180° W, 1 at 180° E. */
export function mercatorX(lng: number): number {
  return (180 + lng) / 360;
}

/** 0 at the northern edge of the world (85.05° N), 1 at the southern. */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
}

export function lngFromMercatorX(x: number): number {
  return x * 360 - 180;
}

export function latFromMercatorY(y: number): number {
  const y2 = 180 - y * 360;
  return (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90;
}

export function worldSizePx(zoom: number): number {
  return TILE_SIZE_PX * 2 ** zoom;
}

/** A point's position in CSS pixels from the viewport's top left corner, as MapLibre's `map.project()` gives it. */
export function project(camera: Camera, position: readonly [number, number] | number[]): [number, number] {
  return projector(camera)(position);
}

/**
 * `project` for many positions at one camera, with the camera's own terms worked out once: drawing projects
 * every position of the boundaries, and working them out per position took three logarithms and tangents where
 * one does. The arithmetic of `project` before it was written on this (4 Dec 2026), in the same order: the drawn
 * SVG stayed byte-identical.
 */
export function projector(camera: Camera): (position: readonly number[]) => [number, number] {
  const world = worldSizePx(camera.zoom);
  const [centreX, centreY] = [mercatorX(camera.center[0]), mercatorY(camera.center[1])];
  const [halfWidth, halfHeight] = [camera.width / 2, camera.height / 2];
  return (position) => [
    (mercatorX(position[0]!) - centreX) * world + halfWidth,
    (mercatorY(position[1]!) - centreY) * world + halfHeight,
  ];
}

/** The longitude and latitude under a pixel, as MapLibre's `map.unproject()` gives it. */
export function unproject(camera: Camera, [x, y]: readonly [number, number]): [number, number] {
  const world = worldSizePx(camera.zoom);
  return [
    lngFromMercatorX(mercatorX(camera.center[0]) + (x - camera.width / 2) / world),
    latFromMercatorY(mercatorY(camera.center[1]) + (y - camera.height / 2) / world),
  ];
}

export interface ZoomLimits {
  minZoom: number;
  maxZoom: number;
}

export function uniformPadding(px: number): Padding {
  return { top: px, right: px, bottom: px, left: px };
}

/**
 * The camera MapLibre's `fitBounds(bounds, { padding })` chooses for a viewport (camera_helper.ts
 * `cameraForBoxAndBearing` with bearing 0, where a box's extreme points are its corners): the largest zoom at
 * which the box fits inside the padding, capped at maxZoom, then clamped to minZoom by the transform.
 */
export function fitBounds(
  bounds: Bounds,
  size: { width: number; height: number },
  padding: Padding,
  limits: ZoomLimits,
): Camera {
  const [[west, south], [east, north]] = bounds;
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const availableWidth = size.width - padding.left - padding.right;
  const availableHeight = size.height - padding.top - padding.bottom;
  const scale = Math.min(availableWidth / ((x1 - x0) * TILE_SIZE_PX), availableHeight / ((y1 - y0) * TILE_SIZE_PX));
  const fitted = Math.min(Math.log2(scale), limits.maxZoom);
  const zoom = Math.max(limits.minZoom, fitted);
  // Uneven padding moves the centre by half the difference, in pixels at the final zoom.
  const world = worldSizePx(fitted);
  const centreX = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / world;
  const centreY = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / world;
  return { center: [lngFromMercatorX(centreX), latFromMercatorY(centreY)], zoom, ...size };
}
