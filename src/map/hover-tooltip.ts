import type { LngLatLike, Map as MaplibreMap } from 'maplibre-gl';
import type { Maplibre } from './load-maplibre';
import { type PopupContent, popupContent } from './popup-content-loader';

const TOOLTIP_OPTIONS = {
  closeButton: false,
  closeOnClick: false,
  className: 'map-tooltip',
  maxWidth: '280px',
  offset: 8,
};

/** The name-and-value tooltip that follows the pointer (or keyboard focus) over the map. */
export class HoverTooltip {
  private readonly popup;
  /** The tooltip waiting for the popup texts' chunk; hiding it or a newer one makes it stale. */
  private request = 0;

  constructor(
    maplibre: Maplibre,
    private readonly map: MaplibreMap,
  ) {
    this.popup = new maplibre.Popup(TOOLTIP_OPTIONS);
  }

  show(at: LngLatLike, make: (texts: PopupContent) => HTMLElement): void {
    const request = ++this.request;
    popupContent()
      .then((texts) => {
        if (request !== this.request) return;
        this.popup.setLngLat(at).setDOMContent(make(texts)).addTo(this.map);
      })
      .catch((error: unknown) => console.error(error));
  }

  hide(): void {
    this.request++;
    this.popup.remove();
  }
}
