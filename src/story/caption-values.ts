import { figure, type FigureId } from '../data/figures';
import { formatNumber } from '../data/format';
import { METRICS, regionalStationsPer10k } from '../data/metrics';
import type { Lang } from '../i18n';
import type { FigureCard } from './article-figures';

const NO_AREAS = () => undefined;

/**
 * The numbers a tour caption may name, as {placeholders} filled from the computed figures: a caption
 * cannot drift from the map. Per-10,000 values to one decimal, as the legend shows them; counts as the
 * sources round them (220,000 / 22万).
 */
export function captionValues(lang: Lang): Readonly<Record<string, string>> {
  const comparison = METRICS['stations-per-10k-regions'];
  const zhejiang = comparison.values(NO_AREAS).find((v) => v.code === '330000')!;
  const china = comparison.reference!(NO_AREAS);
  const per10k = (value: number) => formatNumber(value, 'stations-per-10k-residents', lang);
  const count = (id: FigureId) => {
    const f = figure(id);
    return formatNumber(f.value, f.unit, lang, f.qualifier === 'more-than' ? 'exact' : f.qualifier);
  };
  return {
    zhejiangPer10k: per10k(zhejiang.value),
    chinaPer10k: per10k(china.value),
    eastPer10k: per10k(regionalStationsPer10k('east').value),
    centralPer10k: per10k(regionalStationsPer10k('central').value),
    westPer10k: per10k(regionalStationsPer10k('west').value),
    northeastPer10k: per10k(regionalStationsPer10k('northeast').value),
    zhejiangStations: count('zjStations'),
    zhejiangStations2022: count('zjStations2022'),
    chinaStations: count('cnStations'),
    chinaStations2022: count('cnStations2022'),
    chinaStations2023: count('cnStations2023'),
    factories: count('zjFactories'),
    platforms: count('zjPlatforms'),
  };
}

export const CAPTION_PLACEHOLDERS = Object.keys(captionValues('en'));

/** Fills a caption's {placeholders}; an unknown name is an error that says which names exist. */
export function fillCaption(text: string, lang: Lang): { text: string } | { unknown: string } {
  const values = captionValues(lang);
  let unknown: string | null = null;
  const filled = text.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) unknown ??= name;
    return value ?? whole;
  });
  return unknown === null ? { text: filled } : { unknown };
}

/** A part of the article panel a kiosk step can show: one figure's card, or the time line. */
export type StepFigure = FigureCard['id'] | 'timeline';

// Which part of the article panel shows each placeholder's number, with its date and source.
const PLACEHOLDER_FIGURE: Readonly<Record<string, StepFigure>> = {
  zhejiangPer10k: 'per10k',
  // China's average goes with China's count; the regions' averages are the map's hatched classes, whose
  // legend entry names MIIT and the date.
  chinaPer10k: 'china',
  zhejiangStations: 'stations',
  chinaStations: 'china',
  zhejiangStations2022: 'timeline',
  chinaStations2022: 'timeline',
  chinaStations2023: 'timeline',
  factories: 'factories',
  platforms: 'platforms',
};
// Parts that already give another part's number with its date and source: both counts are points on the time
// line, and the per-10,000 card cites Zhejiang's count it is computed from. A kiosk column has no room for repeats.
const COVERS: readonly (readonly [StepFigure, StepFigure])[] = [
  ['timeline', 'stations'],
  ['timeline', 'china'],
  ['per10k', 'stations'],
];
const HEADLINE: readonly StepFigure[] = ['per10k'];

/**
 * The parts of the article panel a kiosk step shows, from the numbers its caption names: a kiosk column has
 * room for two or three at a size read from three metres, so it shows the ones the caption talks about. A city's
 * step shows the city's own card instead (the popup's dock); a caption that names no number, the headline one.
 */
export function stepFigures(captionTemplate: string, hasCityCard: boolean): StepFigure[] {
  if (hasCityCard) return [];
  const named = [...captionTemplate.matchAll(/\{(\w+)\}/gu)].flatMap(([, name]) => {
    const part = PLACEHOLDER_FIGURE[name!];
    return part ? [part] : [];
  });
  const unique = [...new Set(named)];
  const shown = unique.filter((part) => !COVERS.some(([by, covered]) => covered === part && unique.includes(by)));
  return shown.length ? shown : [...HEADLINE];
}
