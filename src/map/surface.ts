import type { IControl } from 'maplibre-gl';
import type { RegionInfo } from '../data/regions';
import type { MapLevel } from '../data/user-data';
import type { Lang } from '../i18n';
import type { Choropleth } from '../scale/choropleth';
import type { ShownValue } from '../scene/region-value';
import type { PopupId, ViewId } from '../state/url-state';

export type ControlPosition = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/**
 * What the page asks of a map, whichever paints it: MapLibre (map-view.ts) or the vector map without WebGL
 * (src/vector/vector-map.ts). The app wires one surface to the store once (src/ui/follow-store.ts), so a
 * feature added for one map cannot be missing from the other; what a surface cannot do, it says in its own
 * method (the vector map cannot draw loaded boundaries) rather than by being left out of the wiring.
 */
export interface MapSurface {
  readonly currentChoropleth: Choropleth;
  /** The region whose popup is open, if any. */
  readonly popupRegion: string | null;
  /** Puts an on-map control in a corner, as MapLibre's addControl does. */
  addControl(control: IControl, position: ControlPosition): void;
  showChoropleth(choropleth: Choropleth): void;
  /** The map's names, popups and credits in another language. */
  setLang(lang: Lang, attribution: string): void;
  /** Moves the camera to a view; `animate: false` cuts. */
  goTo(view: ViewId, animate: boolean): void;
  /** Frames boundaries the reader loaded. */
  fitCustomBoundaries(animate: boolean): void;
  regionsAt(level: MapLevel): RegionInfo[];
  /** Highlights a region and shows its tooltip (keyboard focus from the region list); null clears. */
  focusRegion(code: string | null): void;
  openStoryPopup(id: PopupId): void;
  openRegionPopup(code: string): void;
  closePopup(): void;
  /** The value the choropleth gives a region, as tooltips, popups and export cards say it. */
  valueFor(region: RegionInfo): ShownValue;
}
