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
}

/**
 * The legend's classes, from the scale itself (invertExtent). With `values` (breaks computed from the data:
 * quantiles, equal intervals) the labels show breaks rounded for reading without misplacing any of them.
 */
export function legendItems(scale: ColourScale, lang: Lang, values?: readonly number[]): LegendItem[] {
  const classes = legendClasses(scale);
  const exact = classes.flatMap((c) => (c.to === undefined ? [] : [c.to]));
  const shown = values ? displayBreaks(exact, values) : exact;
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
  return [...items, { colour: NO_DATA_COLOUR, label: t(lang, 'legend.noData'), noData: true }];
}
