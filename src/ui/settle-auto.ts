import type { Maplibre } from '../map/load-maplibre';
import type { MapView } from '../map/map-view';
import { type VectorMapReason, type WebglSupport, vectorMapReason } from '../state/renderer';
import { setPageFlag } from '../test-surface';
import type { VectorMap } from '../vector/vector-map';
import type { HandOver } from './hand-over';
import type { VectorMapShown } from './start-vector-map';

/** `auto`'s vector map, shown before the browser answered about its WebGL2, and what settles it. */
export interface AutoStart {
  answer: Promise<WebglSupport>;
  /** MapLibre's code, loaded only where the answer is 'gpu'. */
  maplibreModule: Promise<Maplibre | null>;
  vector: VectorMapShown;
  handOverTo: Omit<HandOver, 'maplibre' | 'vector' | 'readerData'>;
  /** The map the page keeps (the kiosk starts on it). */
  settled: (map: { vector: VectorMap } | { view: MapView }) => void;
}

/**
 * Waits for `auto`'s answer with the vector map already on the page (issue 23: map-ready without waiting for
 * the WebGL question): where WebGL2 runs in software or not at all the vector map stays, with the notice the
 * answer calls for; on a GPU MapLibre takes over (hand-over.ts). The page's flags say which map is shown at
 * each moment: `data-map-hand-over` is 'waiting', then 'done' (MapLibre) or 'kept' (the vector map).
 */
export async function settleAuto(auto: AutoStart): Promise<void> {
  const { vector } = auto;
  setPageFlag('mapHandOver', 'waiting');
  const support = await auto.answer;
  setPageFlag('softwareWebgl', support === 'software');
  // Any load of the reader's files started (Load data's flag): they stay on the map they were read for.
  const readerData = () => document.documentElement.dataset['byodState'] !== undefined;
  // The reader's files keep the vector map; there is nothing to tell (as for software WebGL).
  let kept: VectorMapReason = support === 'gpu' ? 'software' : vectorMapReason(support);
  if (support === 'gpu' && !readerData()) {
    try {
      const [maplibre, { handOverToMapLibre }] = await Promise.all([auto.maplibreModule, import('./hand-over')]);
      const result = await handOverToMapLibre({ ...auto.handOverTo, maplibre: maplibre!, vector, readerData });
      if (result instanceof Error) throw result;
      if (result !== 'kept-reader-data') {
        performance.mark('maplibre-ready');
        setPageFlag('mapRenderer', 'maplibre');
        setPageFlag('softwareWebgl', result.softwareWebgl);
        setPageFlag('mapHandOver', 'done');
        auto.settled({ view: result.view });
        return;
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.warn(`MapLibre could not start; showing the vector map: ${message}`);
      kept = { failed: message };
    }
  }
  vector.setReason(kept);
  setPageFlag('mapHandOver', 'kept');
  auto.settled({ vector: vector.map });
}
