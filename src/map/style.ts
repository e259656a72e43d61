import { THEME } from '../scene/theme';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { RegionCollection } from '../data/boundaries';
import type { Level } from '../data/metrics';
import type { MapLevel } from '../data/user-data';
import type { Lang } from '../i18n';
import { HATCH_IMAGE } from './hatch';

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
  customFill: 'custom-fill',
  customLine: 'custom-line',
  customHighlight: 'custom-highlight-line',
  customLabel: 'custom-label',
} as const;

/** Layers that draw boundaries the user loaded; hidden unless the shown metric is on them. */
export const CUSTOM_LAYERS = [LAYER.customFill, LAYER.customLine, LAYER.customHighlight, LAYER.customLabel] as const;

/** The map's colours: the theme's (src/scene/theme.ts), shared with the vector map and the exports. */
export const COLOURS = THEME.colour;

/** Local font families: no glyph server is used, so MapLibre draws labels with these system fonts. */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];

// Cities are labelled only once they are big enough on screen to carry a name.
export const CITY_LABEL_MIN_ZOOM = 5.5;

export interface StyleInput {
  provinces: RegionCollection;
  cities: RegionCollection;
  lang: Lang;
  level: MapLevel;
  fillColour: ExpressionSpecification | string;
  /** Regions whose name an HTML marker carries instead of a symbol label (the story places). */
  markedRegions?: readonly string[];
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

// Neighbouring provinces keep their names while Zhejiang's cities are labelled, so the Zhejiang view can
// compare; Zhejiang's own name gives way to its cities'.
export const PROVINCE_LABEL_MAX_ZOOM = 8;

export function labelPoints(collection: RegionCollection, level: MapLevel): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      type: 'Feature',
      id: Number(f.properties.code),
      geometry: { type: 'Point', coordinates: f.properties.label },
      properties: { code: f.properties.code, name_zh: f.properties.name_zh, name_en: f.properties.name_en, level },
    })),
  };
}

/** Primary name in the reader's language, the other underneath. */
export function labelText(lang: Lang): ExpressionSpecification {
  const [first, second] = lang === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  return ['format', ['get', first], { 'font-scale': 1 }, '\n', {}, ['get', second], { 'font-scale': 0.8 }];
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

/** Primary name in the reader's language; a loaded area whose two names are the same says it once. */
export function customLabelText(lang: Lang): ExpressionSpecification {
  const first = lang === 'zh' ? 'name_zh' : 'name_en';
  return ['case', ['==', ['get', 'name_zh'], ['get', 'name_en']], ['format', ['get', first], {}], labelText(lang)];
}

const EMPTY_COLLECTION = { type: 'FeatureCollection', features: [] } as const;

/** The whole map as data; map/apply.ts hands it to MapLibre. */
export function buildStyle(input: StyleInput): StyleSpecification {
  const paint = choroplethPaint(input.level, input.fillColour);
  const labels = labelPoints(input.provinces, 'province');
  labels.features.push(...labelPoints(input.cities, 'city').features);
  return {
    version: 8,
    sources: {
      [SOURCE.provinces]: { type: 'geojson', data: input.provinces as never, promoteId: 'code' },
      [SOURCE.cities]: { type: 'geojson', data: input.cities as never, promoteId: 'code' },
      [SOURCE.labels]: { type: 'geojson', data: labels as never },
      // Filled when the user loads boundaries (src/byod); empty and hidden until then.
      [SOURCE.custom]: { type: 'geojson', data: EMPTY_COLLECTION as never, promoteId: 'code' },
      [SOURCE.customLabels]: { type: 'geojson', data: EMPTY_COLLECTION as never },
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
          'line-color': COLOURS.cityBorder,
          'line-opacity': 0.6,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.3, 10, 1.2],
        },
      },
      {
        id: LAYER.customHighlight,
        type: 'line',
        source: SOURCE.custom,
        layout: { visibility: 'none' },
        paint: { 'line-color': COLOURS.highlight, 'line-width': 2.5, 'line-opacity': ['case', hovered, 1, 0] },
      },
      labelLayer(
        LAYER.provinceLabel,
        'province',
        input.lang,
        { maxzoom: PROVINCE_LABEL_MAX_ZOOM },
        [ZHEJIANG_CODE],
        undefined,
        input.labelScale,
      ),
      labelLayer(
        LAYER.zhejiangLabel,
        'province',
        input.lang,
        { maxzoom: CITY_LABEL_MIN_ZOOM },
        undefined,
        ZHEJIANG_CODE,
        input.labelScale,
      ),
      labelLayer(
        LAYER.cityLabel,
        'city',
        input.lang,
        { minzoom: CITY_LABEL_MIN_ZOOM },
        input.markedRegions ?? [],
        undefined,
        input.labelScale,
      ),
      {
        id: LAYER.customLabel,
        type: 'symbol',
        source: SOURCE.customLabels,
        layout: {
          visibility: 'none',
          'text-field': customLabelText(input.lang),
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

export const ZHEJIANG_CODE = '330000';

function labelLayer(
  id: string,
  level: Level,
  lang: Lang,
  zooms: { minzoom?: number; maxzoom?: number },
  except: readonly string[] = [],
  only?: string,
  scale = 1,
) {
  const filter: ExpressionSpecification[] = [['==', ['get', 'level'], level]];
  if (except.length) filter.push(['!', ['in', ['get', 'code'], ['literal', [...except]]]]);
  if (only) filter.push(['==', ['get', 'code'], only]);
  return {
    id,
    type: 'symbol' as const,
    source: SOURCE.labels,
    filter: ['all', ...filter] as ExpressionSpecification,
    ...zooms,
    layout: {
      'text-field': labelText(lang),
      'text-font': LABEL_FONTS,
      'text-size':
        level === 'province'
          ? (['interpolate', ['linear'], ['zoom'], 3, 10 * scale, 5, LABEL_PX * scale] as ExpressionSpecification)
          : LABEL_PX * scale,
      'text-max-width': 8,
      'text-padding': 2,
    },
    paint: { 'text-color': COLOURS.labelText, 'text-halo-color': COLOURS.labelHalo, 'text-halo-width': 1.5 },
  };
}
