/**
 * The regions the boundary files must contain, with their Chinese names as the source spells
 * them and their common English names. The build checks every source feature against this
 * table, so a wrong or missing code in the source is caught instead of mislabelled.
 * Provinces are named as ECharts' china.json names them (short forms: 浙江, 内蒙古);
 * cities as its zhejiang.json does (full forms: 杭州市).
 */

export interface RegionName {
  /** Six-digit administrative division code (GB/T 2260). */
  code: string;
  name_zh: string;
  name_en: string;
}

export const COUNTRY_CODE = '100000';
export const ZHEJIANG_CODE = '330000';

export const PROVINCE_NAMES: readonly RegionName[] = [
  { code: '110000', name_zh: '北京', name_en: 'Beijing' },
  { code: '120000', name_zh: '天津', name_en: 'Tianjin' },
  { code: '130000', name_zh: '河北', name_en: 'Hebei' },
  { code: '140000', name_zh: '山西', name_en: 'Shanxi' },
  { code: '150000', name_zh: '内蒙古', name_en: 'Inner Mongolia' },
  { code: '210000', name_zh: '辽宁', name_en: 'Liaoning' },
  { code: '220000', name_zh: '吉林', name_en: 'Jilin' },
  { code: '230000', name_zh: '黑龙江', name_en: 'Heilongjiang' },
  { code: '310000', name_zh: '上海', name_en: 'Shanghai' },
  { code: '320000', name_zh: '江苏', name_en: 'Jiangsu' },
  { code: '330000', name_zh: '浙江', name_en: 'Zhejiang' },
  { code: '340000', name_zh: '安徽', name_en: 'Anhui' },
  { code: '350000', name_zh: '福建', name_en: 'Fujian' },
  { code: '360000', name_zh: '江西', name_en: 'Jiangxi' },
  { code: '370000', name_zh: '山东', name_en: 'Shandong' },
  { code: '410000', name_zh: '河南', name_en: 'Henan' },
  { code: '420000', name_zh: '湖北', name_en: 'Hubei' },
  { code: '430000', name_zh: '湖南', name_en: 'Hunan' },
  { code: '440000', name_zh: '广东', name_en: 'Guangdong' },
  { code: '450000', name_zh: '广西', name_en: 'Guangxi' },
  { code: '460000', name_zh: '海南', name_en: 'Hainan' },
  { code: '500000', name_zh: '重庆', name_en: 'Chongqing' },
  { code: '510000', name_zh: '四川', name_en: 'Sichuan' },
  { code: '520000', name_zh: '贵州', name_en: 'Guizhou' },
  { code: '530000', name_zh: '云南', name_en: 'Yunnan' },
  { code: '540000', name_zh: '西藏', name_en: 'Tibet' },
  { code: '610000', name_zh: '陕西', name_en: 'Shaanxi' },
  { code: '620000', name_zh: '甘肃', name_en: 'Gansu' },
  { code: '630000', name_zh: '青海', name_en: 'Qinghai' },
  { code: '640000', name_zh: '宁夏', name_en: 'Ningxia' },
  { code: '650000', name_zh: '新疆', name_en: 'Xinjiang' },
  { code: '710000', name_zh: '台湾', name_en: 'Taiwan' },
  { code: '810000', name_zh: '香港', name_en: 'Hong Kong' },
  { code: '820000', name_zh: '澳门', name_en: 'Macao' },
];

export const ZHEJIANG_CITY_NAMES: readonly RegionName[] = [
  { code: '330100', name_zh: '杭州市', name_en: 'Hangzhou' },
  { code: '330200', name_zh: '宁波市', name_en: 'Ningbo' },
  { code: '330300', name_zh: '温州市', name_en: 'Wenzhou' },
  { code: '330400', name_zh: '嘉兴市', name_en: 'Jiaxing' },
  { code: '330500', name_zh: '湖州市', name_en: 'Huzhou' },
  { code: '330600', name_zh: '绍兴市', name_en: 'Shaoxing' },
  { code: '330700', name_zh: '金华市', name_en: 'Jinhua' },
  { code: '330800', name_zh: '衢州市', name_en: 'Quzhou' },
  { code: '330900', name_zh: '舟山市', name_en: 'Zhoushan' },
  { code: '331000', name_zh: '台州市', name_en: 'Taizhou' },
  { code: '331100', name_zh: '丽水市', name_en: 'Lishui' },
];
