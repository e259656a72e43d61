import type { RegionInfo } from '../data/regions';
import type { Lang } from '../i18n';
import { storyPopupContent } from '../map/popup-content';
import { PopupDock } from '../map/popup-dock';
import { POPUP_REGION, storyAt } from '../scene/story';
import type { PopupId } from '../state/url-state';
import type { MovedBy } from './camera-motion';
import { VectorPopup, type VectorPopupHost } from './vector-popup';

/** What the vector map's popups read from it. */
export interface PopupsHost extends VectorPopupHost {
  tooltip: HTMLElement;
  lang(): Lang;
  /** A built-in region by code (story places are built-in). */
  builtIn(code: string): RegionInfo | undefined;
  /** A region of the shown level, loaded areas included. */
  regionFor(code: string): RegionInfo | undefined;
  /** A region's popup content for the shown choropleth. */
  regionContent(region: RegionInfo): HTMLElement;
  /** Whether the reader's figures are shown (their places tell no story). */
  userShown(): boolean;
  onPopupClosed?: () => void;
  onPopupOpened?: (content: HTMLElement) => void;
  onStoryPopupRequested?: (id: PopupId) => void;
}

/** The vector map's popups as MapLibre's map has them: one floating popup, or story popups in a dock beside it. */
export class MapPopups {
  private readonly popup: VectorPopup;
  /** A panel beside the map (the kiosk's) that shows story popups instead of the map (map/popup-dock.ts). */
  private dock: PopupDock | null = null;

  constructor(private readonly host: PopupsHost) {
    this.popup = new VectorPopup(host);
  }

  get region(): string | null {
    return this.popup.code ?? (this.dock?.story ? POPUP_REGION[this.dock.story] : null);
  }

  /** The camera came to rest: the floating popup is placed again (vector-popup.ts). */
  rested(by: MovedBy): void {
    this.popup.rested(by);
  }

  setDock(element: HTMLElement | null): void {
    const story = this.popup.code ? storyAt(this.popup.code) : undefined;
    const { host } = this;
    this.dock = element
      ? new PopupDock(
          element,
          (s) => host.builtIn(POPUP_REGION[s]),
          () => host.lang(),
        )
      : null;
    if (this.dock && story) this.openStory(story);
    else this.dock?.refresh();
  }

  openStory(id: PopupId): void {
    const region = this.host.builtIn(POPUP_REGION[id]);
    if (!region) return;
    if (!this.dock) {
      this.openAt(region, storyPopupContent(id, region, this.host.lang()), 'story-popup-container');
      return;
    }
    // Replaced, not closed by the reader: the floating popup goes without telling the page.
    this.popup.remove();
    this.host.tooltip.hidden = true;
    this.dock.show(id, this.host.onPopupOpened);
  }

  openRegion(code: string): void {
    const story = this.host.userShown() ? undefined : storyAt(code);
    if (story) {
      if (this.host.onStoryPopupRequested) this.host.onStoryPopupRequested(story);
      else this.openStory(story);
      return;
    }
    const region = this.host.regionFor(code);
    if (region) this.openAt(region, this.host.regionContent(region), 'region-popup-container');
  }

  close(): void {
    if (this.popup.remove()) this.host.onPopupClosed?.();
    if (this.dock?.clear()) this.host.onPopupClosed?.();
  }

  /** The open popup again, in the map's language and values now. */
  refresh(): void {
    this.dock?.refresh();
    const code = this.popup.code;
    if (this.dock?.story || !code) return;
    const story = storyAt(code);
    if (story && !this.host.userShown()) this.openStory(story);
    else this.openRegion(code);
  }

  private openAt(region: RegionInfo, content: HTMLElement, className: string): void {
    this.host.tooltip.hidden = true;
    this.popup.show(region, content, className, this.host.lang(), () => this.close());
    this.host.onPopupOpened?.(content);
  }
}
