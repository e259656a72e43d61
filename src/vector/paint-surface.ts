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
  renderMapNames,
  regionOutline,
  renderMapSvg,
  type VectorMapInput,
} from './render-svg';

export interface SurfaceInput extends Omit<VectorMapInput, 'labels' | 'attributes' | 'measureText'> {
  /** Boundaries the reader loaded, drawn when the choropleth is on them (level 'custom'). */
  custom: CustomLayer | null;
}

const HIDDEN = { 'aria-hidden': 'true', focusable: 'false' };

/**
 * The vector map's picture in its surface element, as MapLibre orders its layers: the map (fills and borders), the
 * hovered region's outline, then the scene's names and story markers, each an SVG in a layer of its own (layer()).
 * When the reader's loaded areas are shown, their canvases (custom-layer.ts) lie between the built-in map and the
 * names. Every child is placed at the surface's top left corner (vector-map.css).
 */
export function paintSurface(surface: HTMLElement, input: SurfaceInput): void {
  const custom = input.choropleth.level === 'custom' ? input.custom : null;
  if (!custom) {
    surface.innerHTML = builtInLayers(input);
    outlineRegion(surface, input, input.highlighted ?? null);
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
  surface.insertAdjacentHTML('beforeend', layer(namesSvg(camera, names)));
}

/**
 * The built-in map's three layers. The hover outline has a layer of its own between the map and the names (issue
 * 23): drawn into the map's SVG, it made the compositor raster the map's tiles again, and a city at the province
 * level (the default view's) had no fill to copy it from, so the whole map was drawn again. On SwiftShader the
 * first frame of a drag that began with a hover took 200–390 ms, now 26–49; the bench's drag went from 1.41 to
 * 1.16 times Leaflet's (A/B, 9 alternating loads, 4 Dec 2026). The names stay over the outline, as in MapLibre.
 */
function builtInLayers(input: SurfaceInput): string {
  const { camera } = input;
  return [
    layer(renderMapSvg({ ...input, highlighted: null, labels: false, attributes: HIDDEN })),
    layer(`<svg xmlns="http://www.w3.org/2000/svg" class="${HOVER_CLASS}" ${svgFrame(camera)}></svg>`),
    layer(namesSvg(camera, renderMapNames(input))),
  ].join('');
}

const HOVER_CLASS = 'vector-hover';

function namesSvg(camera: SurfaceInput['camera'], names: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="vector-names" ${svgFrame(camera)}>${names}</svg>`;
}

/** Size, user space and hiding of a layer's SVG: the map's own (renderMapSvg), so that paths copied over line up. */
function svgFrame(camera: SurfaceInput['camera']): string {
  return `width="${camera.width}" height="${camera.height}" viewBox="0 0 ${camera.width} ${camera.height}" aria-hidden="true" focusable="false"`;
}

/**
 * An SVG in a layer of its own, which a pan moves (previewSurface). The wrapper, not the SVG, is moved: a transform
 * on an SVG root makes Chromium lay out and paint its <text> again on every move (issue 23: each of a drag's 60
 * moves re-rastered the names, 583 × 574 px on SwiftShader; moved inside a <div> they are painted once, as Leaflet's
 * pane is).
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
 * region by one path in the hover layer, over the map and under the names (as in MapLibre), traced from its
 * boundary (regionOutline). Drawing the whole SVG again for each region the pointer crossed cost up to 140 ms at
 * the China view on this machine.
 */
export function highlightSurface(surface: HTMLElement, input: SurfaceInput): void {
  const custom = input.choropleth.level === 'custom' ? input.custom : null;
  if (custom) custom.highlight(input.highlighted ?? null);
  else if (!outlineRegion(surface, input, input.highlighted ?? null)) paintSurface(surface, input);
}

/** One region's outline in the hover layer, the last one removed; false when there is no hover layer to draw it in. */
function outlineRegion(surface: HTMLElement, input: SurfaceInput, code: string | null): boolean {
  const hover = surface.querySelector(`.${HOVER_CLASS}`);
  if (!hover) return false;
  hover.replaceChildren();
  // The view's selected city is outlined already; a region off screen has nothing to outline.
  if (code === null || code === input.selected) return true;
  const outline = regionOutline(input, code);
  if (!outline) return true;
  hover.insertAdjacentHTML(
    'beforeend',
    `<g class="emphasis" data-hover="${escapeXml(code)}" fill="none" stroke-linejoin="round" stroke="${COLOURS.highlight}" stroke-width="${lineWidth(input.camera.zoom, EMPHASIS_STOPS[outline.level])}"><path d="${outline.d}"/></g>`,
  );
  return true;
}
