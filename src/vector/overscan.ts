import { type Camera, mercatorX, mercatorY, worldSizePx } from './camera';

/**
 * The built-in map is drawn beyond the viewport by a margin on each side, as Leaflet draws its paths with a padding:
 * a pan that stays within the margin uncovers nothing blank, so the vector map only moves what it drew (a CSS
 * transform, the compositor's work) and writes the names again, instead of projecting and parsing every region once
 * more. Issue 23's 60-move drag moves the map 240 × 120 px; a quarter of the viewport's longer side (320 px at
 * 1280 × 800) holds it. Pure arithmetic, tested in Node.
 */
export const OVERSCAN_FRACTION = 0.25;
/** No margin narrower than this, whatever the viewport (a phone's 360 px would give 90 px). */
export const MIN_OVERSCAN_PX = 256;

/** The margin drawn beyond each side of a viewport, in whole CSS pixels. */
export function overscanMargin(camera: Pick<Camera, 'width' | 'height'>): number {
  return Math.max(MIN_OVERSCAN_PX, Math.round(OVERSCAN_FRACTION * Math.max(camera.width, camera.height)));
}

/** The camera whose viewport is `camera`'s grown by `margin` on each side: the same centre and zoom. */
export function overscanCamera(camera: Camera, margin: number): Camera {
  return {
    ...camera,
    center: [...camera.center],
    width: camera.width + 2 * margin,
    height: camera.height + 2 * margin,
  };
}

/**
 * Where a pattern of `periodPx` must start in a drawing at `camera` (px from its top left corner, rounded to a
 * thousandth) for its tiles to start at whole periods of the world's pixels at the camera's zoom: a drawing moved by a
 * pan and a fresh one there then show the regional hatch's stripes in the same place.
 */
export function hatchPhase(camera: Camera, periodPx: number): [number, number] {
  const world = worldSizePx(camera.zoom);
  const phase = (v: number) => Math.round(-(((v % periodPx) + periodPx) % periodPx) * 1000) / 1000 + 0;
  return [
    phase(mercatorX(camera.center[0]) * world - camera.width / 2),
    phase(mercatorY(camera.center[1]) * world - camera.height / 2),
  ];
}

/** Below this, an offset is whole: a pan's Mercator arithmetic gives 239.99999998 for 240. */
const WHOLE_PX_TOLERANCE = 1e-4;

/**
 * How far, in whole CSS pixels, the map drawn for `drawn` has moved on screen at `shown`, when `shown` is a pure pan
 * of it (same zoom and size) by whole pixels that the margin still covers; null when it must be drawn again (a zoom,
 * a new size, a pan past the margin, or one by a fraction of a pixel, which the compositor would blur).
 */
export function panWithin(drawn: Camera, shown: Camera, margin: number): [number, number] | null {
  if (drawn.zoom !== shown.zoom || drawn.width !== shown.width || drawn.height !== shown.height) return null;
  const world = worldSizePx(shown.zoom);
  const dx = (mercatorX(drawn.center[0]) - mercatorX(shown.center[0])) * world;
  const dy = (mercatorY(drawn.center[1]) - mercatorY(shown.center[1])) * world;
  const [x, y] = [Math.round(dx), Math.round(dy)];
  if (Math.abs(dx - x) > WHOLE_PX_TOLERANCE || Math.abs(dy - y) > WHOLE_PX_TOLERANCE) return null;
  if (Math.abs(x) > margin || Math.abs(y) > margin) return null;
  return [x + 0, y + 0]; // + 0: no -0 in a transform
}
