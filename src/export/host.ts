import type { Map as MaplibreMap } from 'maplibre-gl';
import type { RegionValue } from '../data/derived';
import type { RegionInfo } from '../data/regions';
import type { UserValue } from '../data/user-data';
import type { Boundaries, Choropleth } from '../scale/choropleth';
import type { AppState } from '../state/url-state';
import type { LiveCamera } from './frame';

/**
 * What draws the Export button's PNG and JPEG on this page. On MapLibre, a second MapLibre map off-screen with the
 * live map's style (snapshot.ts), which needs that map; on the vector map, the vector page rasterised by a 2D
 * canvas (raster-snapshot.ts), which needs no map at all. SVG and PDF are the vector page on both.
 */
export type PagePainter = { kind: 'maplibre'; map: MaplibreMap } | { kind: 'vector' };

/**
 * What the export (its button, panel and snapshot code) needs from the app, whichever map the page shows;
 * src/app.ts builds it (live-hosts.ts has one builder for each map).
 */
export interface ExportHost {
  /** The state now: language and view. */
  readonly state: AppState;
  /** Calls `listener` after every change of state; returns what stops it. */
  subscribe(listener: () => void): () => void;
  /** The camera the reader sees now (centre, zoom, the map's size in CSS pixels): what a 'live' export frames. */
  camera(): LiveCamera;
  /** The map's box on the page: the Export panel is kept within its height. */
  readonly container: HTMLElement;
  readonly painter: PagePainter;
  /** The choropleth on the map now (a metric, or the reader's own data). */
  readonly choropleth: Choropleth;
  /** The code of the region whose popup is open, if one is. */
  readonly popupRegion: string | null;
  /** A region's value as its popup on the map gives it (a city on the province level shows its province's). */
  valueFor(region: RegionInfo): { value: RegionValue | UserValue | undefined; within: RegionInfo | undefined };
  readonly boundaries: Boundaries;
}
