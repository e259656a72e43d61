import { MAP_COLOURS } from '../scene/map-colours';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { RegionCollection } from '../data/boundaries';
import type { MapLevel } from '../data/user-data';
import {
  ANCHOR_OFFSET_EM,
  CITY_ANCHORS,
  CITY_LABEL_MIN_ZOOM,
  type LabelKind,
  STORY_MARK,
  STORY_NAMES_MIN_ZOOM,
  PROVINCE_LABEL_MAX_ZOOM,
  SECOND_NAME_SCALE,
  type SceneLabel,
} from '../scene/labels';
import { HATCH_IMAGE } from './hatch';
import { CUSTOM_LINE } from '../scene/custom-line';

export { CITY_LABEL_MIN_ZOOM, PROVINCE_LABEL_MAX_ZOOM };

export const SOURCE = {
  provinces: 'provinces',
  cities: 'cities',
  labels: 'labels',
  custom: 'custom',
  customLabels: 'custom-labels',
} as const;
export const LAYER = {
  provinceFill: 'province-fill',
  provinceHatch: 'province-hatch',
  cityFill: 'city-fill',
  provinceLine: 'province-line',
  cityLine: 'city-line',
  provinceLabel: 'province-label',
  zhejiangLabel: 'zhejiang-label',
  cityLabel: 'city-label',
  storyMarkSpace: 'story-mark-space',
  customFill: 'custom-fill',
  customLine: 'custom-line',
  customHighlight: 'custom-highlight-line',
  customLabel: 'custom-label',
} as const;

/** Layers that draw boundaries the user loaded; hidden unless the shown metric is on them. */
export const CUSTOM_LAYERS = [LAYER.customFill, LAYER.customLine, LAYER.customHighlight, LAYER.customLabel] as const;

/** The map's colours: the theme's (src/scene/theme.ts), shared with the vector map and the exports. */
export const COLOURS = MAP_COLOURS;

/** Local font families: no glyph server is used, so MapLibre draws labels with these system fonts. */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];

export interface StyleInput {
  provinces: RegionCollection;
  cities: RegionCollection;
  level: MapLevel;
  fillColour: ExpressionSpecification | string;
  /** The scene's names (src/scene/labels.ts); story places are left to the HTML markers. */
  labels: readonly SceneLabel[];
  /** Times the region labels' usual size: a kiosk's names are read from three metres (kioskLabelScale). */
  labelScale?: number;
}

// A region's name at city scale on the page; the kiosk reads its text at 28 px on a 1080p screen (kiosk.css).
const LABEL_PX = 13;
const KIOSK_TEXT_PX_AT_1080P = 28;

/** How much larger a kiosk draws region names: 28 px on a 1080p screen, as much more as the screen is larger. */
export function kioskLabelScale(screenShortSidePx: number): number {
  return (KIOSK_TEXT_PX_AT_1080P / LABEL_PX) * Math.max(1, screenShortSidePx / 1080);
}

/** Label layers in the reader's language; the language switch rewrites their text. */
export const REGION_LABEL_LAYERS = [LAYER.provinceLabel, LAYER.zhejiangLabel, LAYER.cityLabel] as const;

/** The scene's names as label points with their text, kind, priority and zoom range; the layers sort them into bands. */
export function labelFeatures(labels: readonly SceneLabel[], kinds: readonly LabelKind[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: labels
      .filter((l) => kinds.includes(l.kind))
      .map((l) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...l.at] },
        properties: {
          code: l.code,
          kind: l.kind,
          first: l.text[0],
          ...(l.text[1] === null ? {} : { second: l.text[1] }),
          priority: l.priority,
          ...(l.side ? { side: l.side } : {}),
          minZoom: l.minZoom,
          maxZoom: l.maxZoom,
        },
      })),
  };
}

export const REGION_LABEL_KINDS: readonly LabelKind[] = ['province', 'city', 'story'];

/** The scene's text: the first name, and the second under it, smaller, when the two differ. */
export function sceneLabelText(): ExpressionSpecification {
  return [
    'case',
    ['has', 'second'],
    ['format', ['get', 'first'], { 'font-scale': 1 }, '\n', {}, ['get', 'second'], { 'font-scale': SECOND_NAME_SCALE }],
    ['format', ['get', 'first'], {}],
  ];
}

const hovered: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'focus'], false],
];
// The city a view is about (Hangzhou, Shaoxing) keeps a strong outline while the camera is there.
const emphasised: ExpressionSpecification = ['any', hovered, ['boolean', ['feature-state', 'selected'], false]];

/**
 * Borders that turn orange and thick where a region is hovered, focused or selected. The highlight
 * lives in the border layers themselves, not in layers of its own: every extra layer over a source
 * is laid out again by MapLibre's worker, and two of them cost the first view about 0.1 s.
 */
function emphasisable(
  state: ExpressionSpecification,
  colour: string,
  opacity: number,
  widths: readonly [number, number, number, number],
) {
  const [zoomFrom, widthFrom, zoomTo, widthTo] = widths;
  return {
    'line-color': ['case', state, COLOURS.highlight, colour] as ExpressionSpecification,
    'line-opacity': ['case', state, 1, opacity] as ExpressionSpecification,
    'line-width': [
      'interpolate',
      ['linear'],
      ['zoom'],
      zoomFrom,
      ['case', state, 2.5, widthFrom],
      zoomTo,
      ['case', state, 3.5, widthTo],
    ] as ExpressionSpecification,
  };
}

/** Paint of the layers that change with the metric's level; shared by the style and by metric switches. */
export function choroplethPaint(level: MapLevel, fillColour: ExpressionSpecification | string) {
  const shadedProvinces = level === 'province';
  // Under loaded boundaries the built-in regions are plain land around them, as context.
  const custom = level === 'custom';
  return {
    [LAYER.provinceFill]: { 'fill-color': shadedProvinces ? fillColour : COLOURS.land },
    // Under a province metric the cities stay transparent but still answer hover and click.
    [LAYER.cityFill]: {
      'fill-color': shadedProvinces || custom ? COLOURS.land : fillColour,
      'fill-opacity': shadedProvinces || custom ? 0 : 1,
    },
    [LAYER.provinceLine]: emphasisable(
      hovered,
      shadedProvinces ? COLOURS.provinceBorder : COLOURS.provinceBorderOnLand,
      1,
      [3, 0.6, 8, 1.6],
    ),
    // Over one dark provincial colour, dark city borders vanish; light ones read on any class.
    [LAYER.cityLine]: emphasisable(
      emphasised,
      shadedProvinces ? COLOURS.provinceBorder : COLOURS.cityBorder,
      shadedProvinces ? 0.8 : 0.55,
      [5, 0.3, 9, 1.2],
    ),
    [LAYER.customFill]: { 'fill-color': custom ? fillColour : COLOURS.land },
  } as const;
}

const EMPTY_COLLECTION = { type: 'FeatureCollection', features: [] } as const;

/** The whole map as data; map/apply.ts hands it to MapLibre. */
export function buildStyle(input: StyleInput): StyleSpecification {
  const paint = choroplethPaint(input.level, input.fillColour);
  return {
    version: 8,
    sources: {
      [SOURCE.provinces]: { type: 'geojson', data: input.provinces as never, promoteId: 'code' },
      [SOURCE.cities]: { type: 'geojson', data: input.cities as never, promoteId: 'code' },
      [SOURCE.labels]: { type: 'geojson', data: labelFeatures(input.labels, REGION_LABEL_KINDS) as never },
      // Filled when the user loads boundaries (src/byod); empty and hidden until then.
      [SOURCE.custom]: { type: 'geojson', data: EMPTY_COLLECTION as never, promoteId: 'code' },
      [SOURCE.customLabels]: { type: 'geojson', data: labelFeatures(input.labels, ['custom']) as never },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLOURS.sea } },
      {
        id: LAYER.provinceFill,
        type: 'fill',
        source: SOURCE.provinces,
        paint: { ...paint[LAYER.provinceFill] },
      },
      // Stripes over the provinces that show their statistical region's average, not a figure of their own.
      {
        id: LAYER.provinceHatch,
        type: 'fill',
        source: SOURCE.provinces,
        paint: {
          'fill-pattern': HATCH_IMAGE,
          'fill-opacity': ['case', ['boolean', ['feature-state', 'regional'], false], 1, 0],
        },
      },
      {
        id: LAYER.cityFill,
        type: 'fill',
        source: SOURCE.cities,
        paint: { ...paint[LAYER.cityFill] },
      },
      {
        id: LAYER.provinceLine,
        type: 'line',
        source: SOURCE.provinces,
        paint: { ...paint[LAYER.provinceLine] },
      },
      {
        id: LAYER.cityLine,
        type: 'line',
        source: SOURCE.cities,
        paint: { ...paint[LAYER.cityLine] },
      },
      {
        id: LAYER.customFill,
        type: 'fill',
        source: SOURCE.custom,
        layout: { visibility: 'none' },
        paint: { ...paint[LAYER.customFill] },
      },
      {
        id: LAYER.customLine,
        type: 'line',
        source: SOURCE.custom,
        layout: { visibility: 'none' },
        paint: {
          'line-color': CUSTOM_LINE.colour,
          'line-opacity': CUSTOM_LINE.opacity,
          'line-width': ['interpolate', ['linear'], ['zoom'], ...CUSTOM_LINE.widthStops],
        },
      },
      {
        id: LAYER.customHighlight,
        type: 'line',
        source: SOURCE.custom,
        layout: { visibility: 'none' },
        paint: {
          'line-color': COLOURS.highlight,
          'line-width': CUSTOM_LINE.highlightWidthPx,
          'line-opacity': ['case', hovered, 1, 0],
        },
      },
      // One layer per zoom band of the scene's names; the cities' layer is on top, so its names are placed first.
      labelLayer(LAYER.provinceLabel, 'province', { maxzoom: PROVINCE_LABEL_MAX_ZOOM }, input.labelScale),
      labelLayer(LAYER.zhejiangLabel, 'province', { maxzoom: CITY_LABEL_MIN_ZOOM }, input.labelScale),
      labelLayer(LAYER.cityLabel, 'city', { minzoom: CITY_LABEL_MIN_ZOOM }, input.labelScale),
      storyMarkSpace(input.labelScale),
      {
        id: LAYER.customLabel,
        type: 'symbol',
        source: SOURCE.customLabels,
        layout: {
          visibility: 'none',
          'text-field': sceneLabelText(),
          'symbol-sort-key': ['get', 'priority'],
          'text-font': LABEL_FONTS,
          'text-size': 12,
          'text-max-width': 8,
          'text-padding': 2,
        },
        paint: { 'text-color': COLOURS.labelText, 'text-halo-color': COLOURS.labelHalo, 'text-halo-width': 1.5 },
      },
    ],
  };
}

/**
 * The story markers' room kept free of names: MapLibre does not know the HTML markers over its canvas and wrote
 * Ningbo's name under Shaoxing's. Their names, invisible, placed first; the vector page reserves the pill alike.
 */
function storyMarkSpace(scale = 1) {
  const offsetEm = STORY_MARK.behindDotPx / STORY_MARK.fontPx;
  return {
    id: LAYER.storyMarkSpace,
    type: 'symbol' as const,
    source: SOURCE.labels,
    filter: ['==', ['get', 'kind'], 'story'] as ExpressionSpecification,
    minzoom: STORY_NAMES_MIN_ZOOM,
    layout: {
      'text-field': ['get', 'first'] as ExpressionSpecification,
      'text-font': LABEL_FONTS,
      'text-size': STORY_MARK.fontPx * scale,
      'text-anchor': ['match', ['get', 'side'], 'left', 'right', 'left'] as ExpressionSpecification,
      'text-offset': [
        'match',
        ['get', 'side'],
        'left',
        ['literal', [-offsetEm, 0]],
        ['literal', [offsetEm, 0]],
      ] as ExpressionSpecification,
      // The pill (20 px high, 8 px behind the dot, 6 px past a bold name) and 2 px around it, as the vector page keeps.
      'text-padding': 7 * scale,
      'text-allow-overlap': true,
    },
    paint: { 'text-opacity': 0 },
  };
}

/**
 * The names of one zoom band: those of `kind` whose range ends (maxzoom) or starts (minzoom) where the layer's does,
 * so a province whose cities are on the map (Zhejiang) goes with the cities' zoom, the others later.
 */
function labelLayer(id: string, kind: LabelKind, zooms: { minzoom: number } | { maxzoom: number }, scale = 1) {
  const band: ExpressionSpecification =
    'maxzoom' in zooms ? ['==', ['get', 'maxZoom'], zooms.maxzoom] : ['==', ['get', 'minZoom'], zooms.minzoom];
  return {
    id,
    type: 'symbol' as const,
    source: SOURCE.labels,
    filter: ['all', ['==', ['get', 'kind'], kind], band] as ExpressionSpecification,
    ...zooms,
    layout: {
      'text-field': sceneLabelText(),
      // The scene's placement order: where two names collide, the lower priority keeps its place.
      'symbol-sort-key': ['get', 'priority'] as ExpressionSpecification,
      'text-font': LABEL_FONTS,
      'text-size':
        kind === 'province'
          ? (['interpolate', ['linear'], ['zoom'], 3, 10 * scale, 5, LABEL_PX * scale] as ExpressionSpecification)
          : LABEL_PX * scale,
      'text-max-width': 8,
      'text-padding': 2,
      // A city's name may sit beside its point (the scene's anchors), its lines still centred as the SVG draws them.
      ...(kind === 'city'
        ? {
            'text-variable-anchor': [...CITY_ANCHORS],
            'text-radial-offset': ANCHOR_OFFSET_EM,
            'text-justify': 'center' as const,
          }
        : {}),
    },
    paint: { 'text-color': COLOURS.labelText, 'text-halo-color': COLOURS.labelHalo, 'text-halo-width': 1.5 },
  };
}
