import type { IControl } from 'maplibre-gl';
import type { ControlPosition } from '../map/surface';
import { t, type Lang } from '../i18n';
import type { MapViewOptions } from '../map/map-view-options';
import { CopyLinkControl } from '../share/copy-link';
import type { VectorMapReason } from '../state/renderer';
import type { Store } from '../state/store';
import { VectorScaleControl } from '../vector/scale-control';
import { VectorMap } from '../vector/vector-map';
import { followStore, type PageAroundMap } from './follow-store';

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

/** The vector map on the page, with what app.ts may still change: why it is shown, and whether it is. */
export interface VectorMapShown {
  map: VectorMap;
  /** `auto`'s WebGL answer can come after the map started: its notice then says why it stays. */
  setReason(reason: VectorMapReason): void;
  /** Takes the map, its controls and its store subscription off the page (auto's hand-over to MapLibre). */
  remove(): void;
}

/**
 * The vector map in MapLibre's place, with its legend, Load data, Export and Copy link, wired to the store like
 * MapLibre (follow-store.ts). The page imports this module only when it shows the vector map: it comes in one
 * chunk with it.
 */
export function startVectorMap(start: VectorMapStart): VectorMapShown {
  const { store, page } = start;
  let reason = start.reason;
  const vector = new VectorMap({ ...start.mapOptions, noticeIn: (lang: Lang) => vectorNotice(reason, lang) });
  // Export and Copy link in MapLibre's order; the credits are those of what the map shows, as on MapLibre.
  // MapLibre's scale bar, above the credits: the same distance for the same camera on both live maps.
  const scale = new VectorScaleControl();
  const controls: [IControl, ControlPosition][] = [
    [page.legend, 'bottom-left'],
    [start.loadData, 'top-left'],
    [start.exportControl(vector), 'top-right'],
    [
      new CopyLinkControl({ state: () => store.state, subscribe: (l) => store.subscribe(l), credits: page.credits }),
      'top-right',
    ],
    [scale, 'bottom-right'],
  ];
  for (const [control, position] of controls) vector.addControl(control, position);
  page.legend.render(vector.currentChoropleth, store.state.lang);
  scale.update(vector.currentCamera);
  vector.onRender(() => scale.update(vector.currentCamera));
  const unfollow = followStore(vector, store, page);
  if (start.popupDock) vector.setPopupDock(start.popupDock);
  if (store.state.popup) vector.openStoryPopup(store.state.popup);
  // Tests read its camera, as they read MapLibre's through window.__app.
  window.__vectorMap = vector;
  window.__vectorStore = store;
  return {
    map: vector,
    setReason: (next) => {
      reason = next;
      vector.showNotice(store.state.lang);
    },
    // As MapLibre's remove() with its controls: nothing of this map stays on the page or listens to the store.
    remove: () => {
      unfollow();
      for (const [control] of controls) control.onRemove(undefined as never);
      vector.remove();
      delete window.__vectorMap;
      delete window.__vectorStore;
    },
  };
}

function vectorNotice(reason: VectorMapReason, lang: Lang): string {
  if (reason === 'software') return '';
  if (reason === 'asked') return t(lang, 'vector.chosen');
  if (reason === 'no-webgl') return t(lang, 'vector.noWebgl');
  return t(lang, 'vector.mapStart', { problem: reason.failed });
}
