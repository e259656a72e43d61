import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n';
import type { Choropleth } from '../scale/choropleth';
import { fillColourExpression } from '../scale/expression';
import { choroplethPaint, LAYER, labelText, SOURCE } from './style';

/** The only place that hands choropleth data to MapLibre: values as feature-state, colours as one expression. */
export function applyChoropleth(map: MaplibreMap, choropleth: Choropleth): void {
  map.removeFeatureState({ source: SOURCE.provinces });
  map.removeFeatureState({ source: SOURCE.cities });
  const source = choropleth.level === 'province' ? SOURCE.provinces : SOURCE.cities;
  for (const [code, value] of choropleth.values) map.setFeatureState({ source, id: code }, { value: value.value });
  const paint = choroplethPaint(choropleth.level, fillColourExpression(choropleth.scale));
  for (const [layer, properties] of Object.entries(paint)) {
    for (const [name, value] of Object.entries(properties)) map.setPaintProperty(layer, name as never, value as never);
  }
}

export function applyLanguage(map: MaplibreMap, lang: Lang): void {
  for (const layer of [LAYER.provinceLabel, LAYER.cityLabel]) map.setLayoutProperty(layer, 'text-field', labelText(lang));
}
