import type { Position } from 'geojson';
import type { RegionCollection, RegionFeature } from '../data/boundaries';
import type { MapLevel } from '../data/user-data';
import type { Lang } from '../i18n';
import { HATCH_PERIOD_PX, HATCH_RGBA, HATCH_STRIPE_PX } from '../map/hatch';
import { CITY_LABEL_MIN_ZOOM, COLOURS, LABEL_FONTS, PROVINCE_LABEL_MAX_ZOOM, ZHEJIANG_CODE } from '../map/style';
import { NO_DATA_COLOUR } from '../scale/classify';
import type { Choropleth } from '../scale/choropleth';
import { type Camera, project } from './camera';

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
  labels?: boolean;
  /** Width of a text in px at a font size; an estimate from the characters when not given. */
  measureText?: (text: string, fontSizePx: number) => number;
  /** Extra attributes on the <svg> element (class, aria-hidden, …); values are escaped. */
  attributes?: Record<string, string>;
}

export const FONT_STACK = LABEL_FONTS.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');

// MapLibre's own defaults for the label layers' properties the style leaves unset.
const TEXT_LINE_HEIGHT_EM = 1.2;
const TEXT_MAX_WIDTH_EM = 8;
const TEXT_PADDING_PX = 2;
const HALO_WIDTH_PX = 1.5;
const SECOND_NAME_SCALE = 0.8;
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
    [provinces, [3, 2.5, 8, 3.5]],
    [cities, [5, 2.5, 9, 3.5]],
  ] as const) {
    const emphasis = drawn.filter(({ feature }) => emphasised.has(feature.properties.code));
    if (!emphasis.length) continue;
    const outline = line(COLOURS.highlight, 1, lineWidth(camera.zoom, stops));
    parts.push(`<g class="emphasis" ${outline}>${emphasis.map(({ d }) => `<path d="${d}"/>`).join('')}</g>`);
  }
  parts.push('</g>');

  if (input.labels !== false) parts.push(renderLabels(input, [...provinces, ...cities]));
  return parts.join('');
}

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

/** The features whose outline reaches into the viewport, with their path in pixels. */
function visible(collection: RegionCollection, camera: Camera): Drawn[] {
  const drawn: Drawn[] = [];
  for (const feature of collection.features) {
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    // Culled on its longitude/latitude box first: Mercator keeps order, so the box's corners bound its pixels,
    // and a region off screen (most of China in a city's view) is never projected point by point.
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of polygons)
      for (const ring of polygon)
        for (const [lng, lat] of ring as [number, number][]) {
          if (lng < west) west = lng;
          if (lng > east) east = lng;
          if (lat < south) south = lat;
          if (lat > north) north = lat;
        }
    const [left, top] = project(camera, [west, north]);
    const [right, bottom] = project(camera, [east, south]);
    if (right < 0 || bottom < 0 || left > camera.width || top > camera.height) continue;
    const rings = polygons.flatMap((polygon) => polygon.map((ring) => ring.map((p: Position) => project(camera, p))));
    drawn.push({ feature, d: rings.map(ringPath).filter(Boolean).join('') });
  }
  return drawn;
}

/** One closed subpath; points that round to the previous one are left out (they draw nothing). */
function ringPath(points: [number, number][]): string {
  let d = '';
  let last = '';
  let count = 0;
  for (const [x, y] of points) {
    const here = `${round(x, PRECISION)} ${round(y, PRECISION)}`;
    if (here === last) continue;
    d += (count === 0 ? 'M' : 'L') + here;
    last = here;
    count++;
  }
  return count >= 3 ? `${d}Z` : '';
}

function round(value: number, factor: number): number {
  return Math.round(value * factor) / factor;
}

interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Labels as MapLibre places them: anchored at the label point, the reader's name over the other at 0.8 size,
 * wrapped at 8 ems, and a label that would overlap one placed before it is left out (features in file order).
 */
function renderLabels(input: VectorMapInput, drawn: Drawn[]): string {
  const { camera, lang } = input;
  const measure = input.measureText ?? estimateTextWidth;
  const provinceSize = lineWidth(camera.zoom, [3, 10, 5, 13]);
  const placed: LabelBox[] = [];
  const texts: string[] = [];
  // The style's label layers, placed as MapLibre places them, the top one first: cities from their zoom on,
  // Zhejiang's own name until then, the neighbouring provinces' names up to a closer zoom.
  const layer = ({ feature }: Drawn): number => {
    const { code, parent } = feature.properties;
    if (parent !== '100000') return camera.zoom >= CITY_LABEL_MIN_ZOOM ? 0 : -1;
    if (code === ZHEJIANG_CODE) return camera.zoom < CITY_LABEL_MIN_ZOOM ? 1 : -1;
    return camera.zoom < PROVINCE_LABEL_MAX_ZOOM ? 2 : -1;
  };
  const labelled = drawn.filter((d) => layer(d) >= 0).sort((a, b) => layer(a) - layer(b));
  for (const { feature } of labelled) {
    const isProvince = feature.properties.parent === '100000';
    const size = isProvince ? provinceSize : 13;
    const [x, y] = project(camera, feature.properties.label);
    if (x < 0 || y < 0 || x > camera.width || y > camera.height) continue;
    const { name_zh, name_en } = feature.properties;
    const [first, second] = lang === 'zh' ? [name_zh, name_en] : [name_en, name_zh];
    const lines = [
      ...wrap(first, size, measure).map((text) => ({ text, size })),
      ...wrap(second, size * SECOND_NAME_SCALE, measure).map((text) => ({ text, size: size * SECOND_NAME_SCALE })),
    ];
    const width = Math.max(...lines.map((l) => measure(l.text, l.size)));
    const height = lines.reduce((sum, l) => sum + l.size * TEXT_LINE_HEIGHT_EM, 0);
    const box = {
      left: x - width / 2 - TEXT_PADDING_PX,
      right: x + width / 2 + TEXT_PADDING_PX,
      top: y - height / 2 - TEXT_PADDING_PX,
      bottom: y + height / 2 + TEXT_PADDING_PX,
    };
    if (placed.some((other) => overlaps(box, other))) continue;
    placed.push(box);
    let baseline = y - height / 2;
    const spans = lines.map((l) => {
      const lineHeight = l.size * TEXT_LINE_HEIGHT_EM;
      // The glyphs' middle sits in the middle of their line box.
      const at = baseline + lineHeight / 2 + l.size * 0.35;
      baseline += lineHeight;
      const sizeAttr = l.size === size ? '' : ` font-size="${round(l.size, 100)}"`;
      return `<tspan x="${round(x, PRECISION)}" y="${round(at, PRECISION)}"${sizeAttr}>${escapeXml(l.text)}</tspan>`;
    });
    const langAttr = lang === 'zh' ? 'zh-Hans' : 'en';
    texts.push(
      `<text data-code="${escapeXml(feature.properties.code)}" lang="${langAttr}" font-size="${round(size, 100)}">${spans.join('')}</text>`,
    );
  }
  const halo = `stroke="${COLOURS.labelHalo}" stroke-width="${HALO_WIDTH_PX * 2}" stroke-linejoin="round" paint-order="stroke"`;
  return `<g class="labels" font-family="${escapeXml(FONT_STACK)}" text-anchor="middle" fill="${COLOURS.labelText}" ${halo}>${texts.join('')}</g>`;
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Splits at spaces into lines no wider than 8 ems, as MapLibre's text-max-width does for Latin text. */
function wrap(text: string, size: number, measure: (text: string, size: number) => number): string[] {
  const limit = TEXT_MAX_WIDTH_EM * size;
  if (measure(text, size) <= limit || !text.includes(' ')) return [text];
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate, size) > limit) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/** Noto Sans' average advance: CJK ideographs are one em, Latin letters a little over half. */
export function estimateTextWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/u.test(char) ? 1 : char === ' ' ? 0.26 : 0.56;
  return ems * size;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/gu, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`);
}
