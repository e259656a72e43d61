import type { Lang } from '../i18n';
import { viewBounds, viewCity } from '../map/views';
import type { Boundaries, Choropleth } from '../scale/choropleth';
import type { ViewId } from '../state/url-state';
import { fitBounds, uniformPadding } from './camera';
import { renderMapSvg } from './render-svg';

/** MapView's framing (padding and zoom limits), so the first paint and MapLibre show one camera. */
export const VIEW_PADDING_PX = 24;
export const ZOOM_LIMITS = { minZoom: 2, maxZoom: 11 } as const;
// Short enough not to delay reading, long enough that the switch from SVG to WebGL does not flicker.
const CROSS_FADE_MS = 180;

export interface FirstPaintInput {
  boundaries: Boundaries;
  choropleth: Choropleth;
  lang: Lang;
  view: ViewId;
}

export interface FirstPaint {
  /** Fades the SVG out over the map MapLibre has drawn underneath, then removes it. */
  handOver(reducedMotion: boolean): void;
  remove(): void;
}

/**
 * The requested view as SVG, drawn as soon as the boundaries arrive, while MapLibre's code is still on its
 * way or being parsed. Inert and hidden from screen readers: the map's label and the data table speak.
 */
export function paintFirstView(container: HTMLElement, input: FirstPaintInput): FirstPaint {
  const { provinces, cities } = input.boundaries;
  const size = { width: container.clientWidth, height: container.clientHeight };
  const camera = fitBounds(
    viewBounds(input.view, provinces, cities),
    size,
    uniformPadding(VIEW_PADDING_PX),
    ZOOM_LIMITS,
  );
  const layer = document.createElement('div');
  layer.className = 'first-paint';
  layer.setAttribute('aria-hidden', 'true');
  layer.inert = true;
  layer.innerHTML = renderMapSvg({
    provinces,
    cities,
    choropleth: input.choropleth,
    camera,
    lang: input.lang,
    selected: viewCity(input.view),
  });
  container.append(layer);
  performance.mark('map-first-paint');
  const remove = () => layer.remove();
  return {
    remove,
    handOver(reducedMotion) {
      if (reducedMotion) return remove();
      layer.style.transition = `opacity ${CROSS_FADE_MS}ms linear`;
      // Gone a little after the fade ends (a hidden tab runs no transitions, so no transitionend is awaited).
      setTimeout(remove, CROSS_FADE_MS * 2);
      requestAnimationFrame(() => {
        layer.style.opacity = '0';
      });
    },
  };
}
