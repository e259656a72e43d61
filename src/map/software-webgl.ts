/**
 * Which map a page gets, and MapLibre's settings where WebGL runs in software (Chromium's SwiftShader, Mesa's
 * llvmpipe: a kiosk PC or thin client without a GPU, a virtual machine, a driver on Chromium's blocklist).
 * The decision is a pure function; `webglRendererName` and `lowerPixelRatioWhileMoving` are the two effects.
 */

// SwiftShader (Chromium's own), llvmpipe (Mesa), Microsoft's WARP ("Basic Render Driver"),
// and any driver that calls itself a software rasteriser.
const SOFTWARE_RASTERISER = /swiftshader|llvmpipe|basic render driver|software/iu;

/** Whether a WebGL renderer name is a software rasteriser: every pixel drawn by the CPU. */
export function isSoftwareRenderer(name: string | null): boolean {
  return name !== null && SOFTWARE_RASTERISER.test(name);
}

/**
 * Pixel ratio while the camera moves on software WebGL. Each frame of a drag is rasterised by the CPU, so its
 * cost follows the pixel count: at half the ratio a frame has a quarter of the pixels (a 60-move drag measured
 * 7.3 s at full ratio against 4.0 s at 0.5 for a bare MapLibre page). At rest the full ratio comes back.
 */
export const MOVING_PIXEL_RATIO_FACTOR = 0.5;

/**
 * The rasteriser's name from WEBGL_debug_renderer_info, read from a context that already exists (MapLibre's:
 * asking its canvas for 'webgl2' again returns it), so no second context is made; null where it is not given.
 */
export function webglRendererName(gl: WebGL2RenderingContext | null): string | null {
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
}

/** The part of MapLibre's map this module drives (a structural type: tests pass a stand-in). */
export interface MovingMap {
  on(type: 'movestart' | 'moveend', listener: () => void): unknown;
  getPixelRatio(): number;
  setPixelRatio(ratio: number): void;
  stop(): unknown;
}

/**
 * Sets the pixel ratio without ending a gesture in progress. MapLibre's setPixelRatio resizes the map, and its
 * resize calls `stop()` whenever no animation runs, which resets every input handler: a drag ended after its
 * first frame, and the map forgot where the mouse went down, so the release fired a `click` and opened a popup
 * (issue 23). With no animation running, ending gestures is all that `stop()` would do, so it is skipped for
 * this one call; Mapbox GL dropped that `stop` from resize for the same reason (mapbox-gl-js PR 11084).
 */
export function setPixelRatioKeepingGestures(map: MovingMap, ratio: number): void {
  const stop = map.stop;
  map.stop = () => map;
  try {
    map.setPixelRatio(ratio);
  } finally {
    map.stop = stop;
  }
}

/**
 * For software WebGL only. Lowers the map's pixel ratio while the camera moves and restores it when the move ends,
 * so drags and zooms draw a quarter of the pixels and the map at rest stays sharp. MapLibre's setPixelRatio resizes
 * the map, and a resize fires movestart and moveend of its own: those are ignored, or each switch would call the
 * other. A jump (jumpTo: a kiosk step, a deep link, a reduced-motion view change) starts and ends in one task, so
 * the ratio is lowered only for a move still under way at the next frame: switching for a jump resized the canvas
 * twice for one frame (measured 3 Dec 2026: 68 resizes in 19 kiosk steps, 0.43 s a step at tour-interval 0.05).
 */
export function lowerPixelRatioWhileMoving(
  map: MovingMap,
  nextFrame: (run: () => void) => void = (run) => requestAnimationFrame(run),
): void {
  const resting = map.getPixelRatio();
  const moving = resting * MOVING_PIXEL_RATIO_FACTOR;
  let switching = false;
  let underWay = false;
  const switchTo = (ratio: number) => {
    if (map.getPixelRatio() === ratio) return;
    switching = true;
    try {
      setPixelRatioKeepingGestures(map, ratio);
    } finally {
      switching = false;
    }
  };
  map.on('movestart', () => {
    if (switching) return;
    underWay = true;
    nextFrame(() => {
      if (underWay) switchTo(moving);
    });
  });
  map.on('moveend', () => {
    if (switching) return;
    underWay = false;
    switchTo(resting);
  });
}
