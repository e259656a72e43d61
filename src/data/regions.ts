/** What the join and the map need to know about a boundary feature. */
export interface RegionInfo {
  code: string;
  name_zh: string;
  name_en: string;
  area_km2: number;
  label: [number, number];
  parent: string;
  /** A loaded area with no name of its own (its key stands in for one): not labelled on the map. */
  unnamed?: true;
}

// Longest first, so that 自治区 is stripped before 区 could be.
const ADMIN_SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '省', '市'];

/** The forms of a region's name a person might type: 杭州市, 杭州, Hangzhou, hangzhou shi. */
export function nameKeys(region: Pick<RegionInfo, 'name_zh' | 'name_en'>): string[] {
  const keys = new Set<string>([normaliseKey(region.name_zh), normaliseKey(region.name_en)]);
  keys.add(stripChineseSuffix(region.name_zh));
  return [...keys].filter((k) => k.length > 0);
}

export function stripChineseSuffix(name: string): string {
  const trimmed = name.trim();
  for (const suffix of ADMIN_SUFFIXES) {
    if (trimmed.endsWith(suffix) && trimmed.length > suffix.length) return trimmed.slice(0, -suffix.length);
  }
  return trimmed;
}

export function normaliseKey(key: string): string {
  return key
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/\s+(shi|city|sheng|province)$/u, '')
    .replace(/\s+/gu, ' ');
}
