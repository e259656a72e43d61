import { sceneLabels } from '../scene/labels';
import type { CustomLayer } from './custom-layer';
import { renderLabels } from './render-labels';
import { COLOURS } from '../map/style';
import {
  EMPHASIS_STOPS,
  escapeXml,
  estimateTextWidth,
  FONT_STACK,
  fillOf,
  lineWidth,
  renderMapSvg,
  type VectorMapInput,
} from './render-svg';

export interface SurfaceInput extends Omit<VectorMapInput, 'labels' | 'attributes' | 'measureText'> {
  /** Boundaries the reader loaded, drawn when the choropleth is on them (level 'custom'). */
  custom: CustomLayer | null;
}

const HIDDEN = { 'aria-hidden': 'true', focusable: 'false' };
/** On the surface while its drawing has the hovered region's outline inside it (paintSurface's second drawing). */
const DRAWN_HIGHLIGHT = 'drawnHighlight';

/**
 * The vector map's picture in its surface element: one SVG, or, when the reader's loaded areas are shown, the
 * built-in map as SVG under their canvas (custom-layer.ts) and the scene's names in a second SVG over it, as
 * MapLibre's layers are ordered. Every child is placed at the surface's top left corner (vector-map.css).
 */
export function paintSurface(surface: HTMLElement, input: SurfaceInput): void {
  const custom = input.choropleth.level === 'custom' ? input.custom : null;
  if (!custom) {
    // The hovered region is outlined apart (outlineRegion), so that a hover need not draw the map again.
    surface.innerHTML = layer(renderMapSvg({ ...input, highlighted: null, attributes: HIDDEN }));
    delete surface.dataset[DRAWN_HIGHLIGHT];
    if (!outlineRegion(surface, input.highlighted ?? null, input.camera.zoom, input.selected ?? null)) {
      surface.innerHTML = layer(renderMapSvg({ ...input, attributes: HIDDEN }));
      surface.dataset[DRAWN_HIGHLIGHT] = input.highlighted ?? '';
    }
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
  surface.innerHTML = layer(renderMapSvg({ ...input, highlighted: null, labels: false, attributes: HIDDEN }));
  custom.draw(camera, fillOf(input.choropleth), input.highlighted ?? null);
  for (const layer of [custom.fills, custom.outline]) setTransform(layer, '');
  surface.append(custom.fills, custom.outline);
  surface.insertAdjacentHTML(
    'beforeend',
    layer(
      `<svg xmlns="http://www.w3.org/2000/svg" class="vector-names" width="${camera.width}" height="${camera.height}" aria-hidden="true" focusable="false">${names}</svg>`,
    ),
  );
}

/**
 * An SVG in a layer of its own, which a pan moves (previewSurface). The wrapper, not the SVG, is moved: a transform
 * on an SVG root makes Chromium lay out and paint its <text> again on every move (issue 23: each of a drag's 60
 * moves re-rastered the names, 583 × 574 px on SwiftShader; moved inside a <div> they are painted once, as Leaflet's
 * pane is), so the names can stay in the map's own layer.
 */
function layer(svg: string): string {
  return `<div class="vector-layer">${svg}</div>`;
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

/**
 * Outlines the hovered or focused region without drawing the map again: a loaded area on its canvas, a built-in
 * region by one path over the drawn SVG's borders (under the names, as in MapLibre). Drawing the whole SVG again
 * for each region the pointer crossed cost up to 140 ms at the China view on this machine.
 */
export function highlightSurface(surface: HTMLElement, input: SurfaceInput): void {
  const custom = input.choropleth.level === 'custom' ? input.custom : null;
  if (custom) custom.highlight(input.highlighted ?? null);
  // An outline drawn into the map (a city with no fill of its own at the province level) goes only with a new drawing.
  else if (surface.dataset[DRAWN_HIGHLIGHT] !== undefined) paintSurface(surface, input);
  else if (!outlineRegion(surface, input.highlighted ?? null, input.camera.zoom, input.selected ?? null))
    paintSurface(surface, input);
}

/** One region's outline over the drawn SVG, the last one removed; false when its shape is not drawn (off screen). */
function outlineRegion(surface: HTMLElement, code: string | null, zoom: number, selected: string | null): boolean {
  surface.querySelector('[data-hover]')?.remove();
  // The view's selected city is outlined already.
  if (code === null || code === selected) return true;
  const shape = [...surface.querySelectorAll<SVGPathElement>('.fills path[data-code]')].find(
    (path) => path.dataset['code'] === code,
  );
  const borders = surface.querySelector('.borders');
  if (!shape || !borders) return false;
  const stops = shape.dataset['level'] === 'city' ? EMPHASIS_STOPS.city : EMPHASIS_STOPS.province;
  borders.insertAdjacentHTML(
    'beforeend',
    `<g class="emphasis" data-hover="${escapeXml(code)}" stroke="${COLOURS.highlight}" stroke-width="${lineWidth(zoom, stops)}"><path d="${shape.getAttribute('d') ?? ''}"/></g>`,
  );
  return true;
}
