import type { KioskMap } from '../map/surface';
import type { Store } from '../state/store';

/** What the kiosk needs from the app; src/app.ts builds it, for MapLibre or for the vector map alike. */
export interface KioskHost {
  /** The tour plays through the store, as a reader's clicks do. */
  store: Store;
  /** The map, whichever paints it (map/surface.ts). */
  map: KioskMap;
  /** Resolves once the map has drawn its first complete frame. */
  ready: Promise<void>;
}
