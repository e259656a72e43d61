import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { RegionCollection } from '../data/boundaries';
import type { Level } from '../data/metrics';
import type { Lang } from '../i18n';

export const SOURCE = { provinces: 'provinces', cities: 'cities', labels: 'labels' } as const;
export const LAYER = {
  provinceFill: 'province-fill',
  cityFill: 'city-fill',
  provinceLine: 'province-line',
  cityLine: 'city-line',
  highlight: 'highlight-line',
  cityHighlight: 'city-highlight-line',
  provinceLabel: 'province-label',
  cityLabel: 'city-label',
} as const;

export const COLOURS = {
  sea: '#dbe7ef',
  land: '#f3f1ec',
  provinceBorder: '#ffffff',
  cityBorder: '#4a4a4a',
  highlight: '#111111',
  labelText: '#1f1f1f',
  labelHalo: '#ffffff',
} as const;

/** Local font families: no glyph server is used, so MapLibre draws labels with these system fonts. */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];

// Cities are labelled only once they are big enough on screen to carry a name.
export const CITY_LABEL_MIN_ZOOM = 5.5;

export interface StyleInput {
  provinces: RegionCollection;
  cities: RegionCollection;
  lang: Lang;
  level: Level;
  fillColour: ExpressionSpecification | string;
}

export function labelPoints(collection: RegionCollection, level: Level): FeatureCollection<Point> {
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

const hovered: ExpressionSpecification = ['any', ['boolean', ['feature-state', 'hover'], false], ['boolean', ['feature-state', 'focus'], false]];

/** Paint of the layers that change with the metric's level; shared by the style and by metric switches. */
export function choroplethPaint(level: Level, fillColour: ExpressionSpecification | string) {
  const shadedProvinces = level === 'province';
  return {
    [LAYER.provinceFill]: { 'fill-color': shadedProvinces ? fillColour : COLOURS.land },
    // Under a province metric the cities stay transparent but still answer hover and click.
    [LAYER.cityFill]: { 'fill-color': shadedProvinces ? COLOURS.land : fillColour, 'fill-opacity': shadedProvinces ? 0 : 1 },
    [LAYER.provinceLine]: { 'line-color': shadedProvinces ? COLOURS.provinceBorder : '#9a9a9a' },
  } as const;
}

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
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLOURS.sea } },
      {
        id: LAYER.provinceFill,
        type: 'fill',
        source: SOURCE.provinces,
        paint: { ...paint[LAYER.provinceFill] },
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
        paint: { ...paint[LAYER.provinceLine], 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.6] },
      },
      {
        id: LAYER.cityLine,
        type: 'line',
        source: SOURCE.cities,
        paint: { 'line-color': COLOURS.cityBorder, 'line-opacity': 0.55, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.3, 9, 1.2] },
      },
      {
        id: LAYER.highlight,
        type: 'line',
        source: SOURCE.provinces,
        paint: { 'line-color': COLOURS.highlight, 'line-width': 2.5, 'line-opacity': ['case', hovered, 1, 0] },
      },
      {
        id: LAYER.cityHighlight,
        type: 'line',
        source: SOURCE.cities,
        paint: { 'line-color': COLOURS.highlight, 'line-width': 2.5, 'line-opacity': ['case', hovered, 1, 0] },
      },
      labelLayer(LAYER.provinceLabel, 'province', input.lang, { maxzoom: CITY_LABEL_MIN_ZOOM }),
      labelLayer(LAYER.cityLabel, 'city', input.lang, { minzoom: CITY_LABEL_MIN_ZOOM }),
    ],
  };
}

function labelLayer(id: string, level: Level, lang: Lang, zooms: { minzoom?: number; maxzoom?: number }) {
  return {
    id,
    type: 'symbol' as const,
    source: SOURCE.labels,
    filter: ['==', ['get', 'level'], level] as ExpressionSpecification,
    ...zooms,
    layout: {
      'text-field': labelText(lang),
      'text-font': LABEL_FONTS,
      'text-size': level === 'province' ? ['interpolate', ['linear'], ['zoom'], 3, 10, 5, 13] as ExpressionSpecification : 13,
      'text-max-width': 8,
      'text-padding': 2,
    },
    paint: { 'text-color': COLOURS.labelText, 'text-halo-color': COLOURS.labelHalo, 'text-halo-width': 1.5 },
  };
}
