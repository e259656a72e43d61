import type { RegionInfo } from '../data/regions';
import type { Lang } from '../i18n';
import type { PopupId } from '../state/url-state';
import type { PopupContent } from './popup-content-loader';

/**
 * A panel beside the map (the kiosk's) that shows story popups instead of the map, so nothing covers the place;
 * between stories it shows the report's figures.
 */
export class PopupDock {
  story: PopupId | null = null;

  constructor(readonly element: HTMLElement) {}

  render(texts: PopupContent, region: RegionInfo | undefined, lang: Lang): void {
    const content =
      this.story && region ? texts.storyPopupContent(this.story, region, lang) : texts.reportFiguresContent(lang);
    this.element.replaceChildren(content);
    this.element.dataset['story'] = this.story ?? '';
  }
}
