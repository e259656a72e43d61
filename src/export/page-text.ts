import { legendModel } from '../scene/legend';
import { metricTitle } from '../data/describe';
import { t, type Lang } from '../i18n';
import { storyAt } from '../scene/story';
import { sceneLabels } from '../scene/labels';
import { articleFigures } from '../story/article-figures';
import { figureNotes, timelinePublishers } from '../story/notes';
import { timelineLayout } from '../story/timeline';
import { boundaryCredit, sourceLineText } from '../shared/credits';
import { creditedData } from '../data/data-credits';
import type { ExportHost } from './host';
import type { PageText } from './layout';
import type { OpenPopup } from './popup-card';
import type { StoryPlaceMark } from './painter';

/** The page's words around the map: title, view, sources, attribution and the legend, in the reader's language. */
export function pageText(host: ExportHost, lang: Lang): PageText {
  const choropleth = host.choropleth;
  const legend = legendModel(choropleth, lang);
  const credited = creditedData(choropleth);
  const sourceLine = sourceLineText(lang, credited);
  return {
    title: t(lang, 'app.title'),
    // Loaded areas are framed by their own extent, not by a named view.
    subtitle: `${choropleth.level === 'custom' ? t(lang, 'control.customRegions') : t(lang, `view.${host.state.view}`)} · ${t(lang, 'app.subtitle')}`,
    // The time line's points each have their own date and publisher: they go in the small print, on a line of their own.
    // Each publisher named once or twice (issue 22): the source line, the time line's publishers (each point's
    // date is on the time line), the notes' derivations; the map's corner credits the boundaries only.
    // The time line's line adds only the publishers the source line does not name (MIIT is in both otherwise).
    source: `${sourceLine}\n${t(lang, 'timeline.title')}${lang === 'zh' ? '：' : ': '}${timelinePublishers(lang, sourceLine).join(lang === 'zh' ? '、' : ', ')}`,
    attribution: boundaryCredit(lang, credited),
    legend: {
      title: legend.title,
      items: legend.items,
      // As on the page: the publishers and dates behind the shaded numbers travel with the picture.
      // The legend's sources paragraph is the page's folded disclosure; on paper the notes and source line say it.
      notes: [...(legend.reference ? [legend.reference] : []), ...legend.notes],
    },
    // The page's figures panel travels with the picture: the same cards, each with its sources.
    figures: {
      title: t(lang, 'figures.title'),
      items: articleFigures(lang).map((card) => ({
        value: card.value,
        label: card.label,
        ...(card.compare ? { compare: card.compare } : {}),
        // The date stays beside each figure; who gave it is said once, in the source line and the notes (issue 22).
        sources: [card.date],
      })),
      notes: figureNotes(lang).notes.map((note) => `${note.marker} ${note.text}`),
      timeline: { title: t(lang, 'timeline.title'), layout: timelineLayout(lang) },
    },
  };
}

/** Hangzhou and Shaoxing as the scene's story markers: HTML on the live map, so drawn by the painter. */
export function storyPlaceMarks(host: ExportHost, lang: Lang): StoryPlaceMark[] {
  const labels = sceneLabels({ ...host.boundaries, level: host.choropleth.level, lang });
  return labels.flatMap((l) =>
    l.kind === 'story' && l.side ? [{ code: l.code, name: l.text[0], at: l.at, side: l.side }] : [],
  );
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
