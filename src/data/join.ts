import { nameKeys, normaliseKey, stripChineseSuffix, type RegionInfo } from './regions';

/** One record of a metrics table, as read: the value may still be text. */
export interface MetricRecord<Extra = unknown> {
  /** 1-based row (or array index + 1) in the input, for messages. */
  row: number;
  key: string;
  value: unknown;
  extra?: Extra;
}

export interface JoinedRecord<Extra> {
  code: string;
  value: number;
  record: MetricRecord<Extra>;
}

export interface JoinProblem<Extra> {
  record: MetricRecord<Extra>;
  problem: string;
  /** A region whose name is close to an unknown key. */
  suggestion?: RegionInfo;
}

export interface JoinReport<Extra> {
  matched: JoinedRecord<Extra>[];
  unknownKeys: JoinProblem<Extra>[];
  invalidValues: JoinProblem<Extra>[];
  duplicates: JoinProblem<Extra>[];
  /** Regions no record speaks of: "no data", not zero. */
  regionsWithoutValue: RegionInfo[];
}

/**
 * Joins records to regions by code, then by Chinese or English name (with or without 市/省).
 * Nothing is dropped silently: every record ends up matched or in one of the problem lists.
 */
export function joinMetrics<Extra>(
  regions: readonly RegionInfo[],
  records: readonly MetricRecord<Extra>[],
  options: { maxSuggestions?: number } = {},
): JoinReport<Extra> {
  const resolve = keyResolver(regions);
  const report: JoinReport<Extra> = {
    matched: [],
    unknownKeys: [],
    invalidValues: [],
    duplicates: [],
    regionsWithoutValue: [],
  };
  const seen = new Map<string, MetricRecord<Extra>>();
  // Suggestions compare a key with every region's names: bounded, so a file of thousands of wrong keys stays fast.
  const maxSuggestions = options.maxSuggestions ?? Infinity;

  for (const record of records) {
    const region = resolve(record.key);
    if (!region) {
      const suggestion = report.unknownKeys.length < maxSuggestions ? closestRegion(record.key, regions) : undefined;
      report.unknownKeys.push({ record, problem: `no region has the code or name "${record.key}"`, suggestion });
      continue;
    }
    const value = parseValue(record.value);
    if (typeof value === 'string') {
      report.invalidValues.push({ record, problem: value });
      continue;
    }
    const earlier = seen.get(region.code);
    if (earlier) {
      report.duplicates.push({
        record,
        problem: `${region.name_en} (${region.code}) already has a value from row ${earlier.row}`,
      });
      continue;
    }
    seen.set(region.code, record);
    report.matched.push({ code: region.code, value, record });
  }
  report.regionsWithoutValue = regions.filter((r) => !seen.has(r.code));
  return report;
}

/** The region a key names (code, or Chinese or English name with or without 市/省), as joinMetrics finds it. */
export function keyResolver(regions: readonly RegionInfo[]): (key: string) => RegionInfo | undefined {
  const index = new Map<string, RegionInfo>();
  for (const region of regions) {
    index.set(region.code, region);
    // Codes of loaded boundaries may hold letters; they match in any case, like names.
    index.set(normaliseKey(region.code), region);
    for (const key of nameKeys(region)) index.set(key, region);
  }
  return (key) =>
    index.get(key.trim()) ?? index.get(normaliseKey(key)) ?? index.get(normaliseKey(stripChineseSuffix(key)));
}

/** A finite, non-negative number, or a sentence saying what is wrong with the value. */
export function parseValue(raw: unknown): number | string {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return 'the value is empty';
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim().replace(/[,_\s]/gu, '')) : NaN;
  if (typeof raw !== 'number' && typeof raw !== 'string') return `the value is not a number (found ${typeof raw})`;
  if (Number.isNaN(n)) return `the value "${String(raw)}" is not a number`;
  if (!Number.isFinite(n)) return `the value "${String(raw)}" is infinite`;
  if (n < 0) return `the value ${String(raw)} is negative; counts and densities cannot be`;
  return n;
}

const MAX_SUGGESTION_DISTANCE = 3;

export function closestRegion(key: string, regions: readonly RegionInfo[]): RegionInfo | undefined {
  const wanted = normaliseKey(stripChineseSuffix(key));
  let best: { region: RegionInfo; distance: number } | undefined;
  for (const region of regions) {
    for (const candidate of nameKeys(region)) {
      const distance = editDistance(wanted, candidate);
      if (!best || distance < best.distance) best = { region, distance };
    }
  }
  const limit = Math.min(MAX_SUGGESTION_DISTANCE, Math.max(1, Math.floor(wanted.length / 3)));
  return best && best.distance <= limit ? best.region : undefined;
}

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}
