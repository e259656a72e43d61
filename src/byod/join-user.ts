import { joinMetrics, keyResolver, type JoinReport } from '../data/join';
import type { RegionInfo } from '../data/regions';
import type { MapLevel, UserValue } from '../data/user-data';
import { issue, type Issue, type IssueCode, type Note } from './issues';
import { MAX_LISTED_PROBLEMS } from './limits';
import type { ParsedMetrics, RowText, UserRecord } from './parse-metrics';

/** A set of regions a file may speak of: the provinces, Zhejiang's cities, or loaded boundaries. */
export interface JoinTarget {
  level: MapLevel;
  regions: readonly RegionInfo[];
}

export interface UserJoin {
  level: MapLevel;
  report: JoinReport<RowText>;
  values: Map<string, UserValue>;
}

export type UserJoinResult =
  | { ok: true; join: UserJoin; notes: Note[] }
  | { ok: false; issues: Issue[]; notes: Note[]; join: UserJoin | null };

/**
 * Joins the records to the level that most of their keys name, and refuses the file unless every
 * row joins cleanly: a misspelt or duplicated region would otherwise be drawn as "no data" or with
 * the wrong value, and the user would not know.
 */
export function joinUserMetrics(parsed: ParsedMetrics, targets: readonly JoinTarget[], file: string): UserJoinResult {
  const attempts = targets.map((target) => ({
    target,
    resolve: keyResolver(target.regions),
    report: joinMetrics(target.regions, parsed.records, { maxSuggestions: MAX_LISTED_PROBLEMS }),
  }));
  const resolved = (r: JoinReport<RowText>) => r.matched.length + r.invalidValues.length + r.duplicates.length;
  const best = attempts.reduce((a, b) => (resolved(b.report) > resolved(a.report) ? b : a));
  const { target, report } = best;
  const place = (record: UserRecord) => ({ kind: parsed.placeKind, row: record.row }) as const;
  const notes: Note[] = [];
  // Which level was chosen is worth saying only when the file could have meant another.
  if (targets.length > 1 && target.level !== 'custom') {
    notes.push({
      code: 'levelChosen',
      params: {
        level: target.level,
        matched: resolved(report),
        ...Object.fromEntries(attempts.map((a) => [`${a.target.level}Count`, resolved(a.report)])),
      },
    });
  }
  const issues: Issue[] = [];
  for (const problem of report.invalidValues) {
    const code = valueIssueCode(problem.record.value);
    issues.push(
      issue(code, file, place(problem.record), {
        key: problem.record.key,
        value: String(problem.record.value ?? ''),
        type: typeof problem.record.value,
      }),
    );
  }
  for (const problem of report.unknownKeys) {
    const other = attempts.find((a) => a !== best && a.resolve(problem.record.key));
    if (other) {
      issues.push(
        issue('otherLevel', file, place(problem.record), {
          key: problem.record.key,
          level: other.target.level,
          chosen: target.level,
        }),
      );
      continue;
    }
    const suggestion = problem.suggestion;
    if (suggestion) {
      issues.push(
        issue('unknownKeySuggest', file, place(problem.record), {
          key: problem.record.key,
          name: regionLabel(suggestion),
          code: suggestion.code,
        }),
      );
    } else {
      issues.push(issue('unknownKey', file, place(problem.record), { key: problem.record.key }));
    }
  }
  for (const problem of report.duplicates) {
    const region = best.resolve(problem.record.key);
    const first = report.matched.find((m) => m.code === region?.code);
    issues.push(
      issue('duplicateKey', file, place(problem.record), {
        key: problem.record.key,
        name: region ? regionLabel(region) : '',
        code: region?.code ?? '',
        firstRow: first?.record.row ?? 0,
      }),
    );
  }
  const join: UserJoin = { level: target.level, report, values: userValues(report, parsed, file) };
  if (resolved(report) === 0) {
    issues.unshift(
      issue(
        'noMatches',
        file,
        { kind: 'file' },
        {
          rows: parsed.records.length,
          keys: parsed.records
            .slice(0, 3)
            .map((r) => `"${r.key}"`)
            .join(', '),
        },
      ),
    );
    return { ok: false, issues, notes, join: null };
  }
  if (issues.length) return { ok: false, issues: sortByPlace(issues), notes, join };
  if (report.regionsWithoutValue.length) {
    notes.push({
      code: 'regionsWithoutValue',
      params: { count: report.regionsWithoutValue.length, total: target.regions.length },
    });
  }
  return { ok: true, join, notes };
}

function userValues(report: JoinReport<RowText>, parsed: ParsedMetrics, file: string): Map<string, UserValue> {
  const values = new Map<string, UserValue>();
  for (const m of report.matched) {
    const extra = m.record.extra;
    values.set(m.code, {
      kind: 'user',
      code: m.code,
      value: m.value,
      unit: extra?.unit ?? parsed.unit,
      date: extra?.date ?? null,
      source: extra?.source ?? null,
      file,
      row: m.record.row,
      placeKind: parsed.placeKind,
    });
  }
  return values;
}

/** Why a value was refused, mirroring parseValue in src/data/join.ts. */
export function valueIssueCode(raw: unknown): IssueCode {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return 'valueEmpty';
  if (typeof raw !== 'number' && typeof raw !== 'string') return 'valueWrongType';
  if (typeof raw === 'string' && /^[+-]?nan$/iu.test(raw.trim())) return 'valueNaN';
  const n = typeof raw === 'number' ? raw : Number(raw.trim().replace(/[,_\s]/gu, ''));
  if (Number.isNaN(n)) return 'valueNotNumber';
  if (!Number.isFinite(n)) return 'valueInfinite';
  return 'valueNegative';
}

export function regionLabel(region: Pick<RegionInfo, 'name_zh' | 'name_en'>): string {
  return region.name_zh === region.name_en ? region.name_en : `${region.name_en} ${region.name_zh}`;
}

function sortByPlace(issues: Issue[]): Issue[] {
  const order = (i: Issue) => (i.place.kind === 'row' || i.place.kind === 'item' ? i.place.row : 0);
  return [...issues].sort((a, b) => order(a) - order(b));
}
