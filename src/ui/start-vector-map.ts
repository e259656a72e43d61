import { t, type Lang } from '../i18n';
import type { IControl } from 'maplibre-gl';
import type { MapViewOptions } from '../map/map-view-options';
import type { Store } from '../state/store';
import { VectorMap, webgl2Available } from '../vector/vector-map';
import { followStore, type PageAroundMap } from './follow-store';

export interface VectorMapStart {
  mapOptions: MapViewOptions;
  /** Why MapLibre did not start, for the notice; null when the link asked for the vector map (`?renderer=vector`). */
  problem: string | null;
  store: Store;
  /** What surrounds the map, as around MapLibre's: legend, credits, panels, the reader's data. */
  page: PageAroundMap;
  /** The Load data control: the reader's files are drawn on the vector map too. */
  loadData: IControl;
}

/**
 * The map without WebGL in MapLibre's place, with its legend and Load data, wired to the store like MapLibre
 * (follow-store.ts). The page imports this module only when it shows the vector map: it comes in one chunk with it.
 */
export function startVectorMap(start: VectorMapStart): VectorMap {
  const { problem, store, page } = start;
  const vector = new VectorMap({
    ...start.mapOptions,
    noticeIn: (lang: Lang) =>
      problem === null
        ? t(lang, 'vector.chosen')
        : webgl2Available()
          ? t(lang, 'vector.mapStart', { problem })
          : t(lang, 'vector.noWebgl'),
  });
  vector.addControl(page.legend, 'bottom-left');
  page.legend.render(vector.currentChoropleth, store.state.lang);
  vector.addControl(start.loadData, 'top-left');
  followStore(vector, store, page);
  if (store.state.popup) vector.openStoryPopup(store.state.popup);
  return vector;
}
