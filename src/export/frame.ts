import type { Bounds } from '../data/boundaries';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface LiveCamera {
  center: { lng: number; lat: number };
  zoom: number;
  bearing: number;
  pitch: number;
  /** The live map's size in CSS pixels. */
  width: number;
  height: number;
}

/**
 * The live camera on a map of another size: same centre, zoomed so that everything the live map
 * shows is still in the picture (a wider page shows more on the sides, a taller one more above and below).
 */
export function adaptCamera(live: LiveCamera, width: number, height: number): Omit<LiveCamera, 'width' | 'height'> {
  const fit = Math.min(width / live.width, height / live.height);
  return { center: live.center, zoom: live.zoom + Math.log2(fit), bearing: live.bearing, pitch: live.pitch };
}

function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
}

/** How large the bounds can be drawn in a box, in pixels per unit of Mercator x (bigger is closer). */
function fitScale(bounds: Bounds, width: number, height: number, padding: Padding): number {
  const [[west, south], [east, north]] = bounds;
  const spanX = ((east - west) * Math.PI) / 180;
  const spanY = mercatorY(north) - mercatorY(south);
  return Math.min((width - padding.left - padding.right) / spanX, (height - padding.top - padding.bottom) / spanY);
}

/**
 * Padding for fitting a view's bounds beside the legend rather than under it: the legend's side is
 * kept clear either to its right or above it, whichever lets the region be drawn larger.
 */
export function framePadding(
  bounds: Bounds,
  width: number,
  height: number,
  base: number,
  legend: { width: number; height: number },
): Padding {
  const even: Padding = { top: base, right: base, bottom: base, left: base };
  const besideLegend: Padding = { ...even, left: Math.min(width / 2, legend.width + base) };
  const aboveLegend: Padding = { ...even, bottom: Math.min(height / 2, legend.height + base) };
  return fitScale(bounds, width, height, besideLegend) >= fitScale(bounds, width, height, aboveLegend)
    ? besideLegend
    : aboveLegend;
}
