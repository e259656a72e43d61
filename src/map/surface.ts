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

/** Room kept free between a view's bounds and the map's edge, in CSS pixels (MapLibre's PaddingOptions). */
export interface ViewPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * What a screen nobody operates (the kiosk, src/kiosk) needs of a map, whichever paints it: its box, its camera
 * moves, a sign that it still draws, and the health of its drawing context. MapLibre gives it through
 * map/kiosk-map.ts, the vector map itself; a map drawn without WebGL has no context to lose, so it never calls
 * those two listeners.
 */
export interface KioskMap {
  /** The map's box: its size decides a step's padding. */
  readonly container: HTMLElement;
  /** Measures the box again now (the caption band took room), so the next move frames in the final size. */
  resize(): void;
  /** Asks for one more frame, so a render follows every step even when nothing changed. */
  repaint(): void;
  /** Called after every frame the map draws; returns the function that stops it. */
  onRender(listener: () => void): () => void;
  /** The drawing context was lost: the map shows nothing until it is restored. */
  onContextLost(listener: () => void): () => void;
  /** The context came back and the map can take changes again (its style rebuilt). */
  onContextRestored(listener: () => void): () => void;
  /** Moves the camera to a view, eased when `animate`, with `padding` kept free around it. */
  goTo(view: ViewId, animate: boolean, padding?: ViewPadding): void;
  closePopup(): void;
  focusRegion(code: string | null): void;
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

export interface CheckedBoundariesUpdate {
  regions: readonly RegionInfo[];
  shapes: LoadedBoundaries['shapes'] | null;
}

/** What loading the reader's files (src/byod) asks of a map, whichever paints it. */
export interface LoadedDataMap {
  readonly loadedShapes: LoadedShapesForm;
  /** Resolves once the map can take data. */
  whenStyleReady(): Promise<void>;
  /** Draws loaded boundaries (shown once a choropleth on the 'custom' level is) and frames them. */
  showCustomBoundaries(boundaries: LoadedBoundaries): void;
  /**
   * The same loaded boundaries after their check: new label points and areas, and repaired shapes when any
   * (null: the drawn ones stand). In place: the camera and an open popup stay as they are.
   */
  updateCustomBoundaries(update: CheckedBoundariesUpdate): void;
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
