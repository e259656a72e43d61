import type { RegionInfo } from '../data/regions';
import type { Lang } from '../i18n';
import type { PopupId } from '../state/url-state';
import { popupContent } from './popup-content-loader';

/**
 * A panel beside the map (the kiosk's) that shows story popups instead of the map, so nothing covers the place;
 * between stories it shows the report's figures.
 */
export class PopupDock {
  story: PopupId | null = null;

  constructor(
    readonly element: HTMLElement,
    /** The city a story is about, and the page's language, read when the dock draws. */
    private readonly cityOf: (story: PopupId) => RegionInfo | undefined,
    private readonly lang: () => Lang,
  ) {}

  /** Resolves once the dock shows the current story (or the report's figures), with the popup texts loaded. */
  async render(): Promise<void> {
    const texts = await popupContent();
    const region = this.story ? this.cityOf(this.story) : undefined;
    const content =
      this.story && region
        ? texts.storyPopupContent(this.story, region, this.lang())
        : texts.reportFiguresContent(this.lang());
    this.element.replaceChildren(content);
    this.element.dataset['story'] = this.story ?? '';
  }

  refresh(): void {
    this.render().catch((error: unknown) => console.error(error));
  }

  /** Shows a story; `onShown` gets the panel once it is drawn (for the screen-reader announcement). */
  show(story: PopupId, onShown?: (element: HTMLElement) => void): void {
    this.story = story;
    this.render()
      .then(() => onShown?.(this.element))
      .catch((error: unknown) => console.error(error));
  }

  /** Back to the report's figures; whether a story was shown. */
  clear(): boolean {
    if (!this.story) return false;
    this.story = null;
    this.refresh();
    return true;
  }
}
