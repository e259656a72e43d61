import { describeFigure, describeValue, figureDate, shortCitation } from '../data/describe';
import type { RegionValue } from '../data/derived';
import { figure, type FigureId } from '../data/figures';
import type { RegionInfo } from '../data/regions';
import type { UserValue } from '../data/user-data';
import { t, type Lang } from '../i18n';
import { bilingualName, CITY_RESIDENTS, HEADLINE_FIGURES } from '../scene/story';
import type { PopupId } from '../state/url-state';
import type { CardBlock } from './layout';

/** The popup that was open on the live map, as data: a snapshot draws it from this, not from its HTML. */
export type OpenPopup =
  | { kind: 'story'; id: PopupId; region: RegionInfo }
  | {
      kind: 'region';
      region: RegionInfo;
      metricLabel: string;
      value: RegionValue | UserValue | undefined;
      within?: RegionInfo;
    };

function figureBlocks(label: string, id: FigureId, lang: Lang): CardBlock[] {
  const f = figure(id);
  return [
    { text: label, role: 'label' },
    { text: describeFigure(f, lang), role: 'value' },
    { text: `${figureDate(f, lang)} · ${shortCitation(f, lang)}`, role: 'meta' },
  ];
}

/**
 * The same words as the popup on screen (src/map/popup-content.ts), as blocks of text for a card. `figuresBeside`:
 * the page carries the article's figures in its own column (every export does), so a story card keeps what is
 * the city's own (its role, its residents) and does not print the report's figures a second time, which made
 * the card tall enough to cover the legend on A4.
 */
export function popupCard(popup: OpenPopup, lang: Lang, { figuresBeside = false } = {}): CardBlock[] {
  if (popup.kind === 'story') {
    const cityName = lang === 'zh' ? popup.region.name_zh : popup.region.name_en;
    return [
      { text: t(lang, `popup.${popup.id}.heading`), role: 'heading' },
      { text: t(lang, `popup.${popup.id}.lead`), role: 'lead' },
      ...(figuresBeside
        ? []
        : [
            { text: t(lang, 'popup.figures'), role: 'subheading' } as const,
            ...HEADLINE_FIGURES.flatMap(([key, id]) => figureBlocks(t(lang, key), id, lang)),
            { text: t(lang, 'popup.context'), role: 'body' } as const,
          ]),
      ...figureBlocks(t(lang, 'popup.fig.cityResidents', { city: cityName }), CITY_RESIDENTS[popup.id], lang),
    ];
  }
  const description = describeValue(popup.value, lang);
  return [
    { text: bilingualName(popup.region, lang), role: 'heading' },
    ...(popup.within ? [{ text: bilingualName(popup.within, lang), role: 'meta' } as const] : []),
    { text: popup.metricLabel, role: 'label' },
    { text: description.value, role: 'value' },
    ...description.detail.map((line): CardBlock => ({ text: line, role: 'meta' })),
  ];
}
