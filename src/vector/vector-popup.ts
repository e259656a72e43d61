import { t, type Lang } from '../i18n';
import { el } from '../shared/dom';
import { type Camera, project } from './camera';

const POPUP_MARGIN_PX = 8;
const POPUP_MAX_WIDTH_PX = 360;

/** A popup as MapLibre's looks (its classes, tip and close button), for the vector map to place over its picture. */
export function popupElement(
  content: HTMLElement,
  className: string,
  lang: Lang,
  onClose: () => void,
): { element: HTMLElement; close: HTMLButtonElement } {
  const close = el('button', {
    type: 'button',
    class: 'maplibregl-popup-close-button',
    'aria-label': t(lang, 'popup.close'),
  });
  close.textContent = '×';
  close.addEventListener('click', onClose);
  const element = el(
    'div',
    {
      class: `maplibregl-popup maplibregl-popup-anchor-bottom vector-popup ${className}`,
      role: 'dialog',
      'aria-label': content.querySelector('h2')?.textContent ?? '',
    },
    el('div', { class: 'maplibregl-popup-tip' }),
    el('div', { class: 'maplibregl-popup-content' }, content, close),
  );
  element.style.maxWidth = `${POPUP_MAX_WIDTH_PX}px`;
  return { element, close };
}

/** Where a popup of a size goes: centred above its point, kept inside the map's sides and top. */
export function popupOffset(
  camera: Pick<Camera, 'width'>,
  [x, y]: readonly [number, number],
  { width, height }: { width: number; height: number },
): [number, number] {
  const left = Math.max(POPUP_MARGIN_PX, Math.min(camera.width - width - POPUP_MARGIN_PX, x - width / 2));
  return [Math.round(left), Math.round(Math.max(POPUP_MARGIN_PX, y - height))];
}

/** The hover tooltip, shown with its content just below and right of the pointer. */
export function showTooltipAt(tooltip: HTMLElement, content: Node, [x, y]: readonly [number, number]): void {
  tooltip.replaceChildren(el('div', { class: 'maplibregl-popup-content' }, content));
  tooltip.hidden = false;
  tooltip.style.transform = `translate(${Math.round(x + 8)}px, ${Math.round(y + 8)}px)`;
}

/**
 * The vector map's one floating popup: above its region's label point, kept inside the map, with a close button
 * that takes the focus.
 */
export class VectorPopup {
  private open: { element: HTMLElement; code: string; at: readonly [number, number] } | null = null;

  constructor(private readonly parent: HTMLElement) {}

  /** The region whose popup is open, if any. */
  get code(): string | null {
    return this.open?.code ?? null;
  }

  /** Replaces any open popup with one about `region`. */
  show(
    region: { code: string; label: readonly [number, number] },
    content: HTMLElement,
    className: string,
    lang: Lang,
    onClose: () => void,
  ): void {
    this.remove();
    const { element, close } = popupElement(content, className, lang, onClose);
    this.parent.append(element);
    this.open = { element, code: region.code, at: region.label };
    close.focus();
  }

  /** Takes the popup away; whether one was open. */
  remove(): boolean {
    const open = this.open;
    this.open = null;
    open?.element.remove();
    return open !== null;
  }

  /** Above the region's label point at this camera, kept inside the map. */
  place(camera: Camera): void {
    if (!this.open) return;
    const { offsetWidth: width, offsetHeight: height } = this.open.element;
    const [left, top] = popupOffset(camera, project(camera, this.open.at), { width, height });
    this.open.element.style.transform = `translate(${left}px, ${top}px)`;
  }
}
