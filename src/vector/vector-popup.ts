import { t, type Lang } from '../i18n';
import { afterCameraRest, boxCorner, CONTROL_SELECTOR, PopupFrame } from '../map/popup-frame';
import { el } from '../shared/dom';
import { type Camera, project } from './camera';
import type { MovedBy } from './camera-motion';
import { panBy } from './pan-zoom';

/** What a popup on the vector map must leave uncovered: MapLibre's controls, and the vector map's credits and notice. */
export const VECTOR_OBSTACLES = `${CONTROL_SELECTOR}, .vector-map-attribution, .vector-map-notice`;

/** A popup as MapLibre's looks (its classes, tip and close button), for the vector map to place over its picture. */
export function popupElement(
  content: HTMLElement,
  className: string,
  lang: Lang,
  onClose: () => void,
): { element: HTMLElement; box: HTMLElement; close: HTMLButtonElement } {
  const close = el('button', {
    type: 'button',
    class: 'maplibregl-popup-close-button',
    'aria-label': t(lang, 'popup.close'),
  });
  close.textContent = '×';
  close.addEventListener('click', onClose);
  const box = el('div', { class: 'maplibregl-popup-content' }, content, close);
  // Placed from its top left corner, as MapLibre's popups are by popup-fit.ts.
  const element = el(
    'div',
    { class: `maplibregl-popup maplibregl-popup-anchor-top-left vector-popup ${className}` },
    el('div', { class: 'maplibregl-popup-tip' }),
    box,
  );
  return { element, box, close };
}

/** The hover tooltip, shown with its content just below and right of the pointer. */
export function showTooltipAt(tooltip: HTMLElement, content: Node, [x, y]: readonly [number, number]): void {
  tooltip.replaceChildren(el('div', { class: 'maplibregl-popup-content' }, content));
  tooltip.hidden = false;
  tooltip.style.transform = `translate(${Math.round(x + 8)}px, ${Math.round(y + 8)}px)`;
}

/** What the vector popup reads from its map, and the one thing it asks of it: a camera move. */
export interface VectorPopupHost {
  /** The map's box (MapLibre's container): the popup stays inside it. */
  container: HTMLElement;
  /** The vector map's own box, which holds the popup and the story markers. */
  root: HTMLElement;
  /** The camera the map is drawn at, and whether it is on its way to another. */
  motion(): { readonly camera: Camera; readonly moving: boolean; moveTo(camera: Camera, durationMs: number): void };
}

interface OpenPopup {
  element: HTMLElement;
  code: string;
  at: readonly [number, number];
  frame: PopupFrame;
  /** The camera is moving because this popup asked: its rest places nothing. */
  ownPan: boolean;
}

/**
 * The vector map's one floating popup, placed as MapLibre's by placePopup() (map/popup-frame.ts): beside its place,
 * or a bottom sheet on a phone, clear of the controls, the figures panel and its story marker. It holds still on
 * screen while the camera moves and is placed again where the camera rests, moving the camera itself only when the
 * reader did not.
 */
export class VectorPopup {
  private open: OpenPopup | null = null;
  // The legend folds and unfolds: what the popup must avoid changed size.
  private readonly onToggle = () => this.place(true);

  constructor(private readonly host: VectorPopupHost) {}

  /** The region whose popup is open, if any. */
  get code(): string | null {
    return this.open?.code ?? null;
  }

  /** Replaces any open popup with one about `region`, placed, with the focus on its close button. */
  show(
    region: { code: string; label: readonly [number, number] },
    content: HTMLElement,
    className: string,
    lang: Lang,
    onClose: () => void,
  ): void {
    this.remove();
    const { root, container } = this.host;
    const { element, box, close } = popupElement(content, className, lang, onClose);
    root.append(element);
    const code = region.code;
    const frame = new PopupFrame({
      container,
      element,
      content: box,
      close,
      obstacles: VECTOR_OBSTACLES,
      // A story popup keeps its marker clear, as on MapLibre; the markers are drawn in the map's SVG.
      marker: () =>
        box.querySelector('.story-popup') ? root.querySelector(`.story-mark[data-code="${CSS.escape(code)}"]`) : null,
      storyMarkers: '.story-mark',
    });
    this.open = { element, code, at: region.label, frame, ownPan: false };
    container.addEventListener('toggle', this.onToggle, true);
    this.place(true);
    frame.focus();
  }

  /** Takes the popup away; whether one was open. */
  remove(): boolean {
    const open = this.open;
    this.open = null;
    if (!open) return false;
    open.frame.stop();
    open.element.remove();
    this.host.container.removeEventListener('toggle', this.onToggle, true);
    return true;
  }

  /** The camera came to rest: placed again, as MapLibre's popup on its moveend. */
  rested(by: MovedBy): void {
    if (!this.open) return;
    const next = afterCameraRest(this.open.ownPan, by === 'reader');
    this.open.ownPan = false;
    if (next.place) this.place(next.mayPan);
  }

  /** Places the popup for the drawn camera; between rests it stays where it stands on screen. */
  private place(mayPan: boolean): void {
    const open = this.open;
    if (!open) return;
    const motion = this.host.motion();
    const [x, y] = project(motion.camera, open.at);
    // A camera on its way to a view is not moved from under it: the popup is placed again where it lands.
    const { box, pan } = open.frame.place({ x, y }, mayPan && !motion.moving);
    const [left, top] = boxCorner(box);
    open.element.style.transform = `translate(${left}px, ${top}px)`;
    if (pan.x === 0 && pan.y === 0) return;
    open.ownPan = true;
    motion.moveTo(panBy(motion.camera, pan.x, pan.y), 0);
  }
}
