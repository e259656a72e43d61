import type { Position } from 'geojson';
import { type Bounds, featureBounds, type RegionCollection, type RegionFeature } from '../data/boundaries';
import type { MapLevel } from '../data/user-data';
import type { Lang } from '../i18n';
import { HATCH_PERIOD_PX, HATCH_RGBA, HATCH_STRIPE_PX } from '../map/hatch';
import { COLOURS, LABEL_FONTS } from '../map/style';
import { type SceneLabel, sceneLabels } from '../scene/labels';
import { NO_DATA_COLOUR } from '../scale/classify';
import type { Choropleth } from '../scale/choropleth';
import { type Camera, projector } from './camera';
import { escapeXml, renderLabels } from './render-labels';

export { escapeXml };

/**
 * The choropleth as SVG, from the same inputs MapLibre gets (boundaries, the one scale, the camera, label
 * text and points) and with the same paint as map/style.ts. A pure string builder: it runs in Node for
 * exports and tests, and the page inserts its result for the first paint and for the map without WebGL.
 */
export interface VectorMapInput {
  provinces: RegionCollection;
  cities: RegionCollection;
  choropleth: Pick<Choropleth, 'level' | 'values' | 'scale'>;
  camera: Camera;
  lang: Lang;
  /** A city outlined as the view's subject (Hangzhou, Shaoxing), as feature-state `selected` does. */
  selected?: string | null;
  /** A region outlined because it is hovered or focused. */
  highlighted?: string | null;
  /**
   * The scene's names (src/scene/labels.ts), or false for none; by default those of the live map for this state
   * (story places as markers).
   */
  labels?: readonly SceneLabel[] | false;
  /** Width of a text in px at a font size; an estimate from the characters when not given. */
  measureText?: (text: string, fontSizePx: number) => number;
  /** Times the usual size of names and story markers, as map/style.ts's labelScale (the kiosk's, read from 3 m). */
  labelScale?: number;
  /** Extra attributes on the <svg> element (class, aria-hidden, …); values are escaped. */
  attributes?: Record<string, string>;
}

export const FONT_STACK = LABEL_FONTS.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');

// Coordinates to a tenth of a pixel: finer is invisible, coarser moves borders visibly at 4K.
const PRECISION = 10;

export function renderMapSvg(input: VectorMapInput): string {
  const { camera } = input;
  const attributes = {
    xmlns: 'http://www.w3.org/2000/svg',
    width: String(camera.width),
    height: String(camera.height),
    viewBox: `0 0 ${camera.width} ${camera.height}`,
    ...input.attributes,
  };
  const opening = `<svg ${Object.entries(attributes)
    .map(([k, v]) => `${k}="${escapeXml(v)}"`)
    .join(' ')}>`;
  return `${opening}${renderMapLayers(input)}</svg>`;
}

/** The map's layers without the <svg> around them, for pages that place the map inside their own drawing. */
export function renderMapLayers(input: VectorMapInput): string {
  const { camera } = input;
  const paint = levelPaint(input.choropleth.level);
  const fill = fillOf(input.choropleth);
  const provinces = visible(input.provinces, camera);
  const cities = visible(input.cities, camera);
  const parts: string[] = [];
  parts.push(`<rect width="${camera.width}" height="${camera.height}" fill="${COLOURS.sea}"/>`);

  parts.push('<g class="fills" stroke="none">');
  for (const { feature, d } of provinces) {
    const colour = paint.provincesShaded ? fill(feature.properties.code) : COLOURS.land;
    parts.push(regionPath(feature, 'province', d, colour));
  }
  parts.push('</g>');
  // Stripes over provinces that show their region's average, between the province and city fills as in the style.
  const regional = provinces.filter(({ feature }) => isRegionalAverage(input.choropleth, feature.properties.code));
  if (regional.length)
    parts.push(
      `<defs>${HATCH_PATTERN}</defs><g class="hatch" fill="url(#${HATCH_ID})" stroke="none">${regional
        .map(({ feature, d }) => `<path data-hatch="${escapeXml(feature.properties.code)}" d="${d}"/>`)
        .join('')}</g>`,
    );
  parts.push('<g class="fills" stroke="none">');
  if (paint.citiesShaded)
    for (const { feature, d } of cities) parts.push(regionPath(feature, 'city', d, fill(feature.properties.code)));
  parts.push('</g>');

  const emphasised = new Set([input.selected, input.highlighted].filter((c): c is string => !!c));
  parts.push('<g class="borders" fill="none" stroke-linejoin="round">');
  const provinceLine = line(paint.provinceBorder, 1, lineWidth(camera.zoom, [3, 0.6, 8, 1.6]));
  const cityLine = line(paint.cityBorder, paint.cityBorderOpacity, lineWidth(camera.zoom, [5, 0.3, 9, 1.2]));
  parts.push(`<g ${provinceLine}>${provinces.map(({ d }) => `<path d="${d}"/>`).join('')}</g>`);
  parts.push(`<g ${cityLine}>${cities.map(({ d }) => `<path d="${d}"/>`).join('')}</g>`);
  // Emphasised outlines go last, as in MapLibre, where they are part of the border layers (cities on top).
  for (const [drawn, stops] of [
    [provinces, EMPHASIS_STOPS.province],
    [cities, EMPHASIS_STOPS.city],
  ] as const) {
    const emphasis = drawn.filter(({ feature }) => emphasised.has(feature.properties.code));
    if (!emphasis.length) continue;
    const outline = line(COLOURS.highlight, 1, lineWidth(camera.zoom, stops));
    parts.push(`<g class="emphasis" ${outline}>${emphasis.map(({ d }) => `<path d="${d}"/>`).join('')}</g>`);
  }
  parts.push('</g>');

  if (input.labels !== false) parts.push(renderMapNames({ ...input, labels: input.labels }));
  return parts.join('');
}

/** The map's names and story markers (what renderMapLayers draws over the borders), for a painter that layers them apart. */
export function renderMapNames(input: Omit<VectorMapInput, 'labels'> & { labels?: readonly SceneLabel[] }): string {
  const labels =
    input.labels ??
    sceneLabels({ provinces: input.provinces, cities: input.cities, level: input.choropleth.level, lang: input.lang });
  const measure = input.measureText ?? estimateTextWidth;
  const scale = input.labelScale ?? 1;
  return renderLabels({ labels, camera: input.camera, lang: input.lang, measure, fontStack: FONT_STACK, scale }).svg;
}

/** The width of a region's highlight outline by zoom (zoom, px, zoom, px), as MapLibre's border layers widen it. */
export const EMPHASIS_STOPS = { province: [3, 2.5, 8, 3.5], city: [5, 2.5, 9, 3.5] } as const;

/** A province showing its statistical region's average, not a figure of its own (feature-state `regional`). */
function isRegionalAverage(choropleth: Pick<Choropleth, 'values'>, code: string): boolean {
  const value = choropleth.values.get(code);
  return !!value && 'averageOf' in value && value.averageOf !== undefined;
}

const HATCH_ID = 'regional-hatch';
/**
 * src/map/hatch.ts's image as an SVG pattern: the pixels where (x − y) mod 6 < 2, i.e. a band from top left to
 * bottom right and the corner of the next one, in black at its alpha.
 */
const HATCH_PATTERN = (() => {
  const [p, w] = [HATCH_PERIOD_PX, HATCH_STRIPE_PX];
  const opacity = round(HATCH_RGBA[3] / 255, 1000);
  const d = `M0 0L${w} 0L${p} ${p - w}L${p} ${p}ZM0 ${p - w}L${w} ${p}L0 ${p}Z`;
  return `<pattern id="${HATCH_ID}" patternUnits="userSpaceOnUse" width="${p}" height="${p}"><path d="${d}" fill="rgb(${HATCH_RGBA.slice(0, 3).join(',')})" fill-opacity="${opacity}"/></pattern>`;
})();

/** Paint of the layers that change with the level, as choroplethPaint in map/style.ts. */
function levelPaint(level: MapLevel) {
  const provincesShaded = level === 'province';
  return {
    provincesShaded,
    citiesShaded: level === 'city',
    provinceBorder: provincesShaded ? COLOURS.provinceBorder : COLOURS.provinceBorderOnLand,
    cityBorder: provincesShaded ? COLOURS.provinceBorder : COLOURS.cityBorder,
    cityBorderOpacity: provincesShaded ? 0.8 : 0.55,
  };
}

/** The scale's class colour for a region with a value, the no-data grey for one without: as fillColourExpression. */
export function fillOf(choropleth: Pick<Choropleth, 'values' | 'scale'>): (code: string) => string {
  const single = choropleth.scale.domain().length === 0 ? (choropleth.scale.range()[0] ?? NO_DATA_COLOUR) : null;
  return (code) => {
    const value = choropleth.values.get(code)?.value;
    if (typeof value !== 'number' || !Number.isFinite(value)) return NO_DATA_COLOUR;
    return single ?? choropleth.scale(value);
  };
}

/** MapLibre's `interpolate linear zoom` between two stops, constant outside them. */
export function lineWidth(zoom: number, [zoomFrom, widthFrom, zoomTo, widthTo]: readonly number[]): number {
  const t = Math.max(0, Math.min(1, (zoom - zoomFrom!) / (zoomTo! - zoomFrom!)));
  return round(widthFrom! + (widthTo! - widthFrom!) * t, 100);
}

function line(colour: string, opacity: number, width: number): string {
  const faded = opacity < 1 ? ` stroke-opacity="${opacity}"` : '';
  return `stroke="${colour}" stroke-width="${width}"${faded}`;
}

function regionPath(feature: RegionFeature, level: MapLevel, d: string, colour: string): string {
  return `<path data-code="${escapeXml(feature.properties.code)}" data-level="${level}" fill="${colour}" d="${d}"/>`;
}

interface Drawn {
  feature: RegionFeature;
  d: string;
}

/** Each region's longitude/latitude box, found once: every drawing (each pan's end, each frame's cover) culls by it. */
const BOXES = new WeakMap<RegionFeature, Bounds>();

function boxOf(feature: RegionFeature): Bounds {
  const known = BOXES.get(feature);
  if (known) return known;
  const box = featureBounds(feature);
  BOXES.set(feature, box);
  return box;
}

/** The features whose outline reaches into the viewport, with their path in pixels. */
function visible(collection: RegionCollection, camera: Camera): Drawn[] {
  const drawn: Drawn[] = [];
  const at = projector(camera);
  for (const feature of collection.features) {
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    // Culled on its longitude/latitude box first: Mercator keeps order, so the box's corners bound its pixels,
    // and a region off screen (most of China in a city's view) is never projected point by point.
    const [[west, south], [east, north]] = boxOf(feature);
    const [left, top] = at([west, north]);
    const [right, bottom] = at([east, south]);
    if (right < 0 || bottom < 0 || left > camera.width || top > camera.height) continue;
    let d = '';
    for (const polygon of polygons) for (const ring of polygon) d += ringPath(ring, at);
    drawn.push({ feature, d });
  }
  return drawn;
}

/**
 * A built-in region's outline as drawn at this camera (the same path as its fill or border), and whether it is a
 * city: what a hover outlines, also where the region has no fill of its own. Null when it is off screen or unknown.
 */
export function regionOutline(
  input: Pick<VectorMapInput, 'provinces' | 'cities' | 'camera'>,
  code: string,
): { d: string; level: 'province' | 'city' } | null {
  for (const [collection, level] of [
    [input.cities, 'city'],
    [input.provinces, 'province'],
  ] as const) {
    const feature = collection.features.find((f) => f.properties.code === code);
    if (!feature) continue;
    const [drawn] = visible({ ...collection, features: [feature] }, input.camera);
    return drawn?.d ? { d: drawn.d, level } : null;
  }
  return null;
}

/**
 * One closed subpath; points that round to the previous one are left out (they draw nothing). Indexed, without
 * destructuring: the page's first view runs it cold over every position in view (issue 23).
 */
function ringPath(ring: readonly Position[], at: (position: Position) => [number, number]): string {
  let d = '';
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  let count = 0;
  for (let i = 0; i < ring.length; i++) {
    const point = at(ring[i]!);
    const roundedX = round(point[0], PRECISION);
    const roundedY = round(point[1], PRECISION);
    if (roundedX === lastX && roundedY === lastY) continue;
    d += `${count === 0 ? 'M' : 'L'}${roundedX} ${roundedY}`;
    lastX = roundedX;
    lastY = roundedY;
    count++;
  }
  return count >= 3 ? `${d}Z` : '';
}

function round(value: number, factor: number): number {
  return Math.round(value * factor) / factor;
}

/** Noto Sans' average advance: CJK ideographs are one em, Latin letters a little over half. */
export function estimateTextWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/u.test(char) ? 1 : char === ' ' ? 0.26 : 0.56;
  return ems * size;
}
