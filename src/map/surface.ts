import type { IControl } from 'maplibre-gl';
import type { Bounds } from '../data/boundaries';
import type { PackedRings } from '../geometry/packed-rings';
import type { RegionInfo } from '../data/regions';
import type { MapLevel } from '../data/user-data';
import type { Lang } from '../i18n';
import type { Boundaries, Choropleth } from '../scale/choropleth';
import type { ShownValue } from '../scene/region-value';
import type { PopupId, ViewId } from '../state/url-state';

export type ControlPosition = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/**
 * What the page asks of a map, whichever paints it: MapLibre (map-view.ts) or the vector map without WebGL
 * (src/vector/vector-map.ts). The app wires one surface to the store once (src/ui/follow-store.ts), so a
 * feature added for one map cannot be missing from the other; what a surface cannot do, it says in its own
 * method rather than by being left out of the wiring.
 */
export interface MapSurface {
  readonly currentChoropleth: Choropleth;
  /** The region whose popup is open, if any. */
  readonly popupRegion: string | null;
  /** Puts an on-map control in a corner, as MapLibre's addControl does. */
  addControl(control: IControl, position: ControlPosition): void;
  showChoropleth(choropleth: Choropleth): void;
  /** The credits, when whose data is drawn changes (the reader's files replace the built-in credits). */
  setAttribution(attribution: string): void;
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

/** The form of loaded shapes a map draws without converting them (see LoadedBoundaries). */
export type LoadedShapesForm = 'geojson' | 'packed';

/** Boundaries the reader loaded, as the boundary worker hands them to a map, in the form that map asked for. */
export interface LoadedBoundaries {
  regions: readonly RegionInfo[];
  bounds: Bounds;
  /**
   * GeoJSON text behind a blob: URL, which MapLibre's own worker fetches and parses; or typed arrays that the
   * vector map paints as they are (src/geometry/packed-rings.ts).
   */
  shapes: { kind: 'geojson'; url: string } | { kind: 'packed'; rings: PackedRings };
}

/** What loading the reader's files (src/byod) asks of a map, whichever paints it. */
export interface LoadedDataMap {
  readonly loadedShapes: LoadedShapesForm;
  /** Resolves once the map can take data. */
  whenStyleReady(): Promise<void>;
  /** Draws loaded boundaries (shown once a choropleth on the 'custom' level is) and frames them. */
  showCustomBoundaries(boundaries: LoadedBoundaries): void;
  fitCustomBoundaries(animate: boolean): void;
  regionsAt(level: MapLevel): RegionInfo[];
  /** Resolves once the map has drawn its last change on screen. */
  whenDrawn(): Promise<void>;
}

/** A level's regions, for regionsAt: the loaded ones given, or the built-in provinces or cities. */
export function regionsOfLevel(boundaries: Boundaries, level: MapLevel, loaded: Iterable<RegionInfo>): RegionInfo[] {
  if (level === 'custom') return [...loaded];
  return (level === 'province' ? boundaries.provinces : boundaries.cities).features.map((f) => f.properties);
}
