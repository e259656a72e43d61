import { scaleThreshold } from 'd3-scale';
import type { UserMetric } from '../data/user-data';
import { USER_CLASSES, USER_CLASSING } from '../data/user-data';
import type { Choropleth } from '../scale/choropleth';
import { colourScale, type ColourScale } from '../scale/classify';
import {
  type MetricsFileOptions,
  type MetricsReading,
  readMetricsReading,
  type TableReading,
} from './formats/read-table-metrics';
import type { Issue, Note } from './issues';
import type { JoinTarget, UserJoin } from './join-user';
import type { ParsedMetrics } from './parse-metrics';
import { readTidyMetrics } from './read-metrics';

/*
 * The page's side of reading metrics: the colour scales. A scale is a function, which cannot cross from the
 * metrics worker, and classing a column is quick; so the worker answers with values and the page colours them.
 * (The worker's bundle cannot take the palettes either: they are a virtual module of the page's build.)
 */

export type MetricsResult =
  | { ok: true; choropleth: Choropleth; parsed: ParsedMetrics; join: UserJoin; notes: Note[] }
  | { ok: false; issues: Issue[]; notes: Note[] };

export interface TableChoices extends Omit<TableReading, 'alternatives'> {
  /** The table's other columns of numbers, each joined and classed: the metric list offers them. */
  alternatives: Choropleth[];
}

export type MetricsFileResult = MetricsResult & { table?: TableChoices };

/** A reading with its colour scales: what the page draws. */
export function withChoropleths(reading: MetricsReading, file: string): MetricsFileResult {
  if (!reading.ok) return reading;
  const { table, ...chosen } = reading;
  const result = { ...chosen, choropleth: userChoropleth(chosen.join, chosen.parsed, file) };
  if (!table) return result;
  const alternatives = table.alternatives.map((c) => userChoropleth(c.join, c.parsed, file));
  return { ...result, table: { ...table, alternatives } };
}

/** Any metrics file read and coloured on one thread (tests, and the worker's answer checked against it). */
export async function readMetricsFile(
  bytes: Uint8Array,
  file: string,
  targets: readonly JoinTarget[],
  options: MetricsFileOptions = {},
): Promise<MetricsFileResult> {
  return withChoropleths(await readMetricsReading(bytes, file, targets, options), file);
}

/** A tidy metrics file read and coloured on one thread. */
export function readMetrics(bytes: Uint8Array, file: string, targets: readonly JoinTarget[]): MetricsResult {
  return withChoropleths(readTidyMetrics(bytes, file, targets), file);
}

export function userMetric(
  parsed: Pick<ParsedMetrics, 'metric' | 'unit'> | null,
  level: UserJoin['level'],
  file: string,
): UserMetric {
  return {
    id: 'user',
    level,
    name: parsed?.metric ?? fileStem(file),
    unit: parsed?.unit ?? null,
    classing: USER_CLASSING,
    regionalAverage: false,
    file,
  };
}

export function userChoropleth(join: UserJoin, parsed: ParsedMetrics, file: string): Choropleth {
  const values = [...join.values.values()].map((v) => v.value);
  // Five quantile classes, or fewer when the file has fewer distinct values: no class without a value in it.
  const classing = { method: 'quantile', classes: Math.min(USER_CLASSES, Math.max(2, new Set(values).size)) } as const;
  const metric = { ...userMetric(parsed, join.level, file), classing };
  return { metric, level: join.level, values: join.values, scale: colourScale(classing, values), report: join.report };
}

/** Boundaries shown before any metrics: every region is "no data", and the legend says only that. */
export function emptyChoropleth(file: string): Choropleth {
  const scale: ColourScale = scaleThreshold<number, string>().domain([]).range([]);
  return {
    metric: { ...userMetric(null, 'custom', file), boundaries: file },
    level: 'custom',
    values: new Map(),
    scale,
    report: { matched: [], unknownKeys: [], invalidValues: [], duplicates: [], regionsWithoutValue: [] },
  };
}

export function fileStem(file: string): string {
  const base = file.split(/[\\/]/u).pop() ?? file;
  return base.replace(/\.[^.]+$/u, '') || base;
}
