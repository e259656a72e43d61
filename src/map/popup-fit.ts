import type { LngLatLike, Map as MaplibreMap, MapLibreEvent, Popup } from 'maplibre-gl';
import { placePopup, type Box, type PopupPlacement } from './popup-placement';

/** Sizes in CSS pixels; the popup's width grows with the root font size (kiosk, 4K screens). */
export const POPUP_FIT = {
  preferredWidthRem: 22.5,
  minWidthRem: 15,
  minHeightRem: 10,
  gapPx: 8,
  sheetBelowPx: 600,
  // A phone's sheet may take most of the room between the top and bottom controls: a third of an 844 px screen
  // (281 px) needs 0.9 of the 350 px band a 390 × 844 phone leaves with the legend folded to one line.
  sheetMaxShare: 0.9,
  // A story marker is 24 px across; its label sits beside it.
  placeRadiusPx: 18,
} as const;

/** Everything on the map a popup must leave uncovered: MapLibre's controls (legend included) and the figures panel. */
export function obstacleBoxes(container: HTMLElement): Box[] {
  const origin = container.getBoundingClientRect();
  const nodes = [
    ...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl'),
    ...document.querySelectorAll<HTMLElement>('#figures'),
  ];
  return nodes
    .map((node) => node.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({
      left: r.left - origin.left,
      top: r.top - origin.top,
      right: r.right - origin.left,
      bottom: r.bottom - origin.top,
    }));
}

/**
 * The place a popup must leave visible: its story marker when it has one (the dot and the name beside it, a pill
 * much wider than the dot), else a disc around the projected point.
 */
export function placeToKeepClear(
  container: HTMLElement,
  content: HTMLElement,
  point: { x: number; y: number },
): { place: { x: number; y: number }; radius: number } {
  const id = content.querySelector('.story-popup')?.getAttribute('data-popup');
  const marker = id ? container.querySelector(`.story-marker[data-place="${CSS.escape(id)}"]`) : null;
  const r = marker?.getBoundingClientRect();
  if (!r || r.width === 0 || r.height === 0) return { place: point, radius: POPUP_FIT.placeRadiusPx };
  const origin = container.getBoundingClientRect();
  return {
    place: { x: r.left + r.width / 2 - origin.left, y: r.top + r.height / 2 - origin.top },
    radius: Math.max(POPUP_FIT.placeRadiusPx, Math.max(r.width, r.height) / 2),
  };
}

let headingCount = 0;

/**
 * Keeps one MapLibre popup inside the map's free room: placed by placePopup(), held still on screen while the
 * camera moves, placed again when a move ends or the map resizes. Returns the function that stops it.
 */
export function fitPopup(map: MaplibreMap, popup: Popup, at: LngLatLike): () => void {
  const element = popup.getElement();
  const content = element?.querySelector<HTMLElement>('.maplibregl-popup-content');
  if (!element || !content) return () => {};
  // A non-modal dialog named by its heading: screen readers say what opened, focus is free to leave.
  element.setAttribute('role', 'dialog');
  const heading = content.querySelector('h2');
  if (heading) {
    heading.id ||= `popup-heading-${++headingCount}`;
    element.setAttribute('aria-labelledby', heading.id);
  }
  popup.setMaxWidth('none');
  let placed: PopupPlacement | null = null;
  let ownPan = false;

  const rem = () => Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const heights = new Map<number, number>();
  const heightAt = (width: number) => {
    const key = Math.round(width);
    let measured = heights.get(key);
    if (measured === undefined) {
      content.style.width = `${key}px`;
      content.style.maxHeight = 'none';
      measured = content.getBoundingClientRect().height;
      heights.set(key, measured);
    }
    return measured;
  };

  const hold = () => {
    if (!placed) return;
    const p = map.project(at);
    popup.setOffset([placed.box.left - p.x, placed.box.top - p.y]);
  };

  const place = (mayPan: boolean) => {
    const canvas = map.getContainer();
    // Where a popup becomes a bottom sheet, the legend folds to its title while the popup is open (style.css).
    canvas.classList.toggle('popup-sheet-open', canvas.clientWidth < POPUP_FIT.sheetBelowPx);
    const size = rem();
    heights.clear();
    // The browser scrolls the map's box (overflow: hidden) to show a focused element that sticks out of it.
    canvas.scrollTop = 0;
    canvas.scrollLeft = 0;
    const where = placeToKeepClear(canvas, content, map.project(at));
    placed = placePopup({
      map: { width: canvas.clientWidth, height: canvas.clientHeight },
      obstacles: obstacleBoxes(canvas),
      place: where.place,
      placeRadius: where.radius,
      heightAt,
      preferredWidth: POPUP_FIT.preferredWidthRem * size,
      minWidth: POPUP_FIT.minWidthRem * size,
      minHeight: POPUP_FIT.minHeightRem * size,
      gap: POPUP_FIT.gapPx,
      sheetBelow: POPUP_FIT.sheetBelowPx,
      sheetMaxShare: POPUP_FIT.sheetMaxShare,
      mayPan,
    });
    const { box } = placed;
    content.style.width = `${Math.round(box.right - box.left)}px`;
    content.style.maxHeight = `${Math.floor(box.bottom - box.top)}px`;
    element.dataset['placement'] = placed.mode;
    element.classList.toggle('popup-sheet', placed.mode === 'sheet');
    element.classList.toggle('popup-scrolls', placed.scrolls);
    // Content that scrolls must be reachable by keyboard to scroll it.
    const article = content.querySelector<HTMLElement>('.popup');
    if (article && placed.scrolls) article.tabIndex = 0;
    else article?.removeAttribute('tabindex');
    if (placed.pan.x !== 0 || placed.pan.y !== 0) {
      ownPan = true;
      map.panBy([-placed.pan.x, -placed.pan.y], { animate: false });
    }
    hold();
  };

  const onMoveEnd = (event: MapLibreEvent<unknown>) => {
    const byReader = Boolean((event as { originalEvent?: unknown }).originalEvent);
    // The camera move that placing asked for ends here: placing again would only find the same answer.
    if (ownPan) {
      ownPan = false;
      return;
    }
    place(!byReader);
  };
  const onResize = () => place(true);
  // The legend folds and unfolds: what the popup must avoid changed size.
  const onToggle = () => place(true);
  popup.setLngLat(at);
  map.on('move', hold);
  map.on('moveend', onMoveEnd);
  map.on('resize', onResize);
  map.getContainer().addEventListener('toggle', onToggle, true);
  place(true);
  // Focus once the popup is in place: focusing it where MapLibre first put it would scroll the map's box.
  element.querySelector<HTMLElement>('.maplibregl-popup-close-button')?.focus({ preventScroll: true });
  return () => {
    map.getContainer().classList.remove('popup-sheet-open');
    map.off('move', hold);
    map.off('moveend', onMoveEnd);
    map.off('resize', onResize);
    map.getContainer().removeEventListener('toggle', onToggle, true);
  };
}
