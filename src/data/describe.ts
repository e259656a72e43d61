import { t, type Lang } from '../i18n';
import type { RegionValue } from './derived';
import type { Figure } from './figures';
import { formatDate, formatNumber, withUnit } from './format';
import { SOURCES } from './sources';

/** A figure as words: "more than 33 per 10,000 residents". */
export function describeFigure(f: Figure, lang: Lang): string {
  const number = formatNumber(f.value, f.unit, lang, f.qualifier);
  const text = withUnit(number, t(lang, `unit.${f.unit}`), lang);
  return f.qualifier === 'more-than' ? t(lang, 'value.moreThan', { value: text }) : text;
}

export function sourceCitation(f: Pick<Figure, 'source'>, lang: Lang): string {
  const s = SOURCES[f.source];
  return `${s.publisher}: ${s.title} (${formatDate(s.published, lang)})`;
}

/** A short citation for tight places: publisher and date. */
export function shortCitation(f: Pick<Figure, 'source'>, lang: Lang): string {
  const s = SOURCES[f.source];
  return `${s.publisher.split(/[;(]/u)[0]!.trim()}, ${formatDate(s.published, lang)}`;
}

export function figureDate(f: Figure, lang: Lang): string {
  const date = formatDate(f.asOf, lang);
  return f.source === 'xinhua-2023-12-02' && f.asOf === '2023-12-02' ? t(lang, 'date.reported', { date }) : t(lang, 'value.asOf', { date });
}

/** Value, unit and a line saying how it was obtained, for tooltips, popups and the data table. */
export interface ValueDescription {
  value: string;
  detail: string[];
}

export function describeValue(v: RegionValue | undefined, lang: Lang): ValueDescription {
  if (!v) return { value: t(lang, 'value.noData'), detail: [] };
  const number = withUnit(formatNumber(v.value, v.unit, lang), t(lang, `unit.${v.unit}`), lang);
  const detail: string[] = [];
  if (v.averageOf) detail.push(t(lang, 'value.regionalAverage', { region: t(lang, `region.${v.averageOf}` as 'region.east') }));
  if (v.inputs.length > 1 || v.areaKm2 !== undefined) detail.push(t(lang, 'value.derived', { formula: formula(v, lang) }));
  for (const f of v.inputs) detail.push(`${describeFigure(f, lang)}, ${figureDate(f, lang)} · ${shortCitation(f, lang)}`);
  if (v.areaKm2 !== undefined) detail.push(t(lang, 'value.areaFromBoundaries', { area: formatNumber(v.areaKm2, 'residents', lang) }));
  return { value: number, detail };
}

function formula(v: RegionValue, lang: Lang): string {
  const [first, second] = v.inputs;
  const top = first ? formatNumber(first.value, first.unit, lang, first.qualifier) : '';
  if (v.areaKm2 !== undefined) return `${top} ÷ ${formatNumber(v.areaKm2, 'residents', lang)} km²`;
  if (second) return `${top} ÷ ${formatNumber(second.value, second.unit, lang, second.qualifier)} × 10,000`;
  return top;
}
