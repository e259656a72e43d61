import type { IControl } from 'maplibre-gl';
import { t, type Lang } from '../i18n';
import type { MapViewOptions } from '../map/map-view-options';
import { CopyLinkControl } from '../share/copy-link';
import type { Store } from '../state/store';
import { VectorScaleControl } from '../vector/scale-control';
import { VectorMap } from '../vector/vector-map';
import { followStore, type PageAroundMap } from './follow-store';

/**
 * Why the page shows the vector map: the link asked for it, `auto` chose it for a browser whose WebGL2 runs in
 * software (nothing to tell the reader: it is the faster map there) or is missing, or MapLibre failed to start.
 */
export type VectorMapReason = 'asked' | 'software' | 'no-webgl' | { failed: string };

export interface VectorMapStart {
  mapOptions: MapViewOptions;
  /** Why this is the vector map, for its notice (src/state/renderer.ts). */
  reason: VectorMapReason;
  store: Store;
  /** What surrounds the map, as around MapLibre's: legend, credits, panels, the reader's data. */
  page: PageAroundMap;
  /** The Load data control: the reader's files are drawn on the vector map too. */
  loadData: IControl;
  /** The Export button for this map, made by app.ts (src/ui/ may not import a feature). */
  exportControl: (vector: VectorMap) => IControl;
  /** A panel beside the map for story popups (the kiosk's column); null shows them over the map. */
  popupDock?: HTMLElement | null;
}

/**
 * The vector map in MapLibre's place, with its legend, Load data, Export and Copy link, wired to the store like
 * MapLibre (follow-store.ts). The page imports this module only when it shows the vector map: it comes in one
 * chunk with it.
 */
export function startVectorMap(start: VectorMapStart): VectorMap {
  const { reason, store, page } = start;
  const vector = new VectorMap({ ...start.mapOptions, noticeIn: (lang: Lang) => vectorNotice(reason, lang) });
  vector.addControl(page.legend, 'bottom-left');
  page.legend.render(vector.currentChoropleth, store.state.lang);
  vector.addControl(start.loadData, 'top-left');
  // Export and Copy link in MapLibre's order; the credits are those of what the map shows, as on MapLibre.
  vector.addControl(start.exportControl(vector), 'top-right');
  vector.addControl(
    new CopyLinkControl({ state: () => store.state, subscribe: (l) => store.subscribe(l), credits: page.credits }),
    'top-right',
  );
  // MapLibre's scale bar, above the credits: the same distance for the same camera on both live maps.
  const scale = new VectorScaleControl();
  vector.addControl(scale, 'bottom-right');
  scale.update(vector.currentCamera);
  vector.onRender(() => scale.update(vector.currentCamera));
  followStore(vector, store, page);
  if (start.popupDock) vector.setPopupDock(start.popupDock);
  if (store.state.popup) vector.openStoryPopup(store.state.popup);
  // Tests read its camera, as they read MapLibre's through window.__app.
  window.__vectorMap = vector;
  return vector;
}

function vectorNotice(reason: VectorMapReason, lang: Lang): string {
  if (reason === 'software') return '';
  if (reason === 'asked') return t(lang, 'vector.chosen');
  if (reason === 'no-webgl') return t(lang, 'vector.noWebgl');
  return t(lang, 'vector.mapStart', { problem: reason.failed });
}
