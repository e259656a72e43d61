import type { RegionInfo } from '../data/regions';
import type { Lang } from '../i18n';
import type { PopupId } from '../state/url-state';
import { reportFiguresContent, storyPopupContent } from './popup-content';

/**
 * A panel beside the map (the kiosk's) that shows story popups instead of the map, so nothing covers the place;
 * between stories it shows the report's figures.
 */
export class PopupDock {
  story: PopupId | null = null;

  constructor(readonly element: HTMLElement) {}

  render(region: RegionInfo | undefined, lang: Lang): void {
    const content = this.story && region ? storyPopupContent(this.story, region, lang) : reportFiguresContent(lang);
    this.element.replaceChildren(content);
    this.element.dataset['story'] = this.story ?? '';
  }
}
