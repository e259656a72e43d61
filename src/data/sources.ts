/** Every publication a figure on screen comes from. Notes are in the project's own words. */
export interface Source {
  id: SourceId;
  title: string;
  publisher: string;
  /** The publisher as Chinese readers know it. */
  publisher_zh: string;
  /** The short name the publisher goes by, where a line has no room for the full one (a kiosk's time line). */
  short?: { en: string; zh: string };
  /** Publication date, ISO 8601 (day or month precision). */
  published: string;
}

export type SourceId =
  | 'xinhua-2023-12-02'
  | 'zj-census-2021'
  | 'zj-bulletin-2024'
  | 'nbs-communique-2023'
  | 'miit-2023-09'
  | 'nbs-provincial-2022'
  | 'miit-bulletin-2022'
  | 'caict-2023-06'
  | 'scio-2024-01'
  | 'zj-comms-2023-02'
  | 'echarts-boundaries';

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'xinhua-2023-12-02': {
    id: 'xinhua-2023-12-02',
    title: 'Zhejiang Province leads in 5G development with 220,000 base stations, promoting industrial internet',
    publisher: "Xinhua (also carried by People's Daily Online)",
    publisher_zh: '新华社（人民网转载）',
    published: '2023-12-02',
  },
  'zj-census-2021': {
    id: 'zj-census-2021',
    title: '浙江省第七次人口普查主要数据公报 (Seventh National Population Census, main data for Zhejiang)',
    publisher: 'Zhejiang Provincial Bureau of Statistics; tabulated by City Population',
    publisher_zh: '浙江省统计局；City Population 整理',
    published: '2021-05',
  },
  'zj-bulletin-2024': {
    id: 'zj-bulletin-2024',
    title: 'Zhejiang statistical bulletin on national economic and social development, 2023',
    publisher: 'Zhejiang Provincial Bureau of Statistics',
    publisher_zh: '浙江省统计局',
    short: { en: 'Zhejiang Bureau of Statistics', zh: '浙江省统计局' },
    published: '2024-03',
  },
  'nbs-communique-2023': {
    id: 'nbs-communique-2023',
    title:
      "Statistical Communiqué of the People's Republic of China on the 2022 National Economic and Social Development",
    publisher: 'National Bureau of Statistics of China',
    publisher_zh: '国家统计局',
    short: { en: 'National Bureau of Statistics', zh: '国家统计局' },
    published: '2023-02',
  },
  'miit-2023-09': {
    id: 'miit-2023-09',
    title: 'Communications industry operations, January–September 2023',
    publisher: 'Ministry of Industry and Information Technology (MIIT)',
    publisher_zh: '工业和信息化部',
    short: { en: 'MIIT', zh: '工信部' },
    published: '2023-10',
  },
  'nbs-provincial-2022': {
    id: 'nbs-provincial-2022',
    title: '分地区年末人口数 (Year-end resident population by province), data.stats.gov.cn table E0103',
    publisher: 'National Bureau of Statistics of China',
    publisher_zh: '国家统计局',
    short: { en: 'National Bureau of Statistics', zh: '国家统计局' },
    published: '2023',
  },
  'miit-bulletin-2022': {
    id: 'miit-bulletin-2022',
    title: '2022 communications industry statistical bulletin',
    publisher: 'Ministry of Industry and Information Technology (MIIT)',
    publisher_zh: '工业和信息化部',
    short: { en: 'MIIT', zh: '工信部' },
    published: '2023-02',
  },
  'caict-2023-06': {
    id: 'caict-2023-06',
    title: '5G base stations at the end of May 2023',
    publisher: 'China Academy of Information and Communications Technology (CAICT)',
    publisher_zh: '中国信息通信研究院',
    short: { en: 'CAICT', zh: '中国信通院' },
    published: '2023-06',
  },
  'scio-2024-01': {
    id: 'scio-2024-01',
    title: 'MIIT at the State Council Information Office press conference of 19 January 2024',
    publisher: 'Ministry of Industry and Information Technology (MIIT)',
    publisher_zh: '工业和信息化部（国新办新闻发布会）',
    short: { en: 'MIIT', zh: '工信部' },
    published: '2024-01-19',
  },
  'zj-comms-2023-02': {
    id: 'zj-comms-2023-02',
    title: "Zhejiang's 5G base stations at the end of 2022",
    publisher: 'Zhejiang Communications Administration',
    publisher_zh: '浙江省通信管理局',
    published: '2023-02',
  },
  'echarts-boundaries': {
    id: 'echarts-boundaries',
    title: 'ECharts 4.9.0 map data (china.json, province/zhejiang.json)',
    publisher: 'Apache ECharts, Apache-2.0 licence',
    publisher_zh: 'Apache ECharts（Apache-2.0 许可）',
    published: '2020-08',
  },
};
