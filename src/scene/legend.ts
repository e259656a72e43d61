import { describeValue, metricTitle, valueSources } from '../data/describe';
import { t, type Lang } from '../i18n';
import type { Choropleth } from '../scale/choropleth';
import { legendItems, legendNotes, type LegendItem } from '../scale/legend-items';
import { classedValues, shownValues } from '../scale/shown-values';

/** What every legend says, on the page, in the kiosk and in each export: decided here once. */
export interface LegendModel {
  title: string;
  /** The classes, the regional-average hatch when shown, and "no data", each with its words. */
  items: LegendItem[];
  /** "China average: 20.1", when the metric has a reference value. */
  reference: string | null;
  /** What a regional average is, that dates differ: lines under the classes. */
  notes: string[];
  /** The publishers and dates behind the shaded numbers. */
  sources: string;
}

export function legendModel(choropleth: Choropleth, lang: Lang): LegendModel {
  const userData = choropleth.metric.id === 'user';
  const items = legendItems(choropleth.scale, lang, {
    regionalAverage: choropleth.metric.regionalAverage,
    values: classedValues(choropleth),
  }).map((item) =>
    // The reader's file cannot know what was published: its gaps are simply not in the file.
    item.noData && userData ? { ...item, label: t(lang, 'byod.legendNoData') } : item,
  );
  const reference = choropleth.reference ? describeValue(choropleth.reference, lang).value : null;
  return {
    title: metricTitle(choropleth.metric, lang),
    items,
    reference: reference ? t(lang, 'legend.reference', { value: reference }) : null,
    notes: legendNotes(choropleth.metric.id, lang),
    sources: t(lang, 'legend.sources', { sources: valueSources(shownValues(choropleth), lang) }),
  };
}
