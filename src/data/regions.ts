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

const DIGITS_ONLY = /^[0-9]+$/u;
let codeCollator: Intl.Collator | undefined;

/**
 * Region codes in the order localeCompare gives them. Two codes of digits alone (every built-in adcode) compare in
 * code-point order under any collation, which needs no ICU: a page's first Intl.Collator starts it, 10–14 ms of
 * the first view's main thread here (issue 23). Other codes (a reader's file) go to a Collator, made on first need.
 */
export function compareCodes(a: string, b: string): number {
  if (DIGITS_ONLY.test(a) && DIGITS_ONLY.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  codeCollator ??= new Intl.Collator();
  return codeCollator.compare(a, b);
}
