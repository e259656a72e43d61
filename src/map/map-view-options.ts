import type { Lang } from '../i18n';
import type { Boundaries, Choropleth } from '../scale/choropleth';
import type { PopupId, ViewId } from '../state/url-state';

/** What MapView is made with: the map's element, its data and language, and what it tells the page. */
export interface MapViewOptions {
  container: HTMLElement;
  boundaries: Boundaries;
  choropleth: Choropleth;
  lang: Lang;
  view: ViewId;
  attribution: string;
  /** Called when the user closes a story popup, so the URL can forget it. */
  onPopupClosed?: () => void;
  /** Called with a popup's content when it opens, for the screen-reader announcement. */
  onPopupOpened?: (content: HTMLElement) => void;
  /** Called when the user asks for a story popup (click, tap, Enter); the app state decides and opens it. */
  onStoryPopupRequested?: (id: PopupId) => void;
  preserveDrawingBuffer?: boolean;
  interactive?: boolean;
  /** Times the usual size of region names (the kiosk's, read from three metres). */
  labelScale?: number;
}
