import { type Camera, latFromMercatorY, lngFromMercatorX, mercatorX, mercatorY, worldSizePx } from './camera';

/**
 * The vector map's camera moves, as MapLibre makes them: `fitBounds` with a duration is a `flyTo` (zoom out, pan,
 * zoom in along van Wijk and Nuij's "smooth and efficient zooming and panning" path, MapLibre's camera.ts), timed
 * by MapLibre's default easing. Pure arithmetic and a frame loop on an injected clock, tested in Node.
 */

/** MapLibre's default flyTo curve (ρ): how far the camera zooms out on the way. */
export const FLY_CURVE = 1.42;

/**
 * MapLibre's default easing, CSS's `ease`: the cubic Bézier (0.25, 0.1), (0.25, 1), solved for x by Newton's method
 * and, where that stalls, by bisection (as WebKit's UnitBezier, which MapLibre uses).
 */
export function ease(t: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return 1;
  const [x1, y1, x2, y2] = [0.25, 0.1, 0.25, 1];
  const bezier = (s: number, a: number, b: number) => 3 * a * s * (1 - s) ** 2 + 3 * b * s * s * (1 - s) + s ** 3;
  const slope = (s: number, a: number, b: number) =>
    3 * a * (1 - s) ** 2 + 6 * (b - a) * s * (1 - s) + 3 * (1 - b) * s * s;
  let s = t;
  for (let i = 0; i < 8; i++) {
    const error = bezier(s, x1, x2) - t;
    if (Math.abs(error) < 1e-7) return bezier(s, y1, y2);
    const d = slope(s, x1, x2);
    if (Math.abs(d) < 1e-6) break;
    s -= error / d;
  }
  let [low, high] = [0, 1];
  s = t;
  while (high - low > 1e-7) {
    if (bezier(s, x1, x2) < t) low = s;
    else high = s;
    s = (low + high) / 2;
  }
  return bezier(s, y1, y2);
}

/**
 * The camera at each point of a flight from `from` to `to`, by progress 0…1 along the path (already eased): MapLibre's
 * flyTo in Web Mercator, where the visible span w and the distance travelled u follow hyperbolic functions of the
 * path length s. Progress 1 is exactly `to`.
 */
export function flightPath(from: Camera, to: Camera): (progress: number) => Camera {
  const x0 = mercatorX(from.center[0]);
  const y0 = mercatorY(from.center[1]);
  const dx = mercatorX(to.center[0]) - x0;
  const dy = mercatorY(to.center[1]) - y0;
  const rho = FLY_CURVE;
  const rho2 = rho * rho;
  // Spans and distance in pixels at the starting zoom.
  const w0 = Math.max(from.width, from.height);
  const w1 = w0 / 2 ** (to.zoom - from.zoom);
  const u1 = Math.hypot(dx, dy) * worldSizePx(from.zoom);
  const r = (end: 0 | 1) => {
    const b = (w1 * w1 - w0 * w0 + (end ? -1 : 1) * rho2 * rho2 * u1 * u1) / (2 * (end ? w1 : w0) * rho2 * u1);
    return Math.log(Math.sqrt(b * b + 1) - b);
  };
  const r0 = r(0);
  let span = (s: number) => Math.cosh(r0) / Math.cosh(r0 + rho * s);
  let travelled = (s: number) => (w0 * ((Math.cosh(r0) * Math.tanh(r0 + rho * s) - Math.sinh(r0)) / rho2)) / u1;
  let length = (r(1) - r0) / rho;
  if (Math.abs(u1) < 1e-6 || !Number.isFinite(length)) {
    // No pan: a plain zoom (or nothing to do), as MapLibre's flyTo does in that case.
    const k = w1 < w0 ? -1 : 1;
    length = Math.abs(Math.log(w1 / w0)) / rho;
    travelled = () => 0;
    span = (s) => Math.exp(k * rho * s);
  }
  return (progress) => {
    if (progress >= 1 || !(length > 0)) return { ...to, center: [...to.center] };
    const s = progress * length;
    const zoom = from.zoom - Math.log2(span(s));
    const u = travelled(s);
    return {
      center: [lngFromMercatorX(x0 + dx * u), latFromMercatorY(y0 + dy * u)],
      zoom,
      width: to.width,
      height: to.height,
    };
  };
}

/**
 * A camera, at the viewport's size, that shows every camera given whole: the vector map draws once there and
 * shows the flight's frames by scaling that drawing up, so no frame ever shows an edge of what was drawn.
 */
export function coveringCamera(cameras: readonly Camera[]): Camera {
  let [west, north, east, south] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const c of cameras) {
    const world = worldSizePx(c.zoom);
    const x = mercatorX(c.center[0]);
    const y = mercatorY(c.center[1]);
    west = Math.min(west, x - c.width / 2 / world);
    east = Math.max(east, x + c.width / 2 / world);
    north = Math.min(north, y - c.height / 2 / world);
    south = Math.max(south, y + c.height / 2 / world);
  }
  const { width, height } = cameras[cameras.length - 1]!;
  const zoom = Math.log2(Math.min(width / (east - west), height / (south - north)) / worldSizePx(0));
  return { center: [lngFromMercatorX((west + east) / 2), latFromMercatorY((north + south) / 2)], zoom, width, height };
}

/** The frames the drawing must cover: the flight sampled finely enough that the zoomed-out middle is among them. */
export function flightCover(path: (progress: number) => Camera, samples = 32): Camera {
  return coveringCamera(Array.from({ length: samples + 1 }, (_, i) => path(ease(i / samples))));
}

/** The browser's frames (requestAnimationFrame, performance.now), or a test's. */
export interface FrameClock {
  now(): number;
  requestFrame(callback: () => void): number;
  cancelFrame(id: number): void;
}

export interface Flight {
  /** Stops the flight where it is; the camera last shown. */
  cancel(): Camera;
}

/**
 * Runs a flight on a clock: one call of `onFrame` a frame with the camera for the time elapsed, the last one with
 * `done` and exactly `to`. A frame late by a few hundred milliseconds skips ahead; the move never takes longer.
 */
export function fly(
  from: Camera,
  to: Camera,
  durationMs: number,
  clock: FrameClock,
  onFrame: (camera: Camera, done: boolean) => void,
): Flight {
  const path = flightPath(from, to);
  const start = clock.now();
  let shown = from;
  let frame = 0;
  const step = () => {
    const progress = Math.min(1, (clock.now() - start) / durationMs);
    shown = path(ease(progress));
    const done = progress >= 1;
    frame = done ? 0 : clock.requestFrame(step);
    onFrame(shown, done);
  };
  frame = clock.requestFrame(step);
  return {
    cancel() {
      if (frame) clock.cancelFrame(frame);
      frame = 0;
      return shown;
    },
  };
}
