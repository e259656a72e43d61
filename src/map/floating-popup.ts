import type { LngLatLike, Map as MaplibreMap, Popup } from 'maplibre-gl';
import type { Maplibre } from './load-maplibre';

/**
 * The one popup over the MapLibre map, placed by popup-fit.ts (fetched with the first popup, not the first view)
 * from its top-left corner rather than by MapLibre's anchor, which knows nothing of the legend.
 */
export class FloatingPopup {
  private popup: Popup | null = null;
  /** The open request waiting for popup-fit.ts; a newer request or a close makes it stale. */
  private opening: object | null = null;

  constructor(
    private readonly maplibre: Maplibre,
    private readonly map: MaplibreMap,
    /** The reader closed it (its button, a click elsewhere, Escape through close()). */
    private readonly onClosed: () => void,
  ) {}

  get isOpen(): boolean {
    return this.popup !== null;
  }

  /** Opens it at `at` once placement is loaded; `onShown` when it is on screen. */
  open(at: LngLatLike, content: HTMLElement, className: string, closeLabel: string, onShown: () => void): void {
    const request = {};
    this.opening = request;
    import('./popup-fit')
      .then(({ fitPopup }) => {
        if (this.opening !== request) return;
        this.opening = null;
        this.show(at, content, className, closeLabel, fitPopup);
        onShown();
      })
      .catch((error: unknown) => console.error(error));
  }

  /** Removes the popup without telling the owner it was closed: it is being replaced, or the owner closed it. */
  replace(): void {
    this.opening = null;
    const popup = this.popup;
    this.popup = null;
    popup?.remove();
  }

  /** Closes it as the reader would: the owner hears of it. */
  close(): void {
    this.opening = null;
    this.popup?.remove();
  }

  private show(
    at: LngLatLike,
    content: HTMLElement,
    className: string,
    closeLabel: string,
    fitPopup: typeof import('./popup-fit').fitPopup,
  ): void {
    this.replace();
    const popup = new this.maplibre.Popup({
      className,
      maxWidth: 'none',
      // popup-fit.ts focuses it once placed.
      focusAfterOpen: false,
      closeButton: true,
      anchor: 'top-left',
    })
      .setLngLat(at)
      .setDOMContent(content)
      .addTo(this.map);
    const stopFitting = fitPopup(this.map, popup, at);
    popup.getElement()?.querySelector('.maplibregl-popup-close-button')?.setAttribute('aria-label', closeLabel);
    this.popup = popup;
    popup.on('close', () => {
      stopFitting();
      if (this.popup !== popup) return;
      this.popup = null;
      this.onClosed();
    });
  }
}
