import type { LngLatLike, Map as MaplibreMap, MapLibreEvent, Popup } from 'maplibre-gl';
import { afterCameraRest, CONTROL_SELECTOR, PopupFrame } from './popup-frame';

/**
 * Keeps one MapLibre popup inside the map's free room: placed by placePopup() through popup-frame.ts (as the vector
 * map's), held still on screen while the camera moves, placed again when a move ends or the map resizes. This is
 * MapLibre's side only: project, setOffset, panBy and the map's events. Returns the function that stops it.
 */
export function fitPopup(map: MaplibreMap, popup: Popup, at: LngLatLike): () => void {
  const element = popup.getElement();
  const content = element?.querySelector<HTMLElement>('.maplibregl-popup-content');
  if (!element || !content) return () => {};
  const container = map.getContainer();
  const frame = new PopupFrame({
    container,
    element,
    content,
    close: element.querySelector<HTMLElement>('.maplibregl-popup-close-button'),
    obstacles: CONTROL_SELECTOR,
    marker: () => {
      const id = content.querySelector('.story-popup')?.getAttribute('data-popup');
      return id ? container.querySelector(`.story-marker[data-place="${CSS.escape(id)}"]`) : null;
    },
    storyMarkers: '.story-marker',
  });
  popup.setMaxWidth('none');
  let ownPan = false;

  // MapLibre draws the popup at its place plus an offset: the offset keeps the box where it was placed.
  const hold = () => {
    if (!frame.placed) return;
    const p = map.project(at);
    popup.setOffset([frame.placed.box.left - p.x, frame.placed.box.top - p.y]);
  };

  const place = (mayPan: boolean) => {
    const { pan } = frame.place(map.project(at), mayPan);
    if (pan.x !== 0 || pan.y !== 0) {
      ownPan = true;
      map.panBy([-pan.x, -pan.y], { animate: false });
    }
    hold();
  };

  const onMoveEnd = (event: MapLibreEvent<unknown>) => {
    const next = afterCameraRest(ownPan, Boolean((event as { originalEvent?: unknown }).originalEvent));
    ownPan = false;
    if (next.place) place(next.mayPan);
  };
  const onResize = () => place(true);
  // The legend folds and unfolds: what the popup must avoid changed size.
  const onToggle = () => place(true);
  popup.setLngLat(at);
  map.on('move', hold);
  map.on('moveend', onMoveEnd);
  map.on('resize', onResize);
  container.addEventListener('toggle', onToggle, true);
  place(true);
  frame.focus();
  return () => {
    frame.stop();
    map.off('move', hold);
    map.off('moveend', onMoveEnd);
    map.off('resize', onResize);
    container.removeEventListener('toggle', onToggle, true);
  };
}
