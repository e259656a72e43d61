import { headlineFigures, type PopupFigure, regionPopupModel, storyPopupModel } from '../scene/popup';
import { bilingualName } from '../scene/story';
import { describeValue } from '../data/describe';
import type { RegionValue } from '../data/derived';
import type { UserValue } from '../data/user-data';
import type { RegionInfo } from '../data/regions';
import { t, type Lang } from '../i18n';
import type { PopupId } from '../state/url-state';
import { el } from '../shared/dom';

function figureItem(f: PopupFigure): HTMLElement {
  return el(
    'li',
    { 'data-figure': f.id },
    el('span', { class: 'figure-label' }, f.label),
    el('strong', { class: 'figure-value' }, f.value),
    el('span', { class: 'figure-meta' }, f.meta),
  );
}

/** The article's story at Hangzhou or Shaoxing (src/scene/popup.ts), every figure with its unit, date and source. */
export function storyPopupContent(id: PopupId, city: RegionInfo, lang: Lang): HTMLElement {
  const story = storyPopupModel(id, city, lang);
  return el(
    'article',
    { class: 'popup story-popup', 'data-popup': id, lang: lang === 'zh' ? 'zh-CN' : 'en' },
    el('h2', {}, story.heading),
    el('p', { class: 'popup-lead' }, story.lead),
    el('h3', {}, story.figuresTitle),
    el('ul', { class: 'figures' }, ...story.figures.map(figureItem)),
    el('p', { class: 'popup-context' }, story.context),
    el('ul', { class: 'figures' }, figureItem(story.cityFigure)),
  );
}

/** The article's figures for Zhejiang without a city: what the kiosk's figures panel shows between story steps. */
export function reportFiguresContent(lang: Lang): HTMLElement {
  return el(
    'article',
    { class: 'popup report-figures', lang: lang === 'zh' ? 'zh-CN' : 'en' },
    el('h2', {}, t(lang, 'popup.figures')),
    el('ul', { class: 'figures' }, ...headlineFigures(lang).map(figureItem)),
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
  const popup = regionPopupModel(region, metricLabel, value, lang, within);
  return el(
    'article',
    { class: 'popup region-popup', 'data-region': region.code, lang: lang === 'zh' ? 'zh-CN' : 'en' },
    el('h2', {}, popup.heading),
    popup.within ? el('p', { class: 'popup-within' }, popup.within) : null,
    el('p', { class: 'popup-metric' }, popup.metric),
    el('p', { class: popup.noData ? 'popup-value no-data' : 'popup-value' }, popup.value),
    popup.detail.length ? el('ul', { class: 'popup-detail' }, ...popup.detail.map((line) => el('li', {}, line))) : null,
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
    el('strong', {}, bilingualName(region, lang)),
    within ? el('span', { class: 'tooltip-within' }, ` · ${lang === 'zh' ? within.name_zh : within.name_en}`) : null,
    el('br'),
    el('span', {}, description.value),
  );
}
