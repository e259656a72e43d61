import { describeFigure, describeValue, figureDate, shortCitation } from '../data/describe';
import { figure, type FigureId } from '../data/figures';
import type { RegionValue } from '../data/derived';
import type { UserValue } from '../data/user-data';
import type { RegionInfo } from '../data/regions';
import { t, type Lang, type StringKey } from '../i18n';
import type { PopupId } from '../state/url-state';
import { el } from '../shared/dom';

// Story constants live in the story layer, where the pure scene reads them too; re-exported for the map's modules.
export { POPUP_REGION } from '../story/places';

export const HEADLINE_FIGURES: readonly [StringKey, FigureId][] = [
  ['popup.fig.stations', 'zjStations'],
  ['popup.fig.per10k', 'zjStationsPer10kReported'],
  ['popup.fig.factories', 'zjFactories'],
  ['popup.fig.platforms', 'zjPlatforms'],
  ['popup.fig.china', 'cnStations'],
];

export const CITY_RESIDENTS: Readonly<Record<PopupId, FigureId>> = {
  hangzhou: 'hangzhouResidents',
  shaoxing: 'shaoxingResidents',
};

function regionName(region: RegionInfo, lang: Lang): string {
  // Loaded boundaries often carry one name only.
  if (region.name_zh === region.name_en) return region.name_zh;
  return lang === 'zh' ? `${region.name_zh} ${region.name_en}` : `${region.name_en} ${region.name_zh}`;
}

function figureItem(label: string, id: FigureId, lang: Lang): HTMLElement {
  const f = figure(id);
  return el(
    'li',
    { 'data-figure': id },
    el('span', { class: 'figure-label' }, label),
    el('strong', { class: 'figure-value' }, describeFigure(f, lang)),
    el('span', { class: 'figure-meta' }, `${figureDate(f, lang)} · ${shortCitation(f, lang)}`),
  );
}

/** The article's story at Hangzhou or Shaoxing, every figure with its unit, date and source. */
export function storyPopupContent(id: PopupId, city: RegionInfo, lang: Lang): HTMLElement {
  const cityName = lang === 'zh' ? city.name_zh : city.name_en;
  return el(
    'article',
    { class: 'popup story-popup', 'data-popup': id, lang: lang === 'zh' ? 'zh-CN' : 'en' },
    el('h2', {}, t(lang, `popup.${id}.heading`)),
    el('p', { class: 'popup-lead' }, t(lang, `popup.${id}.lead`)),
    el('h3', {}, t(lang, 'popup.figures')),
    el('ul', { class: 'figures' }, ...HEADLINE_FIGURES.map(([key, fid]) => figureItem(t(lang, key), fid, lang))),
    el('p', { class: 'popup-context' }, t(lang, 'popup.context')),
    el(
      'ul',
      { class: 'figures' },
      figureItem(t(lang, 'popup.fig.cityResidents', { city: cityName }), CITY_RESIDENTS[id], lang),
    ),
  );
}

/** The article's figures for Zhejiang without a city: what the kiosk's figures panel shows between story steps. */
export function reportFiguresContent(lang: Lang): HTMLElement {
  return el(
    'article',
    { class: 'popup report-figures', lang: lang === 'zh' ? 'zh-CN' : 'en' },
    el('h2', {}, t(lang, 'popup.figures')),
    el('ul', { class: 'figures' }, ...HEADLINE_FIGURES.map(([key, fid]) => figureItem(t(lang, key), fid, lang))),
  );
}

/** Any other region: its value under the current metric, or "no data", with how it was obtained. */
export function regionPopupContent(
  region: RegionInfo,
  metricLabel: string,
  value: RegionValue | UserValue | undefined,
  lang: Lang,
  within?: RegionInfo,
): HTMLElement {
  const description = describeValue(value, lang);
  return el(
    'article',
    { class: 'popup region-popup', 'data-region': region.code, lang: lang === 'zh' ? 'zh-CN' : 'en' },
    el('h2', {}, regionName(region, lang)),
    within ? el('p', { class: 'popup-within' }, regionName(within, lang)) : null,
    el('p', { class: 'popup-metric' }, metricLabel),
    el('p', { class: value ? 'popup-value' : 'popup-value no-data' }, description.value),
    description.detail.length
      ? el('ul', { class: 'popup-detail' }, ...description.detail.map((line) => el('li', {}, line)))
      : null,
  );
}

export function tooltipContent(
  region: RegionInfo,
  value: RegionValue | UserValue | undefined,
  lang: Lang,
  within?: RegionInfo,
): HTMLElement {
  const description = describeValue(value, lang);
  return el(
    'div',
    { class: 'tooltip' },
    el('strong', {}, regionName(region, lang)),
    within ? el('span', { class: 'tooltip-within' }, ` · ${lang === 'zh' ? within.name_zh : within.name_en}`) : null,
    el('br'),
    el('span', {}, description.value),
  );
}
