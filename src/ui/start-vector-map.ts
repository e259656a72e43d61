import { BUILT_IN_DATA } from '../data/data-credits';
import { METRICS } from '../data/metrics';
import { t, type Lang } from '../i18n';
import type { MapViewOptions } from '../map/map-view-options';
import { type Boundaries, computeChoropleth } from '../scale/choropleth';
import type { Store } from '../state/store';
import type { AppState } from '../state/url-state';
import type { VectorMap } from '../vector/vector-map';
import { followStore } from './follow-store';
import { LegendControl } from './legend';

export interface VectorMapStart {
  mapOptions: MapViewOptions;
  /** Why MapLibre did not start, for the notice; null when the link asked for the vector map (`?renderer=vector`). */
  problem: string | null;
  store: Store;
  boundaries: Boundaries;
  renderFigures: (lang: Lang) => void;
  renderPanels: (state: AppState) => void;
  browserLang: Lang;
  prefersReducedMotion: () => boolean;
  /** A panel beside the map for story popups (the kiosk's column); null shows them over the map. */
  popupDock?: HTMLElement | null;
}

/**
 * The map without WebGL in MapLibre's place, with its legend, wired to the store like MapLibre (follow-store.ts).
 * Loading data and exports need MapLibre; the notice says so, and the credits stay the built-in ones.
 */
export async function startVectorMap(start: VectorMapStart): Promise<VectorMap> {
  const { VectorMap, webgl2Available } = await import('../vector/vector-map');
  const { problem, store } = start;
  const vector = new VectorMap({
    ...start.mapOptions,
    noticeIn: (lang: Lang) =>
      problem === null
        ? t(lang, 'vector.chosen')
        : webgl2Available()
          ? t(lang, 'vector.mapStart', { problem })
          : t(lang, 'vector.noWebgl'),
  });
  const legend = new LegendControl();
  vector.addControl(legend, 'bottom-left');
  legend.render(vector.currentChoropleth, store.state.lang);
  followStore(vector, store, {
    legend,
    show: (shown, lang) => {
      vector.showChoropleth(shown);
      legend.render(shown, lang);
    },
    credits: () => BUILT_IN_DATA,
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
