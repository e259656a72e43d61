// Peer page: Leaflet (SVG, no tiles) drawing the app's boundary files with borders and bilingual labels
// at the app's default view, built and served like the app.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { afterPaint, appBoundaries, markReady, ZHEJIANG_VIEW } from '../shared';

const { provinces, cities } = await appBoundaries();
// Leaflet's zoom counts 256 px tiles, MapLibre's 512 px: the same scale is one zoom level up.
const map = L.map('map', { zoomSnap: 0, attributionControl: false }).setView(
  [ZHEJIANG_VIEW.center[1], ZHEJIANG_VIEW.center[0]],
  ZHEJIANG_VIEW.zoom + 1,
);
L.geoJSON(provinces as never, { style: { fillColor: '#d4d4d4', fillOpacity: 1, color: '#ffffff', weight: 1 } }).addTo(
  map,
);
L.geoJSON(cities as never, { style: { fillColor: '#2c7fb8', fillOpacity: 1, color: '#ffffff', weight: 1 } }).addTo(map);
for (const region of [...provinces.features, ...cities.features]) {
  const [lng, lat] = region.properties.label;
  L.tooltip({ permanent: true, direction: 'center', className: 'label' })
    .setLatLng([lat, lng])
    .setContent(`${region.properties.name_en}<br>${region.properties.name_zh}`)
    .addTo(map);
}
await afterPaint();
markReady();
