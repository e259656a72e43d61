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
  /** The Export button for this map, made by app.ts (src/ui/ may not import a feature). */
  exportControl: (vector: VectorMap) => IControl;
}

/**
 * The map without WebGL in MapLibre's place, with its legend, wired to the store like MapLibre (follow-store.ts).
 * Loading data needs MapLibre; the notice says so. Export and Copy link work as on MapLibre, the PNG drawn from the
 * vector page.
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
  if (store.state.popup) vector.openStoryPopup(store.state.popup);
  return vector;
}
