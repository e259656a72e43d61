import { stepFigures } from '../story/caption-values';
import { DEFAULT_METRIC } from '../data/metrics';
import { t } from '../i18n';
import { isSameOriginPath } from '../state/url-state';
import { parseTour, type Tour, type TourResult } from './tour';

export const DEFAULT_TOUR_FILE = `${import.meta.env.BASE_URL}tours/default.json`;

/** Fetches and checks a tour file on this origin; every failure is a readable line naming the file. */
export async function fetchTour(file: string): Promise<TourResult> {
  if (!isSameOriginPath(file) || resolve(file)?.origin !== location.origin) {
    return { ok: false, error: `${file}: is not on this site (a tour must be a file next to the app)` };
  }
  try {
    const response = await fetch(file, { cache: 'no-cache' });
    if (!response.ok) return { ok: false, error: `${file}: could not be loaded (HTTP ${response.status})` };
    return parseTour(await response.text(), file);
  } catch (error) {
    return {
      ok: false,
      error: `${file}: could not be loaded (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

function resolve(file: string): URL | null {
  try {
    return new URL(file, location.href);
  } catch {
    return null;
  }
}

/** The last resort when even the default tour file is broken: the four views, named, with their story popups. */
export function builtInTour(): Tour {
  const views = [
    ['china', null],
    ['zhejiang', null],
    ['hangzhou', 'hangzhou'],
    ['shaoxing', 'shaoxing'],
  ] as const;
  return {
    file: 'built-in',
    steps: views.map(([view, popup]) => ({
      view,
      popup,
      metric: DEFAULT_METRIC,
      caption: { en: t('en', `view.${view}`), zh: t('zh', `view.${view}`) },
      figures: stepFigures('', popup !== null),
      durationSeconds: 15,
    })),
  };
}

export interface LoadedTour {
  tour: Tour;
  /** Problems met on the way, to report; the tour shown is always usable. */
  problems: string[];
}

/** The requested tour, else the default one, else the built-in one: the kiosk always has something to play. */
export async function loadTour(requested: string | null): Promise<LoadedTour> {
  const problems: string[] = [];
  const isDefault = (file: string) => resolve(file)?.href === resolve(DEFAULT_TOUR_FILE)?.href;
  for (const file of requested && !isDefault(requested) ? [requested, DEFAULT_TOUR_FILE] : [DEFAULT_TOUR_FILE]) {
    const result = await fetchTour(file);
    if (result.ok) return { tour: result.tour, problems };
    problems.push(result.error);
  }
  return { tour: builtInTour(), problems };
}
