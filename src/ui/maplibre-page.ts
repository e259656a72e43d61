import type { IControl } from 'maplibre-gl';
import type { MapView } from '../map/map-view';
import { CopyLinkControl } from '../share/copy-link';
import type { Store } from '../state/store';
import { followStore, type PageAroundMap } from './follow-store';

/** What MapLibre's map gets around it, as the vector map gets it (start-vector-map.ts). */
export interface MapLibrePage {
  store: Store;
  page: PageAroundMap;
  /** The Load data control: the reader's files are drawn on this map. */
  loadData: IControl;
  /** The Export button for this map, made by app.ts (src/ui/ may not import a feature). */
  exportControl: (view: MapView) => IControl;
  /** A panel beside the map for story popups (the kiosk's column); null shows them over the map. */
  popupDock: HTMLElement | null;
}

/**
 * MapLibre's map with its legend, Load data, Export and Copy link, wired to the store (follow-store.ts): when it
 * starts by name, or when `auto`'s vector map hands over to it (hand-over.ts).
 */
export function wireMapLibre(view: MapView, { store, page, loadData, exportControl, popupDock }: MapLibrePage): void {
  // Kiosk: a city's story in the column beside (or, on a portrait screen, under) the map, never over it.
  if (popupDock) view.setPopupDock(popupDock);
  view.map.on('error', (event) => console.error(event.error));
  view.addControl(page.legend, 'bottom-left');
  view.addControl(exportControl(view), 'top-right');
  view.addControl(
    new CopyLinkControl({ state: () => store.state, subscribe: (l) => store.subscribe(l), credits: page.credits }),
    'top-right',
  );
  page.legend.render(view.currentChoropleth, store.state.lang);
  view.addControl(loadData, 'top-left');
  followStore(view, store, page);
}
