import { fetchRegionCollection } from './data/load-boundaries';
import { METRICS } from './data/metrics';
import { langFromNavigator, t, type Lang } from './i18n';
import { MapView } from './map/map-view';
import { computeChoropleth, type Boundaries } from './scale/choropleth';
import { DEFAULT_VIEW, parseUrlState, serialiseState, type AppState } from './state/url-state';
import { Store } from './state/store';
import { renderControlsPanel } from './ui/controls-panel';
import { LegendControl } from './ui/legend';
import { showAlert, showParamNotices } from './ui/notices';
import { renderRegionList } from './ui/region-list';
import { mapSummary, renderDataTable } from './ui/data-table';
import { renderShellText } from './ui/shell';

export const BOUNDARY_FILES = {
  provinces: `${import.meta.env.BASE_URL}geo/provinces.json`,
  cities: `${import.meta.env.BASE_URL}geo/zhejiang-cities.json`,
} as const;

type MapState = 'loading' | 'ready' | 'error';

function setMapState(state: MapState): void {
  document.documentElement.dataset['mapState'] = state;
}

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html has no element #${id}`);
  return node;
}

export async function loadBoundaries(): Promise<Boundaries> {
  const [provinces, cities] = await Promise.all([fetchRegionCollection(BOUNDARY_FILES.provinces), fetchRegionCollection(BOUNDARY_FILES.cities)]);
  return { provinces, cities };
}

export interface App {
  store: Store;
  view: MapView;
  boundaries: Boundaries;
}

export async function startApp(): Promise<App | null> {
  setMapState('loading');
  const browserLang: Lang = langFromNavigator(navigator.languages ?? [navigator.language]);
  const { state, notices } = parseUrlState(location.search, browserLang);
  const store = new Store(state);
  renderShellText(state);
  showParamNotices(byId('notices'), notices, state.lang);

  let boundaries: Boundaries;
  let view: MapView;
  try {
    boundaries = await loadBoundaries();
    const choropleth = computeChoropleth(METRICS[state.metric], boundaries);
    view = new MapView({
      container: byId('map'),
      boundaries,
      choropleth,
      lang: state.lang,
      view: state.view,
      attribution: `${t(state.lang, 'attribution.boundaries')} · ${t(state.lang, 'attribution.statistics')}`,
      onPopupClosed: () => store.update({ popup: null }),
      onPopupOpened: (content) => announce(content.querySelector('h2')?.textContent ?? ''),
      onStoryPopupRequested: (popup) => {
        if (store.state.popup === popup) view.openStoryPopup(popup);
        else store.update({ popup });
      },
    });
    view.map.on('error', (event) => console.error(event.error));
    const legend = new LegendControl();
    view.map.addControl(legend, 'bottom-left');
    legend.render(choropleth, state.lang);

    const renderPanels = (s: AppState) => {
      renderControlsPanel(byId('controls'), s, {
        setView: (v) => store.update({ view: v, popup: v === 'hangzhou' || v === 'shaoxing' ? v : null }),
        setMetric: (metric) => store.update({ metric }),
        setLang: (lang) => store.update({ lang }),
        resetView: () => {
          store.update({ view: DEFAULT_VIEW, popup: null });
          view.goTo(DEFAULT_VIEW, !prefersReducedMotion());
        },
      });
      const level = METRICS[s.metric].level;
      const regions = view.regionsAt(level);
      const groups = [
        { title: t(s.lang, 'control.cities'), regions: view.regionsAt('city') },
        { title: t(s.lang, 'control.provinces'), regions: view.regionsAt('province') },
      ];
      renderRegionList(byId('regions'), t(s.lang, 'control.regions'), groups, s.lang, {
        focus: (code) => view.focusRegion(code),
        open: (code) => view.openRegionPopup(code),
      });
      renderDataTable(byId('data'), view.currentChoropleth, regions, s.lang);
      byId('map').setAttribute('aria-label', t(s.lang, 'a11y.mapLabel', { summary: mapSummary(view.currentChoropleth, regions, s.lang) }));
    };
    renderPanels(state);

    store.subscribe((next, previous) => {
      history.replaceState(null, '', `${location.pathname}${serialiseState(next, browserLang)}${location.hash}`);
      if (next.metric !== previous.metric) {
        const updated = computeChoropleth(METRICS[next.metric], boundaries);
        view.showChoropleth(updated);
        legend.render(updated, next.lang);
      } else if (next.lang !== previous.lang) {
        legend.render(computeChoropleth(METRICS[next.metric], boundaries), next.lang);
      }
      if (next.lang !== previous.lang) {
        view.setLang(next.lang);
        renderShellText(next);
      }
      if (next.view !== previous.view) view.goTo(next.view, !prefersReducedMotion());
      if (next.popup !== previous.popup) {
        if (next.popup) view.openStoryPopup(next.popup);
        else view.closePopup();
      }
      renderPanels(next);
    });

    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') view.closePopup();
    });

    view.map.once('load', () => {
      if (store.state.popup) view.openStoryPopup(store.state.popup);
      view.map.once('idle', () => {
        performance.mark('map-ready');
        setMapState('ready');
      });
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    showAlert(byId('alert'), t(state.lang, 'error.load', { problem: message }));
    setMapState('error');
    console.error(error);
    return null;
  }
  const app = { store, view, boundaries };
  (window as unknown as { __app?: App }).__app = app;
  return app;
}

/** Tells screen readers what just appeared (a popup, a caption) without moving their focus. */
export function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (region) region.textContent = text;
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
