import { describeValue, metricTitle, valueSources } from '../data/describe';
import { t, type Lang } from '../i18n';
import { POPUP_REGION } from '../map/popup-content';
import { legendItems } from '../scale/legend-items';
import { classedValues, shownValues } from '../scale/shown-values';
import { attributionText, sourceLineText } from '../shared/credits';
import type { PopupId } from '../state/url-state';
import type { ExportHost } from './host';
import type { PageText } from './layout';
import type { OpenPopup } from './popup-card';

/** The page's words around the map: title, view, sources, attribution and the legend, in the reader's language. */
export function pageText(host: ExportHost, lang: Lang): PageText {
  const choropleth = host.choropleth;
  const reference = choropleth.reference ? describeValue(choropleth.reference, lang).value : null;
  return {
    title: t(lang, 'app.title'),
    subtitle: `${t(lang, `view.${host.state.view}`)} · ${t(lang, 'app.subtitle')}`,
    source: sourceLineText(lang),
    attribution: attributionText(lang),
    legend: {
      title: metricTitle(choropleth.metric, lang),
      items: legendItems(choropleth.scale, lang, classedValues(choropleth)),
      notes: [
        ...(reference ? [t(lang, 'legend.reference', { value: reference })] : []),
        ...(choropleth.metric.regionalAverage ? [t(lang, 'legend.regionalNote')] : []),
        // As on the page: the publishers and dates behind the shaded numbers travel with the picture.
        t(lang, 'legend.sources', { sources: valueSources(shownValues(choropleth), lang) }),
      ],
    },
  };
}

/** The popup open on the live map, as data. */
export function openPopup(host: ExportHost): OpenPopup | null {
  const code = host.popupRegion;
  if (!code) return null;
  const region = [...host.boundaries.provinces.features, ...host.boundaries.cities.features].find(
    (f) => f.properties.code === code,
  )?.properties;
  if (!region) return null;
  const story = (Object.keys(POPUP_REGION) as PopupId[]).find((id) => POPUP_REGION[id] === code);
  if (story) return { kind: 'story', id: story, region };
  const { value, within } = host.valueFor(region);
  return {
    kind: 'region',
    region,
    metricLabel: metricTitle(host.choropleth.metric, host.state.lang),
    value,
    ...(within ? { within } : {}),
  };
}
