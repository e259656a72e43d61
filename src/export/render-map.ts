import { EXPORT_ZOOM_LIMITS, VIEW_PADDING_PX } from '../scene/framing';
import { Map as MaplibreMap } from 'maplibre-gl';
import { t, type Lang } from '../i18n';
import { applyChoropleth, provideHatchImage } from '../map/apply';
import { LAYER, REGION_LABEL_LAYERS } from '../map/style';
import { viewBounds } from '../map/views';
import { adaptCamera, framePadding } from './frame';
import type { ExportHost } from './host';
import type { PageLayout } from './layout';
import { largestSize, type GpuLimits } from './limits';
import type { MapPicture } from './painter';
import { SnapshotError } from './snapshot-error';
import './strings';

// SwiftShader draws an A3 page at 300 dpi in well under a minute; past this something is stuck.
const IDLE_TIMEOUT_MS = 120_000;

/** "live": the camera the reader is looking at; "view": the state's view fitted to the page (the CLI's deep links). */
export type Framing = 'live' | 'view';

export interface RenderedMap extends MapPicture {
  map: MaplibreMap;
  container: HTMLElement;
}

/** Draws the live map's style again off-screen, at the size of the map's place on the page, and waits until it is drawn. */
export async function renderMap(
  host: ExportHost,
  live: MaplibreMap,
  layout: PageLayout,
  frame: Framing,
  limits: GpuLimits,
): Promise<RenderedMap> {
  const state = host.state;
  const lang = state.lang;
  const choropleth = host.choropleth;
  const u = layout.unitPx;
  const width = Math.max(1, Math.round(layout.map.width / u));
  const height = Math.max(1, Math.round(layout.map.height / u));
  // Chosen so the canvas is exactly as wide as the map's place on the page.
  const pixelRatio = layout.map.width / width;

  const container = document.createElement('div');
  container.className = 'snapshot-map';
  container.setAttribute('aria-hidden', 'true');
  // Off-screen but laid out (display:none would give MapLibre a 0 × 0 map).
  Object.assign(container.style, {
    position: 'fixed',
    top: '0',
    left: `${-(width + 100)}px`,
    width: `${width}px`,
    height: `${height}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);

  const camera = frame === 'live' ? adaptCamera(host.camera(), width, height) : null;
  const bounds = viewBounds(state.view, host.boundaries.provinces, host.boundaries.cities);
  const inset = 12;
  const legendBox = {
    width: layout.legend.box.width / pixelRatio + inset,
    height: layout.legend.box.height / pixelRatio + inset,
  };

  let map: MaplibreMap;
  try {
    map = new MaplibreMap({
      container,
      // The live map's style as it is now (language, loaded boundaries, every layer): the snapshot cannot drift from the screen.
      style: live.getStyle(),
      ...(camera
        ? { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }
        : {
            bounds,
            fitBoundsOptions: { padding: framePadding(bounds, width, height, VIEW_PADDING_PX, legendBox) },
          }),
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      minZoom: EXPORT_ZOOM_LIMITS.minZoom,
      maxZoom: EXPORT_ZOOM_LIMITS.maxZoom,
      pixelRatio,
      maxCanvasSize: [limits.maxTextureSize, limits.maxTextureSize],
      // Smooth edges cost four samples a pixel; above a pixel ratio of 2 they are too small to see.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: pixelRatio < 2 },
    });
  } catch (error) {
    container.remove();
    throw new SnapshotError(
      t(lang, 'export.error.failed', { problem: error instanceof Error ? error.message : String(error) }),
    );
  }

  // Images added in code are not part of getStyle(): the regional hatch is given to this map too.
  provideHatchImage(map);
  try {
    await whenIdle(map, () => applyChoropleth(map, choropleth), lang);
    const canvas = map.getCanvas();
    // 'idle' means the commands are sent; reading a pixel waits until the GPU has drawn them.
    const gl = canvas.getContext('webgl2');
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    if (canvas.width !== layout.map.width) {
      const largest = largestSize(
        Math.floor((layout.widthPx * canvas.width) / layout.map.width),
        Math.floor((layout.heightPx * canvas.width) / layout.map.width),
        limits,
      );
      throw new SnapshotError(
        `${t(lang, 'export.error.clamped', { actual: canvas.width, expected: layout.map.width })} ${t(lang, 'export.error.largest', { width: largest.widthPx, height: largest.heightPx })}`,
        largest,
      );
    }
    const center = map.getCenter();
    return {
      map,
      container,
      canvas,
      pixelRatio,
      camera: { center: { lng: center.lng, lat: center.lat }, zoom: map.getZoom(), bearing: map.getBearing() },
    };
  } catch (error) {
    map.remove();
    container.remove();
    throw error;
  }
}

/**
 * The names MapLibre drew on the off-screen map, after its collisions: each region's code and its label point on
 * the page, in the page's pixels (the export's report of what it drew, which tests read beside the pixels).
 */
export function renderedLabels(rendered: RenderedMap, layout: PageLayout): { code: string; at: [number, number] }[] {
  const { map, pixelRatio } = rendered;
  const layers = [...REGION_LABEL_LAYERS, LAYER.customLabel].filter(
    (id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none',
  );
  const drawn = new Map<string, [number, number]>();
  for (const feature of map.queryRenderedFeatures({ layers })) {
    const code = String(feature.properties['code']);
    if (drawn.has(code) || feature.geometry.type !== 'Point') continue;
    const point = map.project(feature.geometry.coordinates as [number, number]);
    drawn.set(code, [layout.map.x + point.x * pixelRatio, layout.map.y + point.y * pixelRatio]);
  }
  return [...drawn].map(([code, at]) => ({ code, at }));
}

/** Resolves once the map has loaded, `onLoad` has run and everything is drawn. */
function whenIdle(map: MaplibreMap, onLoad: () => void, lang: Lang): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new SnapshotError(t(lang, 'export.error.timeout', { seconds: IDLE_TIMEOUT_MS / 1000 }))),
      IDLE_TIMEOUT_MS,
    );
    map.on('error', (event: { error?: Error } & object) => {
      clearTimeout(timer);
      reject(
        new SnapshotError(t(lang, 'export.error.failed', { problem: event.error?.message ?? 'unknown map error' })),
      );
    });
    map.once('load', () => {
      onLoad();
      map.once('idle', () => {
        clearTimeout(timer);
        resolve();
      });
      map.triggerRepaint();
    });
  });
}
