import { placePopup, type Box, type Point, type PopupPlacement } from './popup-placement';

/**
 * The part of fitting a popup that does not depend on the map drawing it: MapLibre (popup-fit.ts) and the vector
 * map (src/vector/vector-popup.ts) both measure the page, ask placePopup() and dress the popup the same way, so the
 * two maps agree on phones (a sheet), laptops and 4K. Each map only positions the box and moves its own camera.
 */

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

/** MapLibre's controls (the legend is one): what a popup leaves uncovered on either map, besides the figures panel. */
export const CONTROL_SELECTOR = '.maplibregl-ctrl';

/** Everything on the map a popup must leave uncovered: what `selector` finds in the map, and the figures panel. */
export function obstacleBoxes(container: HTMLElement, selector: string = CONTROL_SELECTOR): Box[] {
  return boxesIn(container, [
    ...container.querySelectorAll<HTMLElement>(selector),
    ...document.querySelectorAll<HTMLElement>('#figures'),
  ]);
}

/** The boxes of the nodes that are drawn, relative to the container's top left. */
function boxesIn(container: HTMLElement, nodes: readonly Element[]): Box[] {
  const origin = container.getBoundingClientRect();
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
  marker: Element | null,
  point: Point,
): { place: Point; radius: number } {
  const r = marker?.getBoundingClientRect();
  if (!r || r.width === 0 || r.height === 0) return { place: point, radius: POPUP_FIT.placeRadiusPx };
  const origin = container.getBoundingClientRect();
  return {
    place: { x: r.left + r.width / 2 - origin.left, y: r.top + r.height / 2 - origin.top },
    radius: Math.max(POPUP_FIT.placeRadiusPx, Math.max(r.width, r.height) / 2),
  };
}

/**
 * What a popup does when the camera comes to rest: nothing after the pan it asked for itself (placing again would
 * find the same answer), else placed again, moving the camera only if the reader did not move it.
 */
export function afterCameraRest(ownPan: boolean, byReader: boolean): { place: boolean; mayPan: boolean } {
  if (ownPan) return { place: false, mayPan: false };
  return { place: true, mayPan: !byReader };
}

export interface PopupFrameParts {
  /** The map's box: the popup stays inside it; the sheet's class goes on it. */
  container: HTMLElement;
  /** The popup (`.maplibregl-popup`) and its box (`.maplibregl-popup-content`). */
  element: HTMLElement;
  content: HTMLElement;
  /** The popup's close button, focused once the popup is in place. */
  close: HTMLElement | null;
  /** What on the map the popup must leave uncovered (obstacleBoxes). */
  obstacles: string;
  /** The story marker drawn for the popup's place, if it has one and it is drawn. */
  marker(): Element | null;
  /** Every story marker the map draws: the popup leaves the others visible where it can (placePopup's `others`). */
  storyMarkers: string;
}

let headingCount = 0;

/** One popup over a map, dressed as placePopup() says: its width and height, sheet or float, scrolling, named. */
export class PopupFrame {
  /** The last placement: its box is where the popup stands on screen. */
  placed: PopupPlacement | null = null;
  private readonly heights = new Map<number, number>();

  constructor(private readonly parts: PopupFrameParts) {
    const { element, content } = parts;
    // A non-modal dialog named by its heading: screen readers say what opened, focus is free to leave.
    element.setAttribute('role', 'dialog');
    const heading = content.querySelector('h2');
    if (heading) {
      heading.id ||= `popup-heading-${++headingCount}`;
      element.setAttribute('aria-labelledby', heading.id);
    }
    element.style.maxWidth = 'none';
  }

  /**
   * Measures the page and dresses the popup for its place, projected at `point` (CSS pixels from the map's top
   * left). The caller positions the box (`placed.box`) and moves its camera by `placed.pan` if that is not zero.
   */
  place(point: Point, mayPan: boolean): PopupPlacement {
    const { container, element, content } = this.parts;
    // Where a popup becomes a bottom sheet, the legend folds to its title while the popup is open (style.css).
    container.classList.toggle('popup-sheet-open', container.clientWidth < POPUP_FIT.sheetBelowPx);
    const size = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.heights.clear();
    // The browser scrolls the map's box (overflow: hidden) to show a focused element that sticks out of it.
    for (const box of [container, element.parentElement]) if (box) [box.scrollTop, box.scrollLeft] = [0, 0];
    const marker = this.parts.marker();
    const where = placeToKeepClear(container, marker, point);
    const others = [...container.querySelectorAll(this.parts.storyMarkers)].filter((m) => m !== marker);
    const placed = placePopup({
      map: { width: container.clientWidth, height: container.clientHeight },
      obstacles: obstacleBoxes(container, this.parts.obstacles),
      place: where.place,
      placeRadius: where.radius,
      heightAt: (width) => this.heightAt(width),
      preferredWidth: POPUP_FIT.preferredWidthRem * size,
      minWidth: POPUP_FIT.minWidthRem * size,
      minHeight: POPUP_FIT.minHeightRem * size,
      gap: POPUP_FIT.gapPx,
      sheetBelow: POPUP_FIT.sheetBelowPx,
      sheetMaxShare: POPUP_FIT.sheetMaxShare,
      mayPan,
      others: boxesIn(container, others),
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
    this.placed = placed;
    return placed;
  }

  /** Focus once the popup is in place: focusing it where it first stood would scroll the map's box. */
  focus(): void {
    this.parts.close?.focus({ preventScroll: true });
  }

  /** The popup is going: the legend unfolds. */
  stop(): void {
    this.parts.container.classList.remove('popup-sheet-open');
  }

  /** The content's natural height at a width, measured once per whole pixel for each placing. */
  private heightAt(width: number): number {
    const { content } = this.parts;
    const key = Math.round(width);
    let measured = this.heights.get(key);
    if (measured === undefined) {
      content.style.width = `${key}px`;
      content.style.maxHeight = 'none';
      measured = content.getBoundingClientRect().height;
      this.heights.set(key, measured);
    }
    return measured;
  }
}

/** The top left corner a popup's box stands at, in whole CSS pixels as MapLibre positions its popups. */
export function boxCorner(box: Box): [number, number] {
  return [Math.round(box.left), Math.round(box.top)];
}
