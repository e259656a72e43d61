import type { Map as MaplibreMap } from 'maplibre-gl';
import type { RegionValue } from '../data/derived';
import type { RegionInfo } from '../data/regions';
import type { UserValue } from '../data/user-data';
import type { Boundaries, Choropleth } from '../scale/choropleth';
import type { AppState } from '../state/url-state';

/** What the export (its button, panel and snapshot code) needs from the app; src/app.ts builds it. */
export interface ExportHost {
  /** The state now: language and view. */
  readonly state: AppState;
  /** Calls `listener` after every change of state; returns what stops it. */
  subscribe(listener: () => void): () => void;
  /** The live map: its style, camera and size are what a snapshot copies. */
  readonly map: MaplibreMap;
  /** The choropleth on the map now (a metric, or the reader's own data). */
  readonly choropleth: Choropleth;
  /** The code of the region whose popup is open, if one is. */
  readonly popupRegion: string | null;
  /** A region's value as its popup on the map gives it (a city on the province level shows its province's). */
  valueFor(region: RegionInfo): { value: RegionValue | UserValue | undefined; within: RegionInfo | undefined };
  readonly boundaries: Boundaries;
}
