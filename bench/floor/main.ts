// The benchmark's floor: MapLibre alone, built and served like the app.
// Without a query it draws one small polygon (the floor the targets are measured against). With
// ?content it draws the app's own boundary files with borders and bilingual labels and nothing else,
// so the benchmark can tell what MapLibre itself needs for our content from what the app adds.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MaplibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);

const ONE_POLYGON: StyleSpecification = {
  version: 8,
  sources: {
    one: {
      type: 'geojson',
      data: {
        type: 'Polygon',
        coordinates: [
          [
            [119, 29],
            [121, 29],
            [121, 31],
            [119, 31],
            [119, 29],
          ],
        ],
      },
    },
  },
  layers: [
    { id: 'bg', type: 'background', paint: { 'background-color': '#dbe7ef' } },
    { id: 'fill', type: 'fill', source: 'one', paint: { 'fill-color': '#2c7fb8' } },
  ],
};

interface Region {
  properties: { label: [number, number]; name_en: string; name_zh: string };
}

async function contentStyle(): Promise<StyleSpecification> {
  const [provinces, cities] = (await Promise.all(
    ['provinces', 'zhejiang-cities'].map((name) => fetch(`../app/geo/${name}.json`).then((r) => r.json())),
  )) as { features: Region[] }[];
  const labels = [...provinces!.features, ...cities!.features].map((f) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: f.properties.label },
    properties: f.properties,
  }));
  return {
    version: 8,
    sources: {
      provinces: { type: 'geojson', data: provinces as never },
      cities: { type: 'geojson', data: cities as never },
      labels: { type: 'geojson', data: { type: 'FeatureCollection', features: labels } },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#dbe7ef' } },
      { id: 'province-fill', type: 'fill', source: 'provinces', paint: { 'fill-color': '#d4d4d4' } },
      { id: 'city-fill', type: 'fill', source: 'cities', paint: { 'fill-color': '#2c7fb8' } },
      { id: 'province-line', type: 'line', source: 'provinces', paint: { 'line-color': '#ffffff' } },
      { id: 'city-line', type: 'line', source: 'cities', paint: { 'line-color': '#ffffff' } },
      {
        id: 'labels',
        type: 'symbol',
        source: 'labels',
        layout: {
          'text-field': ['format', ['get', 'name_en'], {}, '\n', {}, ['get', 'name_zh'], { 'font-scale': 0.8 }],
          'text-font': ['Noto Sans CJK SC', 'sans-serif'],
        },
      },
    ],
  };
}

const withContent = new URLSearchParams(location.search).has('content');
const map = new MaplibreMap({
  container: 'map',
  style: withContent ? await contentStyle() : ONE_POLYGON,
  // The app's default view: Zhejiang.
  center: [120.1, 29.2],
  zoom: withContent ? 6.9 : 6,
});
map.once('idle', () => {
  performance.mark('map-ready');
  document.documentElement.dataset['mapState'] = 'ready';
});
