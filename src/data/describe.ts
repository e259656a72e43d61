import { t, type Lang } from '../i18n';
import type { RegionValue } from './derived';
import { CHINA_CODE, type Figure } from './figures';
import { formatDate, formatNumber, withUnit, numberFormat } from './format';
import { SOURCES, type Source } from './sources';
import { isUserValue, type UserMetric, type UserValue } from './user-data';
import type { Metric } from './metrics';

/** A figure as words: "more than 33 per 10,000 residents". */
export function describeFigure(f: Figure, lang: Lang): string {
  const number = formatNumber(f.value, f.unit, lang, f.qualifier);
  const text = withUnit(number, t(lang, `unit.${f.unit}`), lang);
  return f.qualifier === 'more-than' ? t(lang, 'value.moreThan', { value: text }) : text;
}

export function sourceCitation(f: Pick<Figure, 'source'>, lang: Lang): string {
  const s = SOURCES[f.source];
  return `${publisherOf(s, lang)}: ${s.title} (${formatDate(s.published, lang)})`;
}

/**
 * A short citation for tight places, after the figure's own date: publisher and publication date, or the publisher
 * alone when the figure is dated by its publication ("reported 2 Dec 2023 · Xinhua", not "… · Xinhua, 2 Dec 2023").
 */
export function shortCitation(f: Pick<Figure, 'source' | 'asOf'>, lang: Lang): string {
  const { published } = SOURCES[f.source];
  return published === f.asOf ? shortPublisher(f, lang) : `${shortPublisher(f, lang)}, ${formatDate(published, lang)}`;
}

export function figureDate(f: Figure, lang: Lang): string {
  const date = formatDate(f.asOf, lang);
  return f.source === 'xinhua-2023-12-02' && f.asOf === '2023-12-02'
    ? t(lang, 'date.reported', { date })
    : t(lang, 'value.asOf', { date });
}

/** Value, unit and a line saying how it was obtained, for tooltips, popups and the data table. */
export interface ValueDescription {
  value: string;
  detail: string[];
}

export function describeValue(v: RegionValue | UserValue | undefined, lang: Lang): ValueDescription {
  if (!v) return { value: t(lang, 'value.noData'), detail: [] };
  if (isUserValue(v)) return describeUserValue(v, lang);
  const number = withUnit(formatNumber(v.value, v.unit, lang), t(lang, `unit.${v.unit}`), lang);
  const detail: string[] = [];
  // A regional average is named as the region's, so it never reads as the province's own figure.
  if (v.averageOf) {
    const average = t(lang, `average.${v.averageOf}` as 'average.east');
    return { value: `${average}${lang === 'zh' ? '：' : ': '}${number}`, detail: inputLines(v, lang) };
  }
  detail.push(...inputLines(v, lang));
  return { value: number, detail };
}

/** How a value was obtained, then each input figure with its own date beside its own publisher. */
function inputLines(v: RegionValue, lang: Lang): string[] {
  const detail: string[] = [];
  if (v.inputs.length > 1 || v.areaKm2 !== undefined)
    detail.push(t(lang, 'value.derived', { formula: formula(v, lang) }));
  for (const f of v.inputs)
    detail.push(`${describeFigure(f, lang)}, ${figureDate(f, lang)} · ${shortCitation(f, lang)}`);
  if (v.areaKm2 !== undefined)
    detail.push(t(lang, 'value.areaFromBoundaries', { area: formatNumber(v.areaKm2, 'residents', lang) }));
  return detail;
}

function formula(v: RegionValue, lang: Lang): string {
  const [first, second] = v.inputs;
  const top = first ? formatNumber(first.value, first.unit, lang, first.qualifier) : '';
  if (v.areaKm2 !== undefined) return `${top} ÷ ${formatNumber(v.areaKm2, 'residents', lang)} km²`;
  if (second) return `${top} ÷ ${formatNumber(second.value, second.unit, lang, second.qualifier)} × 10,000`;
  return top;
}

/** A metric's name as the legend, popups and the table title it. */
export function metricTitle(metric: Metric | UserMetric, lang: Lang): string {
  return metric.id === 'user' ? t(lang, 'byod.metricTitle', { name: metric.name }) : t(lang, `metric.${metric.id}`);
}

/** A value from the user's file: the number with the file's unit, then its date, source and row. */
function describeUserValue(v: UserValue, lang: Lang): ValueDescription {
  const digits = v.value !== 0 && Math.abs(v.value) < 1 ? 3 : 2;
  const number = numberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits }).format(v.value);
  const detail: string[] = [];
  if (v.date) detail.push(t(lang, 'value.asOf', { date: formatDate(v.date, lang) }));
  if (v.source) detail.push(t(lang, 'byod.value.source', { source: v.source }));
  detail.push(
    t(lang, 'byod.value.from', {
      where: t(lang, v.placeKind === 'item' ? 'byod.where.item' : 'byod.where.row', { file: v.file, row: v.row }),
    }),
  );
  return { value: v.unit ? withUnit(number, v.unit, lang) : number, detail };
}

/**
 * Where a map's numbers come from, one entry per figure with its own date beside its own publisher:
 * "Zhejiang, 5G base stations: Xinhua, reported 2 Dec 2023 · China, 5G base stations: Xinhua, as of end
 * of May 2023 · …". Grouping dates by publisher would let a reader pin a date on the wrong figure.
 * The legend carries it so that no number on screen is without its date and source.
 */
export function valueSources(values: Iterable<RegionValue | UserValue>, lang: Lang): string {
  const entries = new Set<string>();
  const [colon, comma] = lang === 'zh' ? ['：', '，'] : [': ', ', '];
  for (const v of values) {
    if (isUserValue(v)) {
      const publisher = v.source ?? v.file;
      entries.add(v.date ? `${publisher}${colon}${formatDate(v.date, lang)}` : publisher);
      continue;
    }
    for (const f of v.inputs) {
      const what = t(lang, 'sources.what', { scope: scopeOf(f.region, lang), noun: t(lang, `noun.${f.unit}`) });
      entries.add(`${what}${colon}${shortPublisher(f, lang)}${comma}${figureDate(f, lang)}`);
    }
  }
  return [...entries].join(' · ');
}

/** Whom a figure is about, in a word: China, Zhejiang, the statistical regions, the provinces or the cities. */
function scopeOf(region: string, lang: Lang): string {
  if (region === CHINA_CODE) return t(lang, 'scope.china');
  if (region === '330000') return t(lang, 'scope.zhejiang');
  if (!/^\d{6}$/u.test(region)) return t(lang, 'scope.regions');
  return t(lang, region.endsWith('0000') ? 'scope.provinces' : 'scope.cities');
}

function publisherOf(source: Source, lang: Lang): string {
  return lang === 'zh' ? source.publisher_zh : source.publisher;
}

/** The publisher without the "also carried by" or "tabulated by" part. */
function shortPublisher(f: Pick<Figure, 'source'>, lang: Lang): string {
  return publisherOf(SOURCES[f.source], lang)
    .split(/[;(；（]/u)[0]!
    .trim();
}
