import { THEME } from '../scene/theme';
import { formatCompact, formatCompactRange } from '../data/format';
import { t, type Lang } from '../i18n';
import { NO_DATA_COLOUR, type ColourScale } from './classify';
import { displayBreaks } from './display-breaks';
import { legendClasses } from './legend-classes';

export interface LegendItem {
  colour: string;
  /** The class's range in words, so the legend is readable without colour. */
  label: string;
  /** The scale's exact extent of the class (the label may show it rounded). */
  from?: number;
  to?: number;
  noData?: boolean;
  /** The hatching that marks a regional average (src/map/hatch.ts), drawn over white in the legend. */
  regional?: boolean;
}

/** White under the hatch: the entry shows the pattern, the classes above show the colours it lies on. */
export const REGIONAL_SWATCH_COLOUR = THEME.colour.regionalSwatch;

/**
 * The legend's classes, from the scale itself (invertExtent). With `values` (breaks computed from the data:
 * quantiles, equal intervals) the labels show breaks rounded for reading without misplacing any of them.
 */
export function legendItems(
  scale: ColourScale,
  lang: Lang,
  options: { regionalAverage?: boolean; values?: readonly number[] } = {},
): LegendItem[] {
  const classes = legendClasses(scale);
  const exact = classes.flatMap((c) => (c.to === undefined ? [] : [c.to]));
  const shown = options.values ? displayBreaks(exact, options.values) : exact;
  const display = (v: number) => shown[exact.indexOf(v)] ?? v;
  const items = classes.map(({ colour, from, to }): LegendItem => {
    const range = { colour, from, to };
    if (from === undefined && to !== undefined)
      return { ...range, label: t(lang, 'legend.below', { to: formatCompact(display(to), lang) }) };
    if (from !== undefined && to === undefined)
      return { ...range, label: t(lang, 'legend.above', { from: formatCompact(display(from), lang) }) };
    if (from !== undefined && to !== undefined)
      return { ...range, label: formatCompactRange(display(from), display(to), lang) };
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
