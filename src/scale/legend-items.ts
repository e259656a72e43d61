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
}

export function legendItems(scale: ColourScale, lang: Lang): LegendItem[] {
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
  return [...items, { colour: NO_DATA_COLOUR, label: t(lang, 'legend.noData'), noData: true }];
}
