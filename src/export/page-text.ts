import { legendModel } from '../scene/legend';
import { metricTitle } from '../data/describe';
import { t, type Lang } from '../i18n';
import { POPUP_REGION, storyAt } from '../scene/story';
import { nameSides } from '../map/story-sides';
import { articleFigures } from '../story/article-figures';
import { timelineLayout } from '../story/timeline';
import { timelineSources } from './timeline';
import { attributionText, sourceLineText } from '../shared/credits';
import type { ExportHost } from './host';
import type { PageText } from './layout';
import type { OpenPopup } from './popup-card';
import type { StoryPlaceMark } from './painter';

/** The page's words around the map: title, view, sources, attribution and the legend, in the reader's language. */
export function pageText(host: ExportHost, lang: Lang): PageText {
  const choropleth = host.choropleth;
  const legend = legendModel(choropleth, lang);
  return {
    title: t(lang, 'app.title'),
    subtitle: `${t(lang, `view.${host.state.view}`)} · ${t(lang, 'app.subtitle')}`,
    // The time line's points each have their own date and publisher: they go in the small print, on a line of their own.
    source: `${sourceLineText(lang)}\n${timelineSources(timelineLayout(lang), lang)}`,
    attribution: attributionText(lang),
    legend: {
      title: legend.title,
      items: legend.items,
      // As on the page: the publishers and dates behind the shaded numbers travel with the picture.
      notes: [...(legend.reference ? [legend.reference] : []), ...legend.notes, legend.sources],
    },
    // The page's figures panel travels with the picture: the same cards, each with its sources.
    figures: {
      title: t(lang, 'figures.title'),
      items: articleFigures(lang).map((card) => ({
        value: card.value,
        label: card.label,
        ...(card.compare ? { compare: card.compare } : {}),
        sources: card.citations.map((c) => `${c.date} · ${c.publisher}`),
      })),
      timeline: { title: t(lang, 'timeline.title'), layout: timelineLayout(lang) },
    },
  };
}

/** Hangzhou and Shaoxing as the page's story markers: HTML on the live map, so drawn by the painter. */
export function storyPlaceMarks(host: ExportHost, lang: Lang): StoryPlaceMark[] {
  const places = Object.values(POPUP_REGION).flatMap((code) => {
    const region = host.boundaries.cities.features.find((f) => f.properties.code === code)?.properties;
    return region ? [{ name: lang === 'zh' ? region.name_zh : region.name_en, at: region.label }] : [];
  });
  const sides = nameSides(places.map((place) => place.at));
  return places.map((place, i) => ({ ...place, side: sides[i]! }));
}

/** The popup open on the live map, as data. */
export function openPopup(host: ExportHost): OpenPopup | null {
  const code = host.popupRegion;
  if (!code) return null;
  const region = [...host.boundaries.provinces.features, ...host.boundaries.cities.features].find(
    (f) => f.properties.code === code,
  )?.properties;
  if (!region) return null;
  const story = storyAt(code);
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
