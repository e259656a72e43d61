// Peer page: Apache ECharts (canvas) drawing the app's boundary files with bilingual labels at the
// app's default view, or with ?file= a whole districts file, built and served like the app.
import * as echarts from 'echarts';
import { appBoundaries, fileFromQuery, markReady, type Regions } from '../shared';

const districts = await fileFromQuery();
const chart = echarts.init(document.getElementById('map') as HTMLDivElement, undefined, { renderer: 'canvas' });
chart.on('finished', function ready() {
  chart.off('finished', ready);
  markReady();
});

if (districts) {
  // ECharts names regions by `properties.name`; the benchmark's file keys them by `code`.
  const named: Regions = {
    type: 'FeatureCollection',
    features: districts.features.map((f) => ({ ...f, properties: { ...f.properties, name: f.properties.code } })),
  };
  echarts.registerMap('districts', named as never);
  chart.setOption({
    animation: false,
    series: [
      { type: 'map', map: 'districts', roam: true, label: { show: false }, itemStyle: { areaColor: '#d4d4d4' } },
    ],
  });
} else {
  const { provinces, cities } = await appBoundaries();
  const features = [...provinces.features, ...cities.features].map((f) => ({
    ...f,
    properties: { ...f.properties, name: f.properties.code, cp: f.properties.label },
  }));
  echarts.registerMap('app', { type: 'FeatureCollection', features } as never);
  const names = new Map([...provinces.features, ...cities.features].map((f) => [f.properties.code, f.properties]));
  chart.setOption({
    animation: false,
    series: [
      {
        type: 'map',
        map: 'app',
        roam: true,
        // ECharts' zoom is relative to the whole map (China): about 10 frames Zhejiang as the app does.
        center: [120.1, 29.2],
        zoom: 10,
        label: {
          show: true,
          formatter: (p: { name: string }) =>
            `${names.get(p.name)?.name_en ?? ''}\n${names.get(p.name)?.name_zh ?? ''}`,
        },
        data: cities.features.map((f) => ({ name: f.properties.code, itemStyle: { areaColor: '#2c7fb8' } })),
        itemStyle: { areaColor: '#d4d4d4', borderColor: '#ffffff' },
      },
    ],
  });
}
