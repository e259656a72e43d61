import { sceneLabels } from '../scene/labels';
import type { CustomLayer } from './custom-layer';
import { renderLabels } from './render-labels';
import { estimateTextWidth, FONT_STACK, fillOf, renderMapSvg, type VectorMapInput } from './render-svg';

export interface SurfaceInput extends Omit<VectorMapInput, 'labels' | 'attributes' | 'measureText'> {
  /** Boundaries the reader loaded, drawn when the choropleth is on them (level 'custom'). */
  custom: CustomLayer | null;
}

const HIDDEN = { 'aria-hidden': 'true', focusable: 'false' };

/**
 * The vector map's picture in its surface element: one SVG, or, when the reader's loaded areas are shown, the
 * built-in map as SVG under their canvas (custom-layer.ts) and the scene's names in a second SVG over it, as
 * MapLibre's layers are ordered. Every child is placed at the surface's top left corner (vector-map.css).
 */
export function paintSurface(surface: HTMLElement, input: SurfaceInput): void {
  const custom = input.choropleth.level === 'custom' ? input.custom : null;
  if (!custom) {
    surface.innerHTML = renderMapSvg({ ...input, attributes: HIDDEN });
    return;
  }
  const { camera, lang } = input;
  const labels = sceneLabels({
    provinces: input.provinces,
    cities: input.cities,
    custom: { features: custom.regions.map((properties) => ({ properties })) },
    level: 'custom',
    lang,
  });
  const names = renderLabels({ labels, camera, lang, measure: estimateTextWidth, fontStack: FONT_STACK }).svg;
  // A loaded area's code may be a built-in region's too: only the loaded one is outlined.
  surface.innerHTML = renderMapSvg({ ...input, highlighted: null, labels: false, attributes: HIDDEN });
  custom.draw(camera, fillOf(input.choropleth), input.highlighted ?? null);
  for (const layer of [custom.fills, custom.outline]) setTransform(layer, '');
  surface.append(custom.fills, custom.outline);
  surface.insertAdjacentHTML(
    'beforeend',
    `<svg xmlns="http://www.w3.org/2000/svg" class="vector-names" width="${camera.width}" height="${camera.height}" aria-hidden="true" focusable="false">${names}</svg>`,
  );
}

/** Moves what is drawn by a CSS transform (a drag or wheel preview): the compositor moves it, nothing is redrawn. */
export function previewSurface(surface: HTMLElement, transform: string): void {
  for (const child of surface.children) setTransform(child as HTMLElement, transform);
}

function setTransform(element: HTMLElement | SVGElement, transform: string): void {
  element.style.transformOrigin = transform ? '0 0' : '';
  element.style.willChange = transform ? 'transform' : '';
  element.style.transform = transform;
}
