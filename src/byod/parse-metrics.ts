import { dsvFormat } from 'd3-dsv';
import type { MetricRecord } from '../data/join';
import { AT_FILE, issue, type Issue, type Note } from './issues';

/** The optional columns, as written in the file; shown in popups and the legend, always as text. */
export interface RowText {
  metric: string | null;
  unit: string | null;
  date: string | null;
  source: string | null;
}

export type UserRecord = MetricRecord<RowText>;

export interface ParsedMetrics {
  format: 'csv' | 'json' | 'xlsx';
  /** How a record's `row` is named in messages: a spreadsheet row (header = row 1) or a JSON item. */
  placeKind: 'row' | 'item';
  records: UserRecord[];
  /** The one metric name and unit the file gives, if it gives one. */
  metric: string | null;
  unit: string | null;
  columns: string[];
}

export type ParseResult =
  | { ok: true; parsed: ParsedMetrics; notes: Note[] }
  | { ok: false; issues: Issue[]; notes: Note[] };

const REQUIRED = ['region', 'value'] as const;
const OPTIONAL = ['metric', 'unit', 'date', 'source'] as const;
const DELIMITERS = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** A metrics file's text (CSV, TSV, semicolon-separated, or JSON) to records, or every structural problem in it. */
export function parseMetricsText(text: string, file: string): ParseResult {
  const start = text.trimStart()[0];
  if (start === '[' || start === '{') return parseMetricsJson(text, file);
  return parseMetricsCsv(text, file);
}

/** The delimiter that splits the header into the most columns; a comma when nothing splits it. */
export function sniffDelimiter(text: string): { delimiter: Delimiter; columns: number } {
  const header = firstLine(text);
  let best: { delimiter: Delimiter; columns: number } = { delimiter: ',', columns: 1 };
  for (const delimiter of DELIMITERS) {
    const columns = countOutsideQuotes(header, delimiter) + 1;
    if (columns > best.columns) best = { delimiter, columns };
  }
  return best;
}

function firstLine(text: string): string {
  for (const line of text.split(/\r\n|\n|\r/u)) if (line.trim() !== '') return line;
  return '';
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/** The spreadsheet row of a quote that is opened and never closed, or null. */
export function unclosedQuoteRow(text: string): number | null {
  let quoted = false;
  let openedAt = -1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 34) continue;
    quoted = !quoted;
    if (quoted) openedAt = i;
  }
  if (!quoted) return null;
  return text.slice(0, openedAt).split(/\r\n|\n|\r/u).length;
}

function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/u, '')
    .normalize('NFKC')
    .trim()
    .toLowerCase();
}

function cleanCell(cell: string | undefined): string | null {
  const value = cell?.normalize('NFKC').trim() ?? '';
  return value === '' ? null : value;
}

export function parseMetricsCsv(text: string, file: string): ParseResult {
  const notes: Note[] = [];
  const unclosed = unclosedQuoteRow(text);
  if (unclosed !== null)
    return { ok: false, issues: [issue('unclosedQuote', file, { kind: 'row', row: unclosed })], notes };

  const { delimiter, columns: headerColumns } = sniffDelimiter(text);
  if (delimiter !== ',') notes.push({ code: 'delimiter', params: { delimiter: delimiterName(delimiter) } });
  const rows = dsvFormat(delimiter).parseRows(text);
  // Leading blank lines do not count as the header; their rows still count for numbering.
  const headerIndex = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  const header = (rows[headerIndex] ?? []).map(normaliseHeader);
  const shownHeader = (rows[headerIndex] ?? []).map((c) => c.replace(/^\uFEFF/u, '').trim());

  if (headerColumns === 1) {
    return {
      ok: false,
      issues: [issue('oneColumn', file, { kind: 'row', row: headerIndex + 1 }, { column: shownHeader[0] ?? '' })],
      notes,
    };
  }
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (name !== '' && seen.has(name))
      issues.push(issue('duplicateColumn', file, { kind: 'row', row: headerIndex + 1 }, { column: name }));
    seen.add(name);
  }
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (missing.length) {
    issues.push(
      issue(
        'missingColumns',
        file,
        { kind: 'row', row: headerIndex + 1 },
        { missing: missing.join(', '), found: shownHeader.map((c) => `"${c}"`).join(', ') },
      ),
    );
    if (shownHeader.some((c) => c !== '' && Number.isFinite(Number(c.replace(/,/gu, '')))))
      issues.push(issue('headerIsData', file, { kind: 'row', row: headerIndex + 1 }));
  }
  if (issues.length) return { ok: false, issues, notes };

  const column = (name: string) => header.indexOf(name);
  const records: UserRecord[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    const row = i + 1;
    if (cells.every((cell) => cell.trim() === '')) continue;
    const extra = cells.slice(header.length).filter((c) => c.trim() !== '');
    if (extra.length) {
      issues.push(
        issue(
          'tooManyFields',
          file,
          { kind: 'row', row },
          { found: cells.length, expected: header.length, delimiter: delimiterName(delimiter) },
        ),
      );
      continue;
    }
    const lacking = REQUIRED.filter((name) => column(name) >= cells.length);
    if (lacking.length) {
      issues.push(issue('missingCell', file, { kind: 'row', row }, { column: lacking.join(', ') }));
      continue;
    }
    const value = cleanCell(cells[column('value')]) ?? '';
    if (delimiter === ';' && /^[+-]?\d+(,\d+)+$/u.test(value)) {
      issues.push(issue('decimalComma', file, { kind: 'row', row }, { value }));
      continue;
    }
    const key = cleanCell(cells[column('region')]);
    if (key === null) {
      issues.push(issue('missingCell', file, { kind: 'row', row }, { column: 'region' }));
      continue;
    }
    const optional = (name: (typeof OPTIONAL)[number]) => (column(name) >= 0 ? cleanCell(cells[column(name)]) : null);
    records.push({
      row,
      key,
      value,
      extra: { metric: optional('metric'), unit: optional('unit'), date: optional('date'), source: optional('source') },
    });
  }
  return finishRecords({ format: 'csv', placeKind: 'row', records, columns: shownHeader }, file, issues, notes, {
    metric: null,
    unit: null,
  });
}

export function delimiterName(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}

function finishRecords(
  base: Pick<ParsedMetrics, 'format' | 'placeKind' | 'records' | 'columns'>,
  file: string,
  issues: Issue[],
  notes: Note[],
  defaults: { metric: string | null; unit: string | null },
): ParseResult {
  if (issues.length) return { ok: false, issues, notes };
  if (base.records.length === 0) return { ok: false, issues: [issue('noRows', file, AT_FILE)], notes };
  const metric = single(base, 'metric', 'mixedMetric', file, issues) ?? defaults.metric;
  const unit = single(base, 'unit', 'mixedUnit', file, issues) ?? defaults.unit;
  if (issues.length) return { ok: false, issues, notes };
  return { ok: true, parsed: { ...base, metric, unit }, notes };
}

/** One file holds one metric in one unit; rows that name another are a mistake worth stopping for. */
function single(
  base: Pick<ParsedMetrics, 'placeKind' | 'records'>,
  field: 'metric' | 'unit',
  code: 'mixedMetric' | 'mixedUnit',
  file: string,
  issues: Issue[],
): string | null {
  let first: { value: string; row: number } | null = null;
  for (const record of base.records) {
    const value = record.extra?.[field] ?? null;
    if (value === null) continue;
    if (!first) first = { value, row: record.row };
    else if (value !== first.value) {
      issues.push(
        issue(
          code,
          file,
          { kind: base.placeKind, row: record.row },
          { first: first.value, firstRow: first.row, other: value },
        ),
      );
      return null;
    }
  }
  return first?.value ?? null;
}

export function parseMetricsJson(text: string, file: string): ParseResult {
  const notes: Note[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/u.exec(detail);
    const line = position ? text.slice(0, Number(position[1])).split(/\r\n|\n|\r/u).length : 0;
    return {
      ok: false,
      issues: [issue('jsonSyntax', file, line ? { kind: 'row', row: line } : AT_FILE, { detail })],
      notes,
    };
  }
  if (looksLikeGeoJson(data)) return { ok: false, issues: [issue('geoJsonAsMetrics', file, AT_FILE)], notes };
  const top = isPlainObject(data) ? data : null;
  const items = Array.isArray(data) ? data : top && Array.isArray(top['rows']) ? (top['rows'] as unknown[]) : null;
  if (!items) return { ok: false, issues: [issue('jsonShape', file, AT_FILE, { found: describeJson(data) })], notes };

  const issues: Issue[] = [];
  const records: UserRecord[] = [];
  items.forEach((item, index) => {
    const row = index + 1;
    if (!isPlainObject(item)) {
      issues.push(issue('jsonItem', file, { kind: 'item', row }, { found: describeJson(item) }));
      return;
    }
    const get = (name: string): unknown => {
      const key = Object.keys(item).find((k) => k.trim().toLowerCase() === name);
      return key === undefined ? undefined : item[key];
    };
    const lacking = REQUIRED.filter((name) => get(name) === undefined);
    if (lacking.length) {
      issues.push(issue('missingCell', file, { kind: 'item', row }, { column: lacking.join(', ') }));
      return;
    }
    const text = (name: string): string | null => {
      const value = get(name);
      return typeof value === 'string' || typeof value === 'number' ? cleanCell(String(value)) : null;
    };
    const value = get('value');
    const key = text('region');
    if (key === null) {
      issues.push(issue('missingCell', file, { kind: 'item', row }, { column: 'region' }));
      return;
    }
    records.push({
      row,
      key,
      value: typeof value === 'string' ? value.normalize('NFKC') : value,
      extra: {
        metric: text('metric'),
        unit: text('unit'),
        date: text('date') ?? topText(top, 'date'),
        source: text('source') ?? topText(top, 'source'),
      },
    });
  });
  const columns = [...new Set(items.filter(isPlainObject).flatMap((item) => Object.keys(item)))];
  return finishRecords({ format: 'json', placeKind: 'item', records, columns }, file, issues, notes, {
    metric: topText(top, 'metric'),
    unit: topText(top, 'unit'),
  });
}

function topText(top: Record<string, unknown> | null, name: string): string | null {
  const value = top?.[name];
  return typeof value === 'string' || typeof value === 'number' ? cleanCell(String(value)) : null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function looksLikeGeoJson(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    ['FeatureCollection', 'Feature', 'Topology', 'Polygon', 'MultiPolygon', 'GeometryCollection'].includes(
      String(value['type']),
    )
  );
}

/** A short description of what a JSON value is, for "expected …, found …". */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).slice(0, 6);
    return keys.length ? `an object with keys ${keys.map((k) => `"${k}"`).join(', ')}` : 'an empty object';
  }
  return `${typeof value} ${JSON.stringify(value)?.slice(0, 40) ?? ''}`.trim();
}
