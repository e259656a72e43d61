import type { Maplibre } from './load-maplibre';
import { MapView } from './map-view';
import type { MapViewOptions } from './map-view-options';
import { isSoftwareRenderer, lowerPixelRatioWhileMoving, webglRendererName } from './software-webgl';

/**
 * MapLibre's map, tuned where WebGL runs in software, or the error that kept it from starting (no WebGL2, a
 * driver on the blocklist); `softwareWebgl` says whether the tuning applies.
 */
export function startMapLibre(
  maplibre: Maplibre,
  options: MapViewOptions,
): { view: MapView; softwareWebgl: boolean } | Error {
  let view: MapView;
  try {
    view = new MapView(maplibre, options);
  } catch (error) {
    // MapLibre has already put its canvas container in; the vector map (there already for auto) is left alone.
    for (const own of options.container.querySelectorAll(':scope > [class^="maplibregl-"]')) own.remove();
    options.container.classList.remove('maplibregl-map');
    return error instanceof Error ? error : new Error(String(error));
  }
  // Software WebGL draws every pixel on the CPU: a moving map draws a quarter of them (software-webgl.ts).
  const softwareWebgl = isSoftwareRenderer(webglRendererName(view.map.getCanvas().getContext('webgl2')));
  if (softwareWebgl) lowerPixelRatioWhileMoving(view.map);
  return { view, softwareWebgl };
}
