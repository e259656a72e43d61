import { VIEW_PADDING_PX, ZOOM_LIMITS } from '../scene/framing';
import type { Lang } from '../i18n';
import { viewBounds, viewCity } from '../map/views';
import type { Boundaries, Choropleth } from '../scale/choropleth';
import type { ViewId } from '../state/url-state';
import { fitBounds, uniformPadding } from './camera';
import { renderMapSvg } from './render-svg';

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
 * The requested view drawn by the vector renderer as soon as the boundaries arrive, while MapLibre's code is
 * still on its way or being parsed. Inert and hidden from screen readers: the map's label and the data table speak.
 *
 * The SVG is rasterised once into a CPU-backed canvas rather than put in the page as SVG. Chromium rasterises
 * page content on the GPU when it has one; on a machine whose "GPU" is SwiftShader (software WebGL, as on the
 * CI machine and kiosks without a graphics card) that raster runs on the same GPU thread MapLibre needs to
 * start, and an SVG left on screen made map-ready 1.37-1.46× slower (`npm run bench`); as one bitmap the bench
 * measures no cost (0.96×, BENCHMARKS.md). Where the image cannot be decoded, the SVG itself is shown.
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
  const svg = renderMapSvg({
    provinces,
    cities,
    choropleth: input.choropleth,
    camera,
    lang: input.lang,
    selected: viewCity(input.view),
  });
  window.__firstPaint = { svg, camera };
  const layer = document.createElement('div');
  layer.className = 'first-paint';
  layer.setAttribute('aria-hidden', 'true');
  layer.inert = true;
  container.append(layer);
  let removed = false;
  const show = (content: HTMLCanvasElement | string) => {
    if (removed) return;
    if (typeof content === 'string') layer.innerHTML = content;
    else layer.append(content);
    performance.mark('map-first-paint');
  };
  rasterise(svg, size).then(show, () => show(svg));
  const remove = () => {
    removed = true;
    layer.remove();
  };
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

/** The SVG drawn once into a canvas of the container's size at the screen's pixel ratio. */
async function rasterise(svg: string, size: { width: number; height: number }): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * ratio);
    canvas.height = Math.round(size.height * ratio);
    canvas.style.width = `${size.width}px`;
    canvas.style.height = `${size.height}px`;
    // willReadFrequently asks for a canvas kept in CPU memory, drawn by the CPU: see paintFirstView.
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}
