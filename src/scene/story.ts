import type { FigureId } from '../data/figures';
import type { RegionInfo } from '../data/regions';
import type { StringKey } from '../i18n';
import type { PopupId } from '../state/url-state';

/** The article's two places: Hangzhou (the capital and the dateline) and Shaoxing (where the figures were announced). */
export const POPUP_REGION: Readonly<Record<PopupId, string>> = { hangzhou: '330100', shaoxing: '330600' };

/** The report's figures in a story popup (and the kiosk's figures between steps), in this order. */
export const HEADLINE_FIGURES: readonly [StringKey, FigureId][] = [
  ['popup.fig.stations', 'zjStations'],
  ['popup.fig.per10k', 'zjStationsPer10kReported'],
  ['popup.fig.factories', 'zjFactories'],
  ['popup.fig.platforms', 'zjPlatforms'],
  ['popup.fig.china', 'cnStations'],
];

/** Each story place's own figure: its residents at the 2020 census. */
export const CITY_RESIDENTS: Readonly<Record<PopupId, FigureId>> = {
  hangzhou: 'hangzhouResidents',
  shaoxing: 'shaoxingResidents',
};

/** The story place a region is, if any. */
export function storyAt(code: string): PopupId | undefined {
  return (Object.keys(POPUP_REGION) as PopupId[]).find((id) => POPUP_REGION[id] === code);
}

/** A region's name in the reader's language. */
export function regionName(region: Pick<RegionInfo, 'name_en' | 'name_zh'>, lang: 'en' | 'zh'): string {
  return lang === 'zh' ? region.name_zh : region.name_en;
}

/**
 * A region's name in the reader's language, then in the other: what popups, tooltips and export cards head
 * with. Loaded boundaries often carry one name only, which is then said once.
 */
export function bilingualName(region: Pick<RegionInfo, 'name_en' | 'name_zh'>, lang: 'en' | 'zh'): string {
  if (region.name_zh === region.name_en) return region.name_zh;
  return lang === 'zh' ? `${region.name_zh} ${region.name_en}` : `${region.name_en} ${region.name_zh}`;
}
