import { dsvFormat } from 'd3-dsv';
import { keyResolver } from '../../data/join';
import { decodeBytes } from '../decode';
import { AT_FILE, issue, type Issue, type Note } from '../issues';
import { joinUserMetrics, type JoinTarget } from '../join-user';
import { MAX_TABLE_COLUMNS } from '../limits';
import { encodingNotes } from '../read-boundaries';
import { metricsTooLarge, readTidyMetrics } from '../read-metrics';
import { readTable, type TableShape } from './table';
import { isCompoundFile, readWorkbookSheets } from './workbook';
import { isZip } from './zip';

import type { ParsedMetrics } from '../parse-metrics';
import type { UserJoin } from '../join-user';
import type { StageListener } from '../progress';

/** One column of figures, joined: what crosses from the worker (a colour scale is a function, so is made on the page). */
export interface ColumnReading {
  parsed: ParsedMetrics;
  join: UserJoin;
}

export interface TableReading {
  shape: TableShape;
  /** The table's other columns of numbers, each joined: the metric list offers them. */
  alternatives: ColumnReading[];
  /** A workbook's sheets that hold a table that joins, when there are several: the reader may pick one. */
  sheets: string[];
  /** The sheet read, for a workbook. */
  sheet: string | null;
}

/** A metrics file read and joined, structured-clonable: the metrics worker's answer. */
export type MetricsReading =
  | ({ ok: true; notes: Note[]; table?: TableReading } & ColumnReading)
  | { ok: false; issues: Issue[]; notes: Note[] };

export interface MetricsFileOptions {
  /** The region column the reader picked in the report, when the table had several. */
  regionColumn?: string | null;
  /** The sheet the reader picked in the report, when the workbook had several tables. */
  sheet?: string | null;
}

const DELIMITERS = [',', '\t', ';'] as const;
// Title lines sit above the header: the delimiter is the one that splits the widest of the first lines.
const SNIFF_LINES = 60;

/**
 * Any metrics file: a tidy CSV/TSV/JSON with region and value columns (readMetrics), else a table as a
 * statistics portal or a spreadsheet gives it (title and note lines, one column per year or indicator,
 * the region column found by what it holds), from CSV text or from an .xlsx workbook (the first sheet
 * whose table joins, or the one picked).
 */
export async function readMetricsReading(
  bytes: Uint8Array,
  file: string,
  targets: readonly JoinTarget[],
  options: MetricsFileOptions = {},
  progress: StageListener = () => {},
): Promise<MetricsReading> {
  const tooLarge = metricsTooLarge(bytes, file);
  if (tooLarge) return tooLarge;
  if (isZip(bytes) || isCompoundFile(bytes)) {
    progress('reading', null);
    const workbook = await readWorkbookSheets(bytes, file);
    if (!workbook.ok) return { ok: false, issues: [workbook.issue], notes: [] };
    const readings: { sheet: string; reading: MetricsReading }[] = [];
    for (const [i, sheet] of workbook.sheets.entries()) {
      progress('checking', i / workbook.sheets.length);
      const width = Math.max(0, ...sheet.rows.map((row) => row.length));
      if (width > MAX_TABLE_COLUMNS) return tooManyColumns(file, width);
      const note: Note = { code: 'readSheet', params: { sheet: sheet.name, sheets: workbook.count } };
      readings.push({ sheet: sheet.name, reading: tableMetrics(sheet.rows, file, targets, options, 'xlsx', [note]) });
    }
    const usable = readings.filter(({ reading }) => reading.ok);
    const chosen =
      usable.find(({ sheet }) => sheet === options.sheet) ?? usable[0] ?? (readings[0] as (typeof readings)[number]);
    const { reading } = chosen;
    if (!reading.ok) return reading;
    const sheets = usable.length > 1 ? usable.map(({ sheet }) => sheet) : [];
    // Every table of a workbook comes back with its sheet's name, so the report can say which was read.
    return { ...reading, table: reading.table && { ...reading.table, sheets, sheet: chosen.sheet } };
  }
  progress('checking', null);
  // A million columns would take the parsers seconds (the fuzz test found 4.6 s): counted first, in the first lines.
  const decodedHead = decodeBytes(bytes, file);
  const width = decodedHead.ok ? widestLine(decodedHead.text) : 0;
  if (width > MAX_TABLE_COLUMNS) return tooManyColumns(file, width);
  const tidy = readTidyMetrics(bytes, file, targets);
  if (tidy.ok) return { ok: true, parsed: tidy.parsed, join: tidy.join, notes: tidy.notes };
  const first = tidy.issues[0]?.code;
  if (first !== 'oneColumn' && first !== 'missingColumns') return tidy;
  const decoded = decodeBytes(bytes, file);
  if (!decoded.ok) return tidy;
  const table = tableMetrics(csvRows(decoded.text), file, targets, options, 'csv', encodingNotes(decoded.encoding));
  // A file that is no table either keeps the tidy reader's answer, which says what a tidy file needs.
  return !table.ok && table.issues[0]?.code === 'noRows' ? tidy : table;
}

function widestLine(text: string): number {
  const lines = text.split(/\r\n|\n|\r/u, SNIFF_LINES);
  return Math.max(0, ...DELIMITERS.flatMap((d) => lines.map((line) => line.split(d).length)));
}

function tooManyColumns(file: string, count: number): MetricsReading {
  return {
    ok: false,
    issues: [issue('tooManyColumns', file, AT_FILE, { count, limit: MAX_TABLE_COLUMNS })],
    notes: [],
  };
}

export function csvRows(text: string): string[][] {
  const lines = text.split(/\r\n|\n|\r/u, SNIFF_LINES);
  let best: { delimiter: string; columns: number } = { delimiter: ',', columns: 1 };
  for (const delimiter of DELIMITERS) {
    const columns = Math.max(...lines.map((line) => line.split(delimiter).length));
    if (columns > best.columns) best = { delimiter, columns };
  }
  return dsvFormat(best.delimiter).parseRows(text);
}

function tableMetrics(
  rows: readonly (readonly unknown[])[],
  file: string,
  targets: readonly JoinTarget[],
  options: MetricsFileOptions,
  format: 'csv' | 'xlsx',
  readNotes: Note[],
): MetricsReading {
  const resolvers = targets.map((target) => ({ level: target.level, resolve: keyResolver(target.regions) }));
  const resolve = (cell: string) => {
    if (cell === '') return null;
    for (const { level, resolve: find } of resolvers) {
      const region = find(cell);
      if (region) return `${level}:${region.code}`;
    }
    return null;
  };
  const table = readTable(rows, file, { resolve, regionColumn: options.regionColumn ?? null, format });
  const notes: Note[] = [...readNotes, ...table.notes];
  if (!table.ok) return { ok: false, issues: table.issues, notes };
  const { shape } = table;
  const column = (name: string) => {
    const { parsed, missing } = table.metrics(name);
    const joined = joinUserMetrics(parsed, targets, file);
    return { parsed, missing, joined };
  };
  const chosen = column(shape.chosen);
  if (chosen.missing.length)
    notes.push({
      code: 'valuesMissing',
      params: { count: chosen.missing.length, column: shape.chosen, keys: chosen.missing.slice(0, 10).join(', ') },
    });
  notes.push(...chosen.joined.notes);
  if (!chosen.joined.ok) return { ok: false, issues: chosen.joined.issues, notes };
  const alternatives: ColumnReading[] = [];
  for (const name of shape.valueColumns) {
    if (name === shape.chosen) continue;
    const other = column(name);
    // A column that cannot be shown (a negative change, a different level) is simply not offered.
    if (other.joined.ok) alternatives.push({ parsed: other.parsed, join: other.joined.join });
  }
  return {
    ok: true,
    parsed: chosen.parsed,
    join: chosen.joined.join,
    notes,
    table: { shape, alternatives, sheets: [], sheet: null },
  };
}
