import { sceneLabels } from '../scene/labels';
import type { Camera } from './camera';
import { hatchPhase, overscanCamera, overscanMargin, panWithin } from './overscan';
import { HATCH_PERIOD_PX } from '../map/hatch';
import type { CustomLayer } from './custom-layer';
import { renderLabels } from './render-labels';
import { COLOURS } from '../map/style';
import {
  EMPHASIS_STOPS,
  escapeXml,
  estimateTextWidth,
  FONT_STACK,
  fillOf,
  HATCH_ID,
  lineWidth,
  renderMapSvg,
  type VectorMapInput,
} from './render-svg';

export interface SurfaceInput extends Omit<VectorMapInput, 'labels' | 'attributes' | 'measureText'> {
  /** Boundaries the reader loaded, drawn when the choropleth is on them (level 'custom'). */
  custom: CustomLayer | null;
}

const HIDDEN = { 'aria-hidden': 'true', focusable: 'false' };

/** What the surface shows: the camera its built-in map was drawn for, its margin, and the scene it drew. */
interface Drawn {
  camera: Camera;
  margin: number;
  scene: readonly unknown[];
  /** The built-in map's layer. */
  layer: Element;
  /** A region outlined in the drawing itself (when its shape is not among the fills, outlineRegion cannot). */
  baked: string | null;
}
const drawnOn = new WeakMap<HTMLElement, Drawn>();
/** Where each layer of the picture rests relative to the viewport (the built-in map sits a margin up and left). */
const offsets = new WeakMap<Element, readonly [number, number]>();

/**
 * The vector map's picture in its surface element, in layers placed at the surface's top left corner
 * (vector-map.css): the built-in map as SVG, drawn for the viewport grown by a margin (overscan.ts); when the
 * reader's loaded areas are shown, their canvas (custom-layer.ts); and the scene's names in an SVG of their own
 * over them, as MapLibre's layers are ordered. `pan`: the camera may have moved by a pan alone (a gesture's or a
 * button's rest), and if the drawn map still covers the viewport, it is only moved and the names written again
 * (everything the camera culls or places is then as a full draw at that camera makes it).
 */
export function paintSurface(surface: HTMLElement, input: SurfaceInput, pan = false): void {
  const custom = input.choropleth.level === 'custom' ? input.custom : null;
  const scene = sceneOf(input, custom);
  const drawn = drawnOn.get(surface);
  const same = drawn && sameScene(drawn.scene, scene) && drawn.baked === (input.highlighted ?? null);
  const moved = pan && drawn && same ? panWithin(drawn.camera, input.camera, drawn.margin) : null;
  const names = surface.querySelector('.vector-names');
  if (drawn && moved && names) {
    drawn.camera = input.camera;
    const [x, y] = moved;
    placeLayer(drawn.layer, [x - drawn.margin, y - drawn.margin]);
    if (custom) paintCustom(custom, input);
    names.outerHTML = namesSvg(input, custom);
    return;
  }
  const margin = overscanMargin(input.camera);
  const camera = overscanCamera(input.camera, margin);
  // The hovered region is outlined apart (outlineRegion), so that a hover need not draw the map again.
  // The regional hatch's stripes in step with the world's pixels (hatchPhase), so that a drawing moved by a pan and a
  // fresh one stripe alike; placed here, not in render-svg.ts, which the first view's payload budget carries.
  const [hx, hy] = hatchPhase(camera, HATCH_PERIOD_PX);
  const map = (highlighted: string | null) =>
    renderMapSvg({
      ...input,
      camera,
      highlighted,
      labels: false,
      attributes: { ...HIDDEN, class: 'vector-layer' },
    }).replace(`<pattern id="${HATCH_ID}" `, `<pattern id="${HATCH_ID}" x="${hx}" y="${hy}" `);
  // One assignment, one mutation: the kiosk's test counts drawings by them.
  surface.innerHTML = `${map(null)}${custom ? '' : namesSvg(input, null)}`;
  let baked: string | null = null;
  if (!custom && !outlineRegion(surface, input.highlighted ?? null, input.camera.zoom, input.selected ?? null)) {
    baked = input.highlighted ?? null;
    surface.innerHTML = `${map(baked)}${namesSvg(input, null)}`;
  }
  const layer = surface.firstElementChild!;
  placeLayer(layer, [-margin, -margin]);
  drawnOn.set(surface, { camera: input.camera, margin, scene, layer, baked });
  if (!custom) return;
  paintCustom(custom, input);
  surface.append(custom.fills, custom.outline);
  surface.insertAdjacentHTML('beforeend', namesSvg(input, custom));
}

/** What the built-in map's drawing depends on besides the camera's centre, compared by identity. */
function sceneOf(input: SurfaceInput, custom: CustomLayer | null): readonly unknown[] {
  const { provinces, cities, choropleth, lang, selected, labelScale, camera } = input;
  return [provinces, cities, choropleth, lang, selected, labelScale, custom, custom?.regions, camera.zoom];
}

function sameScene(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The loaded areas on their canvas, drawn for the viewport at the camera (their canvas has no margin). */
function paintCustom(custom: CustomLayer, input: SurfaceInput): void {
  custom.draw(input.camera, fillOf(input.choropleth), input.highlighted ?? null);
  for (const layer of [custom.fills, custom.outline]) placeLayer(layer, [0, 0]);
}

/** The scene's names and story markers for the viewport, in an SVG over the map's layers. */
function namesSvg(input: SurfaceInput, custom: CustomLayer | null): string {
  const { camera, lang } = input;
  const labels = sceneLabels({
    provinces: input.provinces,
    cities: input.cities,
    ...(custom ? { custom: { features: custom.regions.map((properties) => ({ properties })) } } : {}),
    level: custom ? 'custom' : input.choropleth.level,
    lang,
  });
  // Loaded areas' names at their usual size, as before the names had a layer of their own.
  const scale = custom ? 1 : (input.labelScale ?? 1);
  const names = renderLabels({ labels, camera, lang, measure: estimateTextWidth, fontStack: FONT_STACK, scale }).svg;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="vector-names" width="${camera.width}" height="${camera.height}" aria-hidden="true" focusable="false">${names}</svg>`;
}

/** Moves what is drawn by a CSS transform (a drag or wheel preview): the compositor moves it, nothing is redrawn. */
export function previewSurface(surface: HTMLElement, transform: string): void {
  surface.dataset['preview'] = '';
  for (const child of surface.children) setTransform(child as HTMLElement, transform, offsets.get(child));
}

/** A layer at rest, its top left corner `offset` from the viewport's. */
function placeLayer(layer: Element, offset: readonly [number, number]): void {
  offsets.set(layer, offset);
  setTransform(layer as HTMLElement, '', offset);
  delete (layer.parentElement as HTMLElement | null)?.dataset['preview'];
}

function setTransform(
  element: HTMLElement | SVGElement,
  transform: string,
  [x, y]: readonly [number, number] = [0, 0],
): void {
  const full = `${transform}${x || y ? ` translate(${x}px, ${y}px)` : ''}`.trim();
  element.style.transformOrigin = full ? '0 0' : '';
  element.style.willChange = full ? 'transform' : '';
  element.style.transform = full;
}

/**
 * Outlines the hovered or focused region without drawing the map again: a loaded area on its canvas, a built-in
 * region by one path over the drawn SVG's borders (under the names, as in MapLibre). Drawing the whole SVG again
 * for each region the pointer crossed cost up to 140 ms at the China view on this machine.
 */
export function highlightSurface(surface: HTMLElement, input: SurfaceInput): void {
  const custom = input.choropleth.level === 'custom' ? input.custom : null;
  const baked = drawnOn.get(surface)?.baked ?? null;
  if (custom) custom.highlight(input.highlighted ?? null);
  // An outline drawn into the map (a city at the province level) goes only with a new drawing.
  else if (baked !== null && baked !== (input.highlighted ?? null)) paintSurface(surface, input);
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
