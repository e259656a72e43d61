import type { MapView } from './map-view';
import type { KioskMap } from './surface';

/**
 * MapLibre's map as the kiosk sees it (map/surface.ts KioskMap): its container, frames and WebGL context events.
 * A function beside MapView rather than methods in it: map-view.ts is at the project's 350-line limit.
 */
export function maplibreKioskMap(view: MapView): KioskMap {
  const { map } = view;
  const listen = (type: 'render' | 'webglcontextlost', listener: () => void) => {
    map.on(type, listener);
    return () => {
      map.off(type, listener);
    };
  };
  return {
    container: map.getContainer(),
    resize: () => map.resize(),
    repaint: () => map.triggerRepaint(),
    onRender: (listener) => listen('render', listener),
    onContextLost: (listener) => listen('webglcontextlost', listener),
    onContextRestored: (listener) => {
      // The restored map rebuilds its style; it can take changes once that style has loaded.
      let afterStyleLoad: (() => void) | null = null;
      const restored = () => {
        if (afterStyleLoad) map.off('style.load', afterStyleLoad);
        afterStyleLoad = () => {
          afterStyleLoad = null;
          listener();
        };
        if (map.style && map.isStyleLoaded()) afterStyleLoad();
        else map.once('style.load', afterStyleLoad);
      };
      map.on('webglcontextrestored', restored);
      return () => {
        map.off('webglcontextrestored', restored);
        if (afterStyleLoad) map.off('style.load', afterStyleLoad);
      };
    },
    goTo: (id, animate, padding) => view.goTo(id, animate, padding),
    closePopup: () => view.closePopup(),
    focusRegion: (code) => view.focusRegion(code),
  };
}
