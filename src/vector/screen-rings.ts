import type { PackedRings } from '../geometry/packed-rings';
import { mercatorX, mercatorY, TILE_SIZE_PX } from './camera';

/** What a ring is traced into: a Path2D or a canvas context (both are CanvasPath). */
export type RingSink = Pick<CanvasPath, 'moveTo' | 'lineTo' | 'closePath'>;

/** From world pixels (zoom 0, from an origin) to device pixels: x · scale + left, y · scale + top. */
export interface ScreenTransform {
  scale: number;
  left: number;
  top: number;
}

/**
 * A vertex closer than this to the last one traced (in device pixels, on both axes) is skipped: the drawing
 * cannot show it. At the national view the districts' 1.2 million positions fall to about a tenth.
 */
export const SCREEN_TOLERANCE_PX = 0.5;

/**
 * Every position in world pixels at zoom 0, from `origin` (the areas' north-west corner, so that the numbers
 * stay small and exact), x then y: projected once, so a drawing only scales and shifts.
 */
export function projectRings(rings: PackedRings, origin: readonly [number, number]): Float64Array {
  const c = rings.coordinates;
  const world = new Float64Array(c.length);
  const [ox, oy] = origin;
  for (let i = 0; i < c.length; i += 2) {
    world[i] = (mercatorX(c[i]!) - ox) * TILE_SIZE_PX;
    world[i + 1] = (mercatorY(c[i + 1]!) - oy) * TILE_SIZE_PX;
  }
  return world;
}

/**
 * Traces one feature's rings in device pixels, each closed, skipping vertices within `tolerance` of the last
 * one traced. The exact positions stay in `world` (and in the packed rings, for hit tests and export): each
 * drawing simplifies them again for its own scale, so a zoom shows every vertex that matters at that zoom.
 * A ring whose vertices all fall within one pixel keeps its first, middle and last, and so still shows as a dot.
 */
export function traceFeature(
  sink: RingSink,
  world: Float64Array,
  rings: PackedRings,
  feature: number,
  { scale, left, top }: ScreenTransform,
  tolerance = SCREEN_TOLERANCE_PX,
): void {
  const { ringStarts, featureRings } = rings;
  for (let r = featureRings[feature]!; r < featureRings[feature + 1]!; r++) {
    const start = ringStarts[r]!;
    const end = ringStarts[r + 1]!;
    if (end <= start) continue;
    let lastX = world[start * 2]! * scale + left;
    let lastY = world[start * 2 + 1]! * scale + top;
    sink.moveTo(lastX, lastY);
    let kept = 0;
    for (let i = start + 1; i < end; i++) {
      const x = world[i * 2]! * scale + left;
      const y = world[i * 2 + 1]! * scale + top;
      if (i < end - 1 && Math.abs(x - lastX) < tolerance && Math.abs(y - lastY) < tolerance) continue;
      // A closed ring's last position is its first: a ring under a pixel keeps its middle one, so it draws a dot.
      if (i === end - 1 && kept === 0 && end - start > 2) {
        const middle = (start + end) >> 1;
        sink.lineTo(world[middle * 2]! * scale + left, world[middle * 2 + 1]! * scale + top);
      }
      sink.lineTo(x, y);
      lastX = x;
      lastY = y;
      kept++;
    }
    sink.closePath();
  }
}
