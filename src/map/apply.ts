import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { MapLevel } from '../data/user-data';
import type { SceneLabel } from '../scene/labels';
import type { LoadedBoundaries } from './surface';
import type { Choropleth } from '../scale/choropleth';
import { fillColourExpression } from '../scale/expression';
import { HATCH_IMAGE, hatchPattern } from './hatch';
import {
  choroplethPaint,
  CUSTOM_LAYERS,
  labelFeatures,
  REGION_LABEL_KINDS,
  REGION_LABEL_LAYERS,
  SOURCE,
} from './style';

/** The regions each map's last choropleth gave a value, so the next one can take them back. */
const valued = new WeakMap<MaplibreMap, { source: string; id: string }[]>();

/** The only place that hands choropleth data to MapLibre: values as feature-state, colours as one expression. */
export function applyChoropleth(map: MaplibreMap, choropleth: Choropleth): void {
  // MapLibre's removal of a whole source's state leaves changes not yet drawn in place: a choropleth given
  // before the map's next frame (the article's metric on 'load', then a ?data= file) would show through.
  // So the regions the last choropleth gave a value get an explicit "no value" first, which the new one overrides.
  for (const { source, id } of valued.get(map) ?? [])
    map.setFeatureState({ source, id }, { value: null, regional: false });
  map.removeFeatureState({ source: SOURCE.provinces });
  map.removeFeatureState({ source: SOURCE.cities });
  map.removeFeatureState({ source: SOURCE.custom });
  const source = sourceOfLevel(choropleth.level);
  const given: { source: string; id: string }[] = [];
  for (const [code, value] of choropleth.values) {
    // A regional average is hatched (layer province-hatch), so it never passes for a province's own figure.
    const regional = 'averageOf' in value && value.averageOf !== undefined;
    map.setFeatureState({ source, id: code }, { value: value.value, regional });
    given.push({ source, id: code });
  }
  valued.set(map, given);
  const paint = choroplethPaint(choropleth.level, fillColourExpression(choropleth.scale));
  for (const [layer, properties] of Object.entries(paint)) {
    for (const [name, value] of Object.entries(properties)) map.setPaintProperty(layer, name as never, value as never);
  }
  // Loaded boundaries replace the built-in names; the built-in outlines stay as context.
  const custom = choropleth.level === 'custom';
  for (const layer of CUSTOM_LAYERS) setVisible(map, layer, custom);
  for (const layer of REGION_LABEL_LAYERS) setVisible(map, layer, !custom);
}

/**
 * Changes a layer's visibility only when it differs: MapLibre treats "unset" and "visible" as
 * different values, and any layout change makes its worker lay the source's tiles out again
 * (about a quarter of a second before the first view was ready, measured with npm run bench).
 */
function setVisible(map: MaplibreMap, layer: string, visible: boolean): void {
  const current = map.getLayoutProperty(layer, 'visibility') ?? 'visible';
  const wanted = visible ? 'visible' : 'none';
  if (current !== wanted) map.setLayoutProperty(layer, 'visibility', wanted);
}

export function sourceOfLevel(level: MapLevel): string {
  return level === 'province' ? SOURCE.provinces : level === 'city' ? SOURCE.cities : SOURCE.custom;
}

/**
 * Puts boundaries the user loaded into the map's (until then empty) custom source, as a URL of their GeoJSON that
 * MapLibre's worker fetches and parses without the page's thread copying the shapes; names come with applyLabels.
 */
export function applyCustomBoundaries(map: MaplibreMap, shapes: LoadedBoundaries['shapes']): void {
  // The map asks the worker for GeoJSON (MapView.loadedShapes): packed shapes are the vector map's.
  if (shapes.kind !== 'geojson') throw new TypeError(`MapLibre draws loaded GeoJSON, not ${shapes.kind}`);
  (map.getSource(SOURCE.custom) as GeoJSONSource).setData(shapes.url);
}

/** The scene's names (another language, loaded areas) into MapLibre's two label sources; the layers stay as they are. */
export function applyLabels(map: MaplibreMap, labels: readonly SceneLabel[]): void {
  (map.getSource(SOURCE.labels) as GeoJSONSource).setData(labelFeatures(labels, REGION_LABEL_KINDS) as never);
  (map.getSource(SOURCE.customLabels) as GeoJSONSource).setData(labelFeatures(labels, ['custom']) as never);
}

/**
 * Gives the style its hatch image before the first tile is laid out (a tile laid out while the image is
 * missing stays without stripes), and again whenever a rebuilt style asks for it (a restored context).
 */
export function provideHatchImage(map: MaplibreMap): void {
  const add = () => {
    if (!map.hasImage(HATCH_IMAGE))
      map.addImage(HATCH_IMAGE, hatchPattern(HATCH_PIXEL_RATIO), { pixelRatio: HATCH_PIXEL_RATIO });
  };
  add();
  map.on('styleimagemissing', (event: { id: string }) => {
    if (event.id === HATCH_IMAGE) add();
  });
}

// Drawn at twice the CSS size so the stripes stay crisp on high-density screens and in 2× exports.
const HATCH_PIXEL_RATIO = 2;
