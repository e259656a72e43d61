// The benchmark's floor: MapLibre alone drawing one small polygon, built and served like the app.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
const map = new MaplibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: {
      one: {
        type: 'geojson',
        data: { type: 'Polygon', coordinates: [[[119, 29], [121, 29], [121, 31], [119, 31], [119, 29]]] },
      },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#dbe7ef' } },
      { id: 'fill', type: 'fill', source: 'one', paint: { 'fill-color': '#2c7fb8' } },
    ],
  },
  center: [120, 30],
  zoom: 6,
});
map.once('idle', () => {
  performance.mark('map-ready');
  document.documentElement.dataset['mapState'] = 'ready';
});
