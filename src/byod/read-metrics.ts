import type { UserMetric } from '../data/user-data';
import { USER_CLASSES, USER_CLASSING } from '../data/user-data';
import type { Choropleth } from '../scale/choropleth';
import { colourScale, type ColourScale } from '../scale/classify';
import { scaleThreshold } from 'd3-scale';
import { decodeBytes, looksLikeWebPage } from './decode';
import { AT_FILE, issue, type Issue, type Note } from './issues';
import { joinUserMetrics, type JoinTarget, type UserJoin } from './join-user';
import { MAX_METRICS_BYTES, megabytes } from './limits';
import { parseMetricsText, type ParsedMetrics } from './parse-metrics';
import { encodingNotes } from './read-boundaries';

export type MetricsResult =
  | { ok: true; choropleth: Choropleth; parsed: ParsedMetrics; join: UserJoin; notes: Note[] }
  | { ok: false; issues: Issue[]; notes: Note[] };

/** A metrics file over the size limit, refused before it is read; null when it is within it. */
export function metricsTooLarge(bytes: Uint8Array, file: string): { ok: false; issues: Issue[]; notes: Note[] } | null {
  if (bytes.length <= MAX_METRICS_BYTES) return null;
  const size = { size: megabytes(bytes.length), limit: megabytes(MAX_METRICS_BYTES) };
  return { ok: false, issues: [issue('tooLarge', file, AT_FILE, size)], notes: [] };
}

/** A metrics file's bytes to a choropleth of the regions it names, or every reason it cannot be shown. */
export function readMetrics(bytes: Uint8Array, file: string, targets: readonly JoinTarget[]): MetricsResult {
  const tooLarge = metricsTooLarge(bytes, file);
  if (tooLarge) return tooLarge;
  const decoded = decodeBytes(bytes, file);
  if (!decoded.ok) return { ok: false, issues: [decoded.issue], notes: [] };
  if (looksLikeWebPage(decoded.text)) return { ok: false, issues: [issue('webPage', file, AT_FILE)], notes: [] };
  const notes = encodingNotes(decoded.encoding);
  const parsed = parseMetricsText(decoded.text, file);
  notes.push(...parsed.notes);
  if (!parsed.ok) return { ok: false, issues: parsed.issues, notes };
  const joined = joinUserMetrics(parsed.parsed, targets, file);
  notes.push(...joined.notes);
  if (!joined.ok) return { ok: false, issues: joined.issues, notes };
  return {
    ok: true,
    choropleth: userChoropleth(joined.join, parsed.parsed, file),
    parsed: parsed.parsed,
    join: joined.join,
    notes,
  };
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
