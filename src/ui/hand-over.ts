import type { Maplibre } from '../map/load-maplibre';
import type { MapView } from '../map/map-view';
import type { MapViewOptions } from '../map/map-view-options';
import { startMapLibre } from '../map/start-maplibre';
import { attributionText } from '../shared/credits';
import { wireMapLibre, type MapLibrePage } from './maplibre-page';
import type { VectorMapShown } from './start-vector-map';

/** What `auto`'s hand-over needs: MapLibre's code, the vector map on the page, and MapLibre's page around it. */
export interface HandOver extends MapLibrePage {
  maplibre: Maplibre;
  /** The options the vector map started with: the same container, boundaries and popup callbacks. */
  mapOptions: MapViewOptions;
  vector: VectorMapShown;
  /** Whether the reader's own files are shown or loading: the vector map keeps them (they were read for it). */
  readerData: () => boolean;
  /** MapLibre is now the page's map: told before its controls and the store reach it (app.ts's map for the panels). */
  became: (view: MapView) => void;
}

export type HandOverResult = { view: MapView; softwareWebgl: boolean } | 'kept-reader-data' | Error;

/**
 * `auto` on a browser whose WebGL2 answered 'gpu' (issue 23): the vector map is already on the page, panned,
 * zoomed and clicked, while MapLibre starts under it (vector-map.css keeps it on top). Once MapLibre has drawn
 * what the vector map shows (view, metric, language, camera) and no gesture or camera move is under way, the
 * vector map is removed with its controls and store subscription, MapLibre gets them, and an open popup opens
 * again on it. Where MapLibre fails before its first frame, its map is removed and the vector map stays.
 */
export async function handOverToMapLibre(start: HandOver): Promise<HandOverResult> {
  const { mapOptions } = start;
  // A drag, a wheel turn or an eased move on the vector map is let finish: the camera it ends at is the one kept.
  const pressed = { now: false };
  const press = (event: PointerEvent) => (pressed.now = event.type === 'pointerdown');
  const events = ['pointerdown', 'pointerup', 'pointercancel'] as const;
  for (const type of events) mapOptions.container.addEventListener(type, press, true);
  try {
    return await takeOver(start, pressed);
  } finally {
    for (const type of events) mapOptions.container.removeEventListener(type, press, true);
  }
}

async function takeOver(start: HandOver, pressed: { now: boolean }): Promise<HandOverResult> {
  const { mapOptions } = start;
  const started = startMapLibre(start.maplibre, mapOptions);
  if (started instanceof Error) return started;
  const wake = inertUnder(mapOptions.container, '.vector-map');
  try {
    return await showWhenDrawn(start, pressed, started);
  } finally {
    wake();
  }
}

/**
 * Makes every child of `container` but the one shown (`shown`, a selector) inert: MapLibre's canvas and controls,
 * started under the vector map, out of the keyboard's way and the accessibility tree until it takes over. Returns
 * what undoes it.
 */
export function inertUnder(container: HTMLElement, shown: string): () => void {
  const under = [...container.children].filter((child) => !child.matches(shown) && !child.hasAttribute('inert'));
  for (const child of under) child.setAttribute('inert', '');
  return () => {
    for (const child of under) child.removeAttribute('inert');
  };
}

async function showWhenDrawn(
  start: HandOver,
  pressed: { now: boolean },
  started: { view: MapView; softwareWebgl: boolean },
): Promise<HandOverResult> {
  const { vector, store, mapOptions } = start;
  const { view } = started;
  const failed = await new Promise<Error | null>((resolve) => {
    view.map.once('load', () => resolve(null));
    view.map.once('error', (event) => resolve(new Error(event.error?.message ?? 'MapLibre failed to load')));
  });
  if (failed) {
    view.map.remove();
    return failed;
  }
  const still = () =>
    new Promise<void>((resolve) => {
      const check = () => (pressed.now || vector.map.isMoving ? requestAnimationFrame(check) : resolve());
      check();
    });
  let { view: shownView, lang } = mapOptions;
  // What the reader changed while MapLibre loaded, drawn by MapLibre before it is shown; again until nothing moved.
  let camera = '';
  while (camera !== JSON.stringify(vector.map.currentCamera)) {
    await still();
    const state = store.state;
    if (state.view !== shownView) view.goTo(state.view, false);
    if (view.currentChoropleth !== vector.map.currentChoropleth) view.showChoropleth(vector.map.currentChoropleth);
    if (state.lang !== lang) view.setLang(state.lang, attributionText(state.lang, start.page.credits()));
    ({ view: shownView, lang } = state);
    const { center, zoom } = vector.map.currentCamera;
    camera = JSON.stringify(vector.map.currentCamera);
    view.map.jumpTo({ center, zoom });
    await view.whenDrawn();
  }
  if (start.readerData()) {
    view.map.remove();
    return 'kept-reader-data';
  }
  const region = vector.map.popupRegion;
  vector.remove();
  start.became(view);
  wireMapLibre(view, start);
  if (store.state.popup) view.openStoryPopup(store.state.popup);
  else if (region) view.openRegionPopup(region);
  return started;
}
