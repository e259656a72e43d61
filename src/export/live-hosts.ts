import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapView } from '../map/map-view';
import type { MapSurface } from '../map/surface';
import type { Boundaries } from '../scale/choropleth';
import type { Store } from '../state/store';
import type { Camera } from '../vector/camera';
import type { VectorMap } from '../vector/vector-map';
import type { LiveCamera } from './frame';
import type { ExportHost, PagePainter } from './host';

/** MapLibre's camera as an export frames it: centre, zoom, bearing, pitch and the map's size in CSS pixels. */
export function maplibreCamera(map: MaplibreMap): LiveCamera {
  const box = map.getContainer();
  return {
    center: map.getCenter(),
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
    width: box.clientWidth,
    height: box.clientHeight,
  };
}

/** The vector map's camera as an export frames it: it neither rotates nor tilts. */
export function vectorCamera(camera: Camera): LiveCamera {
  const [lng, lat] = camera.center;
  return { center: { lng, lat }, zoom: camera.zoom, bearing: 0, pitch: 0, width: camera.width, height: camera.height };
}

interface LiveMap {
  surface: MapSurface;
  container: HTMLElement;
  camera: () => LiveCamera;
  painter: PagePainter;
}

/** The one host, read live from the store and the map surface; only the camera and the PNG painter differ. */
function exportHostOn(store: Store, boundaries: Boundaries, live: LiveMap): ExportHost {
  const { surface } = live;
  return {
    get state() {
      return store.state;
    },
    subscribe: (listener) => store.subscribe(listener),
    camera: live.camera,
    container: live.container,
    painter: live.painter,
    get choropleth() {
      return surface.currentChoropleth;
    },
    get popupRegion() {
      return surface.popupRegion;
    },
    valueFor: (region) => surface.valueFor(region),
    boundaries,
  };
}

export function maplibreExportHost(store: Store, view: MapView, boundaries: Boundaries): ExportHost {
  const map = view.map;
  return exportHostOn(store, boundaries, {
    surface: view,
    container: map.getContainer(),
    camera: () => maplibreCamera(map),
    painter: { kind: 'maplibre', map },
  });
}

export function vectorExportHost(
  store: Store,
  vector: VectorMap,
  boundaries: Boundaries,
  container: HTMLElement,
): ExportHost {
  return exportHostOn(store, boundaries, {
    surface: vector,
    container,
    camera: () => vectorCamera(vector.currentCamera),
    painter: { kind: 'vector' },
  });
}
