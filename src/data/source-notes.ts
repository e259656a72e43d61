import type { SourceId } from './sources';

/**
 * What each source is, in the project's own words. Kept apart from sources.ts, which the first view loads:
 * nothing on screen shows these notes, so they are documentation for whoever checks a figure.
 */
export const SOURCE_NOTES: Readonly<Record<SourceId, { en: string; zh: string }>> = {
  'xinhua-2023-12-02': {
    en: "Report from Hangzhou on figures that Li Min, deputy director of Zhejiang's Department of Economy and Information Technology, gave at the 2023 Yangtze River Delta 5G+ Industrial Internet Conference in Shaoxing.",
    zh: '杭州电讯：浙江省经济和信息化厅副厅长李敏在绍兴举行的2023长三角5G+工业互联网大会上公布的数据。',
  },
  'zj-census-2021': {
    en: 'Resident population of each prefecture-level city on 1 November 2020; the eleven cities add up to 64,567,588.',
    zh: '2020年11月1日零时各设区市常住人口，合计64,567,588人。',
  },
  'zj-bulletin-2024': {
    en: "Zhejiang's resident population at the end of 2022 and of 2023.",
    zh: '浙江省2022年末和2023年末常住人口。',
  },
  'nbs-communique-2023': {
    en: "China's population at the end of 2022.",
    zh: '2022年末全国人口。',
  },
  'miit-2023-09': {
    en: '5G base stations in China and in its four statistical regions at the end of September 2023; no per-province figures.',
    zh: '2023年9月末全国及东部、中部、西部、东北地区5G基站数，未分省公布。',
  },
  'nbs-provincial-2022': {
    en: 'Resident population of each province at the end of 2022, in 10,000s; the 31 provinces add up to 1,409.75 million (the national total also counts active-duty military).',
    zh: '2022年末各省常住人口（万人）；31个省份合计140,975万人（全国总数另含现役军人）。',
  },
  'miit-bulletin-2022': {
    en: '5G base stations in China at the end of 2022.',
    zh: '2022年末全国5G基站数。',
  },
  'caict-2023-06': {
    en: '5G base stations in China at the end of May 2023; the Xinhua report rounds the figure to 2.84 million.',
    zh: '2023年5月末全国5G基站数；新华社报道取整为284万。',
  },
  'scio-2024-01': {
    en: '5G base stations in China at the end of 2023.',
    zh: '2023年末全国5G基站数。',
  },
  'zj-comms-2023-02': {
    en: 'More than 171,000 5G base stations in Zhejiang at the end of 2022.',
    zh: '2022年末浙江5G基站超过17.1万个。',
  },
  'echarts-boundaries': {
    en: "Boundaries of the provinces and of Zhejiang's cities; areas are computed from them with turf.",
    zh: '省级及浙江省设区市边界；面积据此用turf计算。',
  },
};
