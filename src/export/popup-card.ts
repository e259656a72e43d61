import { type PopupFigure, regionPopupModel, storyPopupModel } from '../scene/popup';
import type { RegionValue } from '../data/derived';
import type { RegionInfo } from '../data/regions';
import type { UserValue } from '../data/user-data';
import type { Lang } from '../i18n';
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

function figureBlocks(f: PopupFigure): CardBlock[] {
  return [
    { text: f.label, role: 'label' },
    { text: f.value, role: 'value' },
    { text: f.meta, role: 'meta' },
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
    const story = storyPopupModel(popup.id, popup.region, lang);
    return [
      { text: story.heading, role: 'heading' },
      { text: story.lead, role: 'lead' },
      ...(figuresBeside
        ? []
        : [
            { text: story.figuresTitle, role: 'subheading' } as const,
            ...story.figures.flatMap(figureBlocks),
            { text: story.context, role: 'body' } as const,
          ]),
      ...figureBlocks(story.cityFigure),
    ];
  }
  const region = regionPopupModel(popup.region, popup.metricLabel, popup.value, lang, popup.within);
  return [
    { text: region.heading, role: 'heading' },
    ...(region.within ? [{ text: region.within, role: 'meta' } as const] : []),
    { text: region.metric, role: 'label' },
    { text: region.value, role: 'value' },
    ...region.detail.map((line): CardBlock => ({ text: line, role: 'meta' })),
  ];
}
