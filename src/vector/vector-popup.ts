import { el } from '../shared/dom';
import { type Camera, project } from './camera';

const POPUP_MARGIN_PX = 8;

/**
 * The vector map's one floating popup, in MapLibre's popup classes so the page's styles apply: above its region's
 * label point, kept inside the map, with a close button that takes the focus.
 */
export class VectorPopup {
  private open: { element: HTMLElement; code: string; at: readonly [number, number] } | null = null;

  constructor(private readonly parent: HTMLElement) {}

  /** The region whose popup is open, if any. */
  get code(): string | null {
    return this.open?.code ?? null;
  }

  /** Replaces any open popup with one about region `code`, whose label point is `at`. */
  show(
    region: { code: string; label: readonly [number, number] },
    content: HTMLElement,
    className: string,
    closeLabel: string,
    onClose: () => void,
  ): void {
    this.remove();
    const close = el('button', { type: 'button', class: 'maplibregl-popup-close-button', 'aria-label': closeLabel });
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
    element.style.maxWidth = '360px';
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
    const [x, y] = project(camera, this.open.at);
    const { offsetWidth: width, offsetHeight: height } = this.open.element;
    const left = Math.max(POPUP_MARGIN_PX, Math.min(camera.width - width - POPUP_MARGIN_PX, x - width / 2));
    const top = Math.max(POPUP_MARGIN_PX, y - height);
    this.open.element.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }
}
