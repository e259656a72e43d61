import { fetchRegionCollection } from './data/load-boundaries';
import { METRICS } from './data/metrics';
import { langFromNavigator, loadLang, t, type Lang } from './i18n';
import { loadMaplibre } from './map/load-maplibre';
import { prefetchMaplibre } from './map/prefetch-maplibre';
import type { MapView } from './map/map-view';
import { startMapLibre } from './map/start-maplibre';
import { probeWebgl, probeWebglOffThread } from './map/webgl-probe';
import {
  chooseRenderer,
  type RendererChoice,
  type VectorMapReason,
  type WebglSupport,
  vectorMapReason,
} from './state/renderer';
import type { MapViewOptions } from './map/map-view-options';
import { kioskLabelScale } from './map/style';
import { computeChoropleth, type Boundaries } from './scale/choropleth';
import type { LoadSource } from './byod/host';
import { LoadDataControl, loadUserData } from './byod/load-data';
import { DEFAULT_VIEW, parseUrlState, type AppState } from './state/url-state';
import { Store } from './state/store';
import { renderControlsPanel } from './ui/controls-panel';
import { showAlert, showParamNotices } from './ui/notices';
import { RegionPanels } from './ui/region-panels';
import { attributionText } from './shared/credits';
import { renderShellText } from './ui/shell';
import type { PageAroundMap } from './ui/follow-store';
import { ShownData } from './ui/shown-data';
import { exportControlOn } from './export/export-control';
import { maplibreExportHost, vectorExportHost } from './export/live-hosts';
import { setPageFlag, type MapState } from './test-surface';
import { byId, el } from './shared/dom';
import { paintFirstView } from './vector/first-paint';
import type { VectorMap } from './vector/vector-map';
import { wireMapLibre, type MapLibrePage } from './ui/maplibre-page';
import { settleAuto } from './ui/settle-auto';
import { whenPaintedAndQuiet } from './ui/when-quiet';
import { vectorMapCode } from './ui/vector-map-chunk';
import { startEmbed } from './share/embed-start';

export const BOUNDARY_FILES = {
  provinces: `${import.meta.env.BASE_URL}geo/provinces.json`,
  cities: `${import.meta.env.BASE_URL}geo/zhejiang-cities.json`,
} as const;

const KIOSK_RETRY_AFTER_ERROR_MS = 30_000;
/** How long `auto`'s vector map is left alone, once painted, before its WebGL question is asked (when-quiet.ts). */
const QUIET_BEFORE_WEBGL_QUESTION_MS = 400;

const setMapState = (state: MapState): void => setPageFlag('mapState', state);

export async function loadBoundaries(): Promise<Boundaries> {
  const [provinces, cities] = await Promise.all([
    fetchRegionCollection(BOUNDARY_FILES.provinces),
    fetchRegionCollection(BOUNDARY_FILES.cities),
  ]);
  return { provinces, cities };
}

export interface App {
  store: Store;
  view: MapView;
  boundaries: Boundaries;
}

export async function startApp(): Promise<App | null> {
  setMapState('loading');
  performance.mark('app-start');
  const browserLang: Lang = langFromNavigator(navigator.languages ?? [navigator.language]);
  const { state, notices } = parseUrlState(location.search, browserLang);
  const store = new Store(state);
  // The map is chosen before MapLibre's code is run (src/state/renderer.ts): the vector map where the link asks for
  // it or where WebGL2 runs in software or not at all; `auto` asks off the page's thread (webgl-probe.ts).
  // Written by the probe's callback: typed wide, or TypeScript would take it for null wherever it is read.
  let webgl = null as WebglSupport | null;
  const askWebgl = () => window.__webglAnswer ?? probeWebglOffThread();
  // `auto` does not wait for the answer (issue 23): the vector map starts at once, MapLibre takes over where the
  // answer is 'gpu' (src/ui/hand-over.ts). A link with its own files still waits: they are read for one map.
  const handOver = state.renderer === 'auto' && !state.boundaries && !state.data;
  // With a hand-over it is asked once the vector map is shown and left alone a moment (askWebglNow, when-quiet.ts).
  let askWebglNow = () => {};
  const answer: Promise<WebglSupport> | null = handOver
    ? new Promise((resolve) => (askWebglNow = () => resolve(askWebgl())))
    : state.renderer === 'auto'
      ? askWebgl()
      : null;
  const renderer: Promise<RendererChoice> = answer
    ? handOver
      ? Promise.resolve('vector')
      : answer.then((support) => chooseRenderer('auto', () => (webgl = support)))
    : Promise.resolve(state.renderer as RendererChoice);
  const maplibreModule = handOver
    ? answer!.then((support) => (support === 'gpu' ? loadMaplibre() : null))
    : renderer.then((r) => (r === 'vector' ? null : loadMaplibre()));
  // Fetched now, awaited when the map starts (showVectorMap): not one round trip after the boundaries.
  renderer.then((r) => (r === 'vector' ? vectorMapCode() : null)).catch(() => {});
  // ?boundaries=: the file is read and checked in its worker while the page and the map start (src/byod/early-start.ts).
  const { boundaries: linkedBoundaries, key } = state;
  if (linkedBoundaries)
    Promise.all([import('./byod/early-start'), renderer])
      .then(([m, r]) => m.startEarlyCheck(linkedBoundaries, key, r === 'vector' ? 'packed' : 'geojson'))
      .catch(console.error);
  // Awaited after the boundaries; a failure before then is reported there, not as an unhandled rejection.
  maplibreModule.catch(() => {});
  // Kiosk code and styles are fetched only for ?kiosk, while the map loads; the kiosk starts once the map is ready.
  const kiosk = state.kiosk ? import('./kiosk/kiosk') : null;
  let mapReady = () => {};
  const ready = new Promise<void>((resolve) => (mapReady = resolve));
  if (state.kiosk) document.documentElement.classList.add('kiosk');
  // Before the map measures its container: embed mode drops the header (src/share/share.css).
  if (state.embed) document.documentElement.classList.add('embed');
  // Only the page's language is fetched (English comes with the app), before any text is shown.
  await loadLang(state.lang);
  renderShellText(state);
  showParamNotices(byId('notices'), notices, state.lang);
  // The article in numbers needs no data file: its chunk (panel, time line, d3's scale) loads beside the boundaries.
  const story = import('./story/figures-panel');
  // The reader's file the map shows, if any: the figures panel then says it is about the article.
  let readerData: string | null = null;
  const headline = document.getElementById('headline');
  const renderFigures = (lang: Lang) =>
    story
      .then(({ renderFiguresPanel: draw }) =>
        draw(byId('figures'), lang, { alwaysOpen: state.kiosk, startFolded: state.embed, readerData, headline }),
      )
      .catch((error: unknown) => console.error(error));
  const figuresDrawn = renderFigures(state.lang);

  let boundaries: Boundaries;
  let view: MapView;
  // The panels are drawn before the map exists (see renderPanels); until then they have no map to talk to.
  let mapView: MapView | VectorMap | undefined;
  let loadData: LoadDataControl;
  try {
    boundaries = await loadBoundaries();
    performance.mark('boundaries-loaded');
    // The figures and, where the map is already known to be the vector map, its code first: panels, figures and map
    // then change the page in one task, laid out once in the map's first frame, not the panels in a frame of their
    // own before it (issue 23). `auto` with a link's files still waits for its WebGL answer, after the panels.
    await Promise.all([figuresDrawn, handOver || state.renderer === 'vector' ? vectorMapCode() : null]);
    const choropleth = computeChoropleth(METRICS[state.metric], boundaries);
    const regionPanels = new RegionPanels(
      { regions: byId('regions'), data: byId('data'), map: byId('map') },
      boundaries,
      () => mapView,
    );
    // What the map shows, the legend and the credits, and the reader's own data, for either map.
    const shown = new ShownData({
      store,
      boundaries,
      map: () => mapView,
      renderPanels: () => renderPanels(store.state),
      forgetRegionList: () => regionPanels.forgetList(),
      readerDataChanged: (file, lang) => {
        readerData = file;
        renderFigures(lang);
      },
    });
    const renderPanels = (s: AppState) => {
      renderControlsPanel(
        byId('controls'),
        s,
        {
          setView: (v) => store.update({ view: v, popup: v === 'hangzhou' || v === 'shaoxing' ? v : null }),
          setMetric: (metric) => store.update({ metric, userData: false }),
          showUserData: (index) => shown.showUserColumn(index),
          // The other language's table is fetched on the first switch; the page changes once it is there.
          setLang: (lang) =>
            loadLang(lang)
              .then(() => store.update({ lang }))
              .catch((error: unknown) => console.error(error)),
          resetView: () => {
            store.update({ view: DEFAULT_VIEW, popup: null });
            mapView?.goTo(DEFAULT_VIEW, !prefersReducedMotion());
          },
        },
        {
          ...shown.userColumns(s.lang),
          framesLoadedAreas: (mapView?.currentChoropleth ?? choropleth).level === 'custom',
        },
      );
      regionPanels.render(mapView?.currentChoropleth ?? choropleth, s.lang);
    };
    // The page's layout is final before the map measures its container: no resize after the first frame.
    renderPanels(state);
    // Kiosk: one column beside the map, the step's city card above the article's figures (kiosk.css).
    if (state.kiosk)
      byId('figures').before(el('aside', { id: 'kiosk-figures', class: 'kiosk-figures', 'aria-live': 'polite' }));
    const mapOptions: MapViewOptions = {
      container: byId('map'),
      boundaries,
      choropleth,
      lang: state.lang,
      view: state.view,
      attribution: attributionText(state.lang),
      // Kiosk: region names read from three metres, like every text on its screen.
      labelScale: state.kiosk ? kioskLabelScale(Math.min(window.innerWidth, window.innerHeight)) : 1,
      onPopupClosed: () => store.update({ popup: null }),
      onPopupOpened: (content) => announce(content.querySelector('h2')?.textContent ?? ''),
      onStoryPopupRequested: (popup) => {
        if (store.state.popup === popup) mapView?.openStoryPopup(popup);
        else store.update({ popup });
      },
    };
    // The reader's files (src/byod, loaded on first use), on either map; shown instead of the metric while `userData` is set.
    loadData = new LoadDataControl({
      lang: () => store.state.lang,
      load: (sources, report) =>
        loadUserData(() => ({ map: mapView!, boundaries, store, showUserData: shown.showUserData }), sources, report),
    });
    const page: PageAroundMap = {
      legend: shown.legend,
      show: shown.show,
      credits: shown.credits,
      choroplethFor: shown.choroplethFor,
      renderFigures,
      renderPanels,
      onLang: (lang) => loadData.setLang(lang),
      browserLang,
      prefersReducedMotion,
    };
    const showVectorMap = async (reason: VectorMapReason, startKiosk = true) => {
      const { startVectorMap } = await vectorMapCode();
      const vector = startVectorMap({
        mapOptions,
        reason,
        store,
        page,
        loadData,
        // The Export button as on MapLibre; its PNG painter is the vector page's (src/export/live-hosts.ts).
        exportControl: (v) => exportControlOn(vectorExportHost(store, v, boundaries, mapOptions.container)),
        // Kiosk: a city's story in the column beside the map, as on MapLibre (setPopupDock below).
        popupDock: state.kiosk ? byId('kiosk-figures') : null,
      });
      mapView = vector.map;
      loadLinked(loadData, state);
      // Marked once the browser has painted it, as the peers' pages and MapLibre's idle mark theirs (`npm run bench`).
      requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('map-ready')));
      setPageFlag('mapRenderer', 'vector');
      if (webgl) setPageFlag('softwareWebgl', webgl === 'software');
      setMapState('ready');
      mapReady();
      if (state.embed) startEmbed(store);
      if (startKiosk) startKioskOn({ vector: vector.map });
      return vector;
    };
    const startKioskOn = (map: { vector: VectorMap } | { view: MapView }) =>
      kiosk
        ?.then((k) => k.startKiosk({ store, map: 'view' in map ? k.maplibreKioskMap(map.view) : map.vector, ready }))
        .catch(console.error);
    const wiring: MapLibrePage = {
      store,
      page,
      loadData,
      exportControl: (v) => exportControlOn(maplibreExportHost(store, v, boundaries)),
      popupDock: state.kiosk ? byId('kiosk-figures') : null,
    };
    if ((await renderer) === 'vector') {
      // `auto`: the reason ('' for now) and the page's flags follow the answer; the kiosk starts on the final map.
      const vector = await showVectorMap(handOver ? 'software' : vectorMapReason(webgl), !handOver);
      const became = (v: MapView) => {
        mapView = v;
        window.__app = { store, view: v, boundaries };
      };
      const handOverTo = { ...wiring, mapOptions, became };
      if (handOver) {
        prefetchMaplibre();
        whenPaintedAndQuiet(mapOptions.container, QUIET_BEFORE_WEBGL_QUESTION_MS).then(askWebglNow);
        settleAuto({ answer: answer!, maplibreModule, vector, handOverTo, settled: startKioskOn }).catch(console.error);
      }
      return null;
    }
    // --- First paint (src/vector): the view as SVG now, MapLibre's map under it when ready. ---
    // ?firstpaint=off skips it, so `npm run bench` can time map-ready with and without it in one run.
    const paint = () =>
      new URLSearchParams(location.search).get('firstpaint') === 'off'
        ? { handOver: () => {}, remove: () => {} }
        : paintFirstView(mapOptions.container, { boundaries, choropleth, lang: state.lang, view: state.view });
    // When MapLibre's code is already here (it won the race with the boundaries, or came from the cache), it
    // starts first and the SVG is drawn while MapLibre's worker reads the boundaries: the first paint then takes
    // nothing from map-ready. Otherwise the SVG is drawn now, while MapLibre's code is still on its way.
    const early = await Promise.race([maplibreModule, Promise.resolve(null)]);
    let firstPaint = early ? null : paint();
    const maplibre = early ?? (await maplibreModule);
    // Only the vector map's choice loads no MapLibre, and it has returned above.
    if (!maplibre) return null;
    // --- Map without WebGL (src/vector): when MapLibre cannot start, the vector map takes its place. ---
    const started = startMapLibre(maplibre, mapOptions);
    if (started instanceof Error) {
      firstPaint?.remove();
      console.warn(`MapLibre could not start; showing the vector map: ${started.message}`);
      await showVectorMap((webgl ?? probeWebgl()) === 'none' ? 'no-webgl' : { failed: started.message });
      return null;
    }
    setPageFlag('mapRenderer', 'maplibre');
    setPageFlag('softwareWebgl', started.softwareWebgl);
    firstPaint ??= paint();
    const shownFirst = firstPaint;
    view = started.view;
    mapView = view;
    wireMapLibre(view, wiring);

    view.map.once('load', () => {
      performance.mark('map-load');
      if (store.state.popup) view.openStoryPopup(store.state.popup);
      view.map.once('idle', () => {
        performance.mark('map-ready');
        shownFirst.handOver(prefersReducedMotion());
        setMapState('ready');
        mapReady();
      });
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    showAlert(byId('alert'), t(state.lang, 'error.load', { problem: message }));
    setMapState('error');
    console.error(error);
    // Nobody is there to press reload: an unattended kiosk tries again rather than show the error all day.
    if (state.kiosk) setTimeout(() => location.reload(), KIOSK_RETRY_AFTER_ERROR_MS);
    return null;
  }
  const app = { store, view, boundaries };
  window.__app = app;
  loadLinked(loadData, state);
  kiosk?.then((k) => k.startKiosk({ store, map: k.maplibreKioskMap(view), ready })).catch(console.error);
  if (state.embed) startEmbed(store);
  return app;
}

/** The link's own files (?boundaries, ?data), loaded once the map is there. */
function loadLinked(loadData: LoadDataControl, state: AppState): void {
  const linked: LoadSource[] = [
    ...(state.boundaries
      ? [{ kind: 'link', path: state.boundaries, role: 'boundaries', key: state.key } as const]
      : []),
    ...(state.data ? [{ kind: 'link', path: state.data, role: 'metrics', key: state.key } as const] : []),
  ];
  if (linked.length) loadData.load(linked);
}

/** Tells screen readers what just appeared (a popup, a caption) without moving their focus. */
export function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (region) region.textContent = text;
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
