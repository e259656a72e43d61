import {
  type Camera,
  latFromMercatorY,
  lngFromMercatorX,
  mercatorX,
  mercatorY,
  unproject,
  worldSizePx,
  type ZoomLimits,
} from './camera';

/**
 * Pan and zoom for the vector map, as Leaflet does them on a machine without a GPU: while a drag or a wheel
 * turn goes on, the drawn map is only moved and scaled by a CSS transform (the compositor shifts a bitmap it
 * already has, nothing is drawn again); when the gesture rests, the map is drawn once at the new camera.
 * The camera arithmetic is pure (panBy, zoomAround) and tested in Node.
 */

/** A pointer must travel this far before a press becomes a drag, so a click on a region still opens it. */
export const DRAG_THRESHOLD_PX = 3;
/** One wheel notch (100 px of deltaY in Chromium) zooms by half a level, MapLibre's wheel step. */
export const WHEEL_ZOOM_PER_PX = 1 / 200;
/** A double click zooms in by one level around the pointer. */
export const DOUBLE_CLICK_ZOOM = 1;

/** The camera after the map's content has moved by (dx, dy) CSS pixels (a drag to the right moves it east-ward). */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
  const world = worldSizePx(camera.zoom);
  const x = mercatorX(camera.center[0]) - dx / world;
  const y = Math.min(1, Math.max(0, mercatorY(camera.center[1]) - dy / world));
  return { ...camera, center: [lngFromMercatorX(x), latFromMercatorY(y)] };
}

/** The camera zoomed by `delta` levels (clamped to the limits), the place under `point` staying under it. */
export function zoomAround(
  camera: Camera,
  point: readonly [number, number],
  delta: number,
  limits: ZoomLimits,
): Camera {
  const zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, camera.zoom + delta));
  const [lng, lat] = unproject(camera, point);
  const world = worldSizePx(zoom);
  // The new centre is the anchor's Mercator position less the anchor's offset from the middle, at the new scale.
  const x = mercatorX(lng) - (point[0] - camera.width / 2) / world;
  const y = mercatorY(lat) - (point[1] - camera.height / 2) / world;
  return { ...camera, zoom, center: [lngFromMercatorX(x), latFromMercatorY(y)] };
}

/** The CSS transform that shows the map drawn at `drawn` as it would look at `shown` (same size, no rotation). */
export function previewTransform(drawn: Camera, shown: Camera): string {
  const scale = 2 ** (shown.zoom - drawn.zoom);
  const worldShown = worldSizePx(shown.zoom);
  // Where the drawn camera's centre lands on the screen at the shown camera.
  const x = (mercatorX(drawn.center[0]) - mercatorX(shown.center[0])) * worldShown + shown.width / 2;
  const y = (mercatorY(drawn.center[1]) - mercatorY(shown.center[1])) * worldShown + shown.height / 2;
  const tx = x - (drawn.width / 2) * scale;
  const ty = y - (drawn.height / 2) * scale;
  // A pan moves by whole pixels, as Leaflet's panes do: the compositor re-rasters a layer whose fractional offset
  // changes, and a pan's offsets come out of the Mercator arithmetic as -3.9999999 or 4.0000001 (issue 23: a 60-move
  // drag on SwiftShader compositing, 24 s with raw offsets, 8 s with whole pixels, before the layers of vector-map.css).
  if (scale === 1) return `translate(${Math.round(tx)}px, ${Math.round(ty)}px)`;
  return `translate(${tx}px, ${ty}px) scale(${scale})`;
}

/** What the gestures need from the map: its camera, a preview while moving, and one draw when done. */
export interface PanZoomHost {
  camera(): Camera;
  limits: ZoomLimits;
  /** The camera the gesture has reached, shown by a CSS transform of what is drawn (cheap, every event). */
  preview(camera: Camera): void;
  /** The gesture rested: draw at this camera. */
  commit(camera: Camera): void;
}

/**
 * Binds drag, wheel and double-click to an element. Returns a function telling whether the last press was a
 * drag (the map's click handler ignores those) and nothing to undo: it lives as long as the map.
 */
export function bindPanZoom(element: HTMLElement, host: PanZoomHost): { wasDrag(): boolean } {
  // Set here, not in style.css: the first view's stylesheet does not carry the vector map's gestures.
  element.style.touchAction = 'none';
  let press: { id: number; x: number; y: number; start: Camera; dragging: boolean } | null = null;
  let lastWasDrag = false;
  let pending: Camera | null = null;
  let frame = 0;

  element.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || press) return;
    press = { id: event.pointerId, x: event.clientX, y: event.clientY, start: host.camera(), dragging: false };
    lastWasDrag = false;
  });
  element.addEventListener('pointermove', (event) => {
    if (!press || event.pointerId !== press.id) return;
    const dx = event.clientX - press.x;
    const dy = event.clientY - press.y;
    if (!press.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
    if (!press.dragging) {
      press.dragging = true;
      element.setPointerCapture(event.pointerId);
      element.style.cursor = 'grabbing';
    }
    host.preview(panBy(press.start, dx, dy));
  });
  const release = (event: PointerEvent) => {
    if (!press || event.pointerId !== press.id) return;
    const { start, x, y, dragging } = press;
    press = null;
    lastWasDrag = dragging;
    if (!dragging) return;
    element.style.cursor = '';
    host.commit(panBy(start, event.clientX - x, event.clientY - y));
  };
  element.addEventListener('pointerup', release);
  element.addEventListener('pointercancel', release);

  // Wheel turns come faster than frames: they add up, and the map is drawn at most once a frame.
  const zoomTo = (camera: Camera) => {
    pending = camera;
    host.preview(camera);
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (pending) host.commit(pending);
      pending = null;
    });
  };
  element.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const delta = -event.deltaY * (event.deltaMode === 1 ? 40 : 1) * WHEEL_ZOOM_PER_PX;
      zoomTo(
        zoomAround(pending ?? host.camera(), [event.clientX - box.left, event.clientY - box.top], delta, host.limits),
      );
    },
    { passive: false },
  );
  element.addEventListener('dblclick', (event) => {
    event.preventDefault();
    const box = element.getBoundingClientRect();
    const at: [number, number] = [event.clientX - box.left, event.clientY - box.top];
    zoomTo(
      zoomAround(pending ?? host.camera(), at, event.shiftKey ? -DOUBLE_CLICK_ZOOM : DOUBLE_CLICK_ZOOM, host.limits),
    );
  });
  return { wasDrag: () => lastWasDrag };
}
