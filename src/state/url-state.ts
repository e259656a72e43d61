import { DEFAULT_METRIC, isMetricId, type MetricId } from '../data/metrics';
import { isLang, type Lang } from '../i18n';
import { RENDERERS, type RendererRequest } from './renderer';

export const VIEWS = ['china', 'zhejiang', 'hangzhou', 'shaoxing'] as const;
export type ViewId = (typeof VIEWS)[number];
export const DEFAULT_VIEW: ViewId = 'zhejiang';

export const POPUPS = ['hangzhou', 'shaoxing'] as const;
export type PopupId = (typeof POPUPS)[number];

export const DEFAULT_IDLE_SECONDS = 60;

/** Everything the page shows, from the URL. Parsed once; the rest of the app reads this. */
export interface AppState {
  view: ViewId;
  metric: MetricId;
  lang: Lang;
  popup: PopupId | null;
  kiosk: boolean;
  /** Seconds without input before a kiosk takes control back. */
  idleSeconds: number;
  /** Overrides every tour step's duration (tests use it). */
  tourIntervalSeconds: number | null;
  /** Same-origin path of a tour file. */
  tour: string | null;
  /** Same-origin path of a metrics file (CSV or JSON). */
  data: string | null;
  /** Same-origin path of a GeoJSON boundary file. */
  boundaries: string | null;
  /** Property of the boundary features holding the join key. */
  key: string | null;
  /** The user's loaded data is shown instead of `metric` (src/byod); runtime only, never in the URL. */
  userData?: boolean;
  /** `?embed=1`: inside another page's iframe, without the page header (src/share/embed-mode.ts). */
  embed?: boolean;
  /** `?renderer=`: MapLibre, the vector map, or `auto` (src/map/software-webgl.ts decides). */
  renderer: RendererRequest;
}

/** A URL value that was not understood, and what is shown instead. */
export interface ParamNotice {
  param: string;
  value: string;
  fallback: string;
}

export interface ParsedState {
  state: AppState;
  notices: ParamNotice[];
}

function oneOf<T extends string>(values: readonly T[]) {
  return (v: string): v is T => (values as readonly string[]).includes(v);
}

export function parseUrlState(search: string, browserLang: Lang): ParsedState {
  const params = new URLSearchParams(search);
  const notices: ParamNotice[] = [];

  function choice<T extends string>(name: string, accept: (v: string) => v is T, fallback: T): T;
  function choice<T extends string>(name: string, accept: (v: string) => v is T, fallback: null): T | null;
  function choice<T extends string>(name: string, accept: (v: string) => v is T, fallback: T | null): T | null {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const value = raw.trim().toLowerCase();
    if (accept(value)) return value;
    notices.push({ param: name, value: raw, fallback: fallback ?? 'none' });
    return fallback;
  }

  function seconds(name: string, fallback: number | null, min: number, max: number): number | null {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const n = Number(raw);
    if (raw.trim() !== '' && Number.isFinite(n) && n >= min && n <= max) return n;
    notices.push({ param: name, value: raw, fallback: fallback === null ? 'none' : String(fallback) });
    return fallback;
  }

  function sameOriginPath(name: string): string | null {
    const raw = params.get(name);
    if (raw === null || raw.trim() === '') return null;
    if (isSameOriginPath(raw)) return raw.trim();
    notices.push({ param: name, value: raw, fallback: 'none' });
    return null;
  }

  const kioskRaw = params.get('kiosk');
  const state: AppState = {
    view: choice('view', oneOf(VIEWS), DEFAULT_VIEW),
    metric: choice('metric', isMetricId, DEFAULT_METRIC),
    lang: choice('lang', isLang, browserLang),
    popup: choice('popup', oneOf(POPUPS), null),
    kiosk: flag(kioskRaw),
    idleSeconds: seconds('idle', DEFAULT_IDLE_SECONDS, 1, 86_400) ?? DEFAULT_IDLE_SECONDS,
    // From 0.01 s: the kiosk's memory test plays hundreds of steps (tests/e2e/kiosk.spec.ts), each as fast as it draws.
    tourIntervalSeconds: seconds('tour-interval', null, 0.01, 3_600),
    tour: sameOriginPath('tour'),
    data: sameOriginPath('data'),
    boundaries: sameOriginPath('boundaries'),
    key: params.get('key')?.trim() || null,
    embed: flag(params.get('embed')),
    renderer: choice('renderer', oneOf(RENDERERS), 'auto'),
  };
  return { state, notices };
}

/** A switch in the link: present and not `0` or `false`. */
function flag(raw: string | null): boolean {
  return raw !== null && raw !== '0' && raw !== 'false';
}

/** Only relative paths on this origin: the app never fetches from elsewhere. */
export function isSameOriginPath(raw: string): boolean {
  const value = raw.trim();
  return !/^[a-z][a-z0-9+.-]*:/iu.test(value) && !value.startsWith('//') && !value.includes('\\');
}

/** The state as a query string, defaults left out, for deep links and the address bar. */
export function serialiseState(state: AppState, browserLang: Lang): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW) params.set('view', state.view);
  if (state.metric !== DEFAULT_METRIC) params.set('metric', state.metric);
  if (state.lang !== browserLang) params.set('lang', state.lang);
  if (state.popup) params.set('popup', state.popup);
  if (state.kiosk) params.set('kiosk', '1');
  if (state.embed) params.set('embed', '1');
  if (state.renderer !== 'auto') params.set('renderer', state.renderer);
  if (state.idleSeconds !== DEFAULT_IDLE_SECONDS) params.set('idle', String(state.idleSeconds));
  if (state.tourIntervalSeconds !== null) params.set('tour-interval', String(state.tourIntervalSeconds));
  for (const name of ['tour', 'data', 'boundaries', 'key'] as const) {
    const value = state[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
