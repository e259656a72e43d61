import type { VectorStringKey } from './vector-en';

/** 矢量地图的一行说明（中文）。随 src/vector/vector-map.ts 延迟加载。 */
export const vectorZh: Record<VectorStringKey, string> = {
  'vector.noWebgl':
    '交互式地图需要 WebGL2，此浏览器未提供，因此这张地图不用 WebGL 绘制，功能齐全。如需 WebGL 地图，请在浏览器设置中开启硬件加速，或换用其他浏览器。',
  'vector.mapStart': '交互式地图无法启动（{problem}），因此这张地图不用 WebGL 绘制，功能齐全。重新加载页面或可解决。',
  'vector.chosen': '这是不用 WebGL 绘制的矢量地图（链接中的 renderer=vector）；renderer=maplibre 显示 WebGL 地图。',
};
