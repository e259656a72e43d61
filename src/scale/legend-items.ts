import { formatBreak } from '../data/format';
import { t, type Lang } from '../i18n';
import { NO_DATA_COLOUR, type ColourScale } from './classify';
import { legendClasses } from './legend-classes';

export interface LegendItem {
  colour: string;
  /** The class's range in words, so the legend is readable without colour. */
  label: string;
  from?: number;
  to?: number;
  noData?: boolean;
  /** The hatching that marks a regional average (src/map/hatch.ts), drawn over white in the legend. */
  regional?: boolean;
}

/** White under the hatch: the entry shows the pattern, the classes above show the colours it lies on. */
export const REGIONAL_SWATCH_COLOUR = '#ffffff';

export function legendItems(scale: ColourScale, lang: Lang, options: { regionalAverage?: boolean } = {}): LegendItem[] {
  const items = legendClasses(scale).map(({ colour, from, to }): LegendItem => {
    const range = { colour, from, to };
    if (from === undefined && to !== undefined)
      return { ...range, label: t(lang, 'legend.below', { to: formatBreak(to, lang) }) };
    if (from !== undefined && to === undefined)
      return { ...range, label: t(lang, 'legend.above', { from: formatBreak(from, lang) }) };
    if (from !== undefined && to !== undefined)
      return { ...range, label: t(lang, 'legend.range', { from: formatBreak(from, lang), to: formatBreak(to, lang) }) };
    return { ...range, label: '' };
  });
  const regional: LegendItem[] = options.regionalAverage
    ? [{ colour: REGIONAL_SWATCH_COLOUR, label: t(lang, 'legend.regionalAverage'), regional: true }]
    : [];
  return [...items, ...regional, { colour: NO_DATA_COLOUR, label: t(lang, 'legend.noData'), noData: true }];
}

/** Notes under a metric's legend: what a regional average is, and that the dates of the shaded figures differ. */
export function legendNotes(metricId: string, lang: Lang): string[] {
  if (metricId === 'stations-per-10k-regions') return [t(lang, 'legend.datesDiffer')];
  if (metricId === 'regional-stations-per-km2') return [t(lang, 'legend.regionalNote')];
  return [];
}
