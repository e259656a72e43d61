import type { IControl } from 'maplibre-gl';
import { creditedData } from '../data/data-credits';
import { CopyLinkControl } from '../share/copy-link';
import { METRICS } from '../data/metrics';
import { t, type Lang } from '../i18n';
import type { MapViewOptions } from '../map/map-view-options';
import { type Boundaries, computeChoropleth } from '../scale/choropleth';
import type { Store } from '../state/store';
import type { AppState } from '../state/url-state';
import type { VectorMap } from '../vector/vector-map';
import { followStore } from './follow-store';
import { LegendControl } from './legend';

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
  boundaries: Boundaries;
  renderFigures: (lang: Lang) => void;
  renderPanels: (state: AppState) => void;
  browserLang: Lang;
  prefersReducedMotion: () => boolean;
  /** The Export button for this map, made by app.ts (src/ui/ may not import a feature). */
  exportControl: (vector: VectorMap) => IControl;
  /** A panel beside the map for story popups (the kiosk's column); null shows them over the map. */
  popupDock?: HTMLElement | null;
}

/**
 * The map without WebGL in MapLibre's place, with its legend, wired to the store like MapLibre (follow-store.ts).
 * Loading data needs MapLibre; the notice says so. Export and Copy link work as on MapLibre, the PNG drawn from the
 * vector page.
 */
export async function startVectorMap(start: VectorMapStart): Promise<VectorMap> {
  const { VectorMap } = await import('../vector/vector-map');
  const { reason, store } = start;
  const vector = new VectorMap({
    ...start.mapOptions,
    noticeIn: (lang: Lang) => vectorNotice(reason, lang),
  });
  const legend = new LegendControl();
  vector.addControl(legend, 'bottom-left');
  legend.render(vector.currentChoropleth, store.state.lang);
  // Export and Copy link in MapLibre's order; the credits are those of what the map shows, as on MapLibre.
  const credits = () => creditedData(vector.currentChoropleth);
  vector.addControl(start.exportControl(vector), 'top-right');
  vector.addControl(
    new CopyLinkControl({ state: () => store.state, subscribe: (l) => store.subscribe(l), credits }),
    'top-right',
  );
  followStore(vector, store, {
    legend,
    show: (shown, lang) => {
      vector.showChoropleth(shown);
      legend.render(shown, lang);
    },
    credits,
    choroplethFor: (s) => computeChoropleth(METRICS[s.metric], start.boundaries),
    renderFigures: start.renderFigures,
    renderPanels: start.renderPanels,
    browserLang: start.browserLang,
    prefersReducedMotion: start.prefersReducedMotion,
  });
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
