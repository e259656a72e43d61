import type { MapView } from '../map/map-view';
import type { Store } from '../state/store';

/** What the kiosk needs from the app; src/app.ts builds it. */
export interface KioskHost {
  /** The tour plays through the store, as a reader's clicks do. */
  store: Store;
  view: Pick<MapView, 'map' | 'goTo' | 'closePopup' | 'focusRegion'>;
  /** Resolves once the map has drawn its first complete frame. */
  ready: Promise<void>;
}
