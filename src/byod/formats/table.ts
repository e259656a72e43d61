import { AT_FILE, issue, type Issue, type Note } from '../issues';
import type { ParsedMetrics, UserRecord } from '../parse-metrics';

/** A table as people have it: title lines, a header, one row per region, one column per year or indicator. */
export interface TableShape {
  /** Row numbers as a spreadsheet shows them (1-based) of the header and of the first and last data rows. */
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** The text of the skipped title and note lines. */
  skipped: string[];
  regionColumn: string;
  /** Columns that name regions, when they name different ones in a row: the reader picks one. Else empty. */
  regionChoices: string[];
  /** The columns of numbers, latest year first when they are years. */
  valueColumns: string[];
  /** The column shown: the latest year that has values, else the first column of numbers. */
  chosen: string;
}

export type TableResult =
  | {
      ok: true;
      shape: TableShape;
      metrics: (column: string) => { parsed: ParsedMetrics; missing: string[] };
      notes: Note[];
    }
  | { ok: false; issues: Issue[]; notes: Note[] };

export interface TableOptions {
  /** The region a cell names on the map (by code or by a name that joins), or null. */
  resolve: (cell: string) => string | null;
  /** The reader's choice of region column, from the column picker. */
  regionColumn?: string | null;
  format: ParsedMetrics['format'];
}

// Portal tables mark a missing figure with dots or dashes, never with 0.
const MISSING = /^(|\.{2,3}|…|-|—|－|na|n\/a|null)$/iu;
const NOTE_START = /^(注|数据来源|资料来源|来源|说明|备注|source|note)/iu;
const YEAR = /^((?:19|20)\d{2})\s*(年|年度|年末)?$/u;
// A date or source column credits each row's figure (as a tidy file's `date` and `source` columns do).
const DATE_HEADER = /^(date|as of|日期|发布日期|时间|截至日期|统计时间)$/iu;
const SOURCE_HEADER = /^(source|来源|数据来源|资料来源)$/iu;
// How the workbook reader writes a date cell, and how people type one: a date, never a number.
const DATE_CELL = /^\d{4}-\d{2}-\d{2}$/u;
const REGION_HEADER =
  /^(region|地区|省份|省份名称|地区名称|省|市|城市|province|city|code|adcode|name|名称|行政区划代码)$/iu;

/** The cells of a row, trimmed and in one width (NFKC turns full-width digits and colons into ASCII ones). */
export function cleanRows(rows: readonly (readonly unknown[])[]): string[][] {
  return rows.map((row) =>
    row.map((cell) => (cell === null || cell === undefined ? '' : String(cell).normalize('NFKC').trim())),
  );
}

export function numberIn(cell: string): number | null {
  if (MISSING.test(cell)) return null;
  const n = Number(cell.replace(/[,\s_]/gu, ''));
  return Number.isFinite(n) ? n : null;
}

/**
 * Finds the table in rows as a statistics portal or a spreadsheet gives them, and recognises its region
 * column by what it holds (cells that name regions on the map) and its columns of numbers. Each column of
 * numbers becomes one metric; values missing in it are "no data", never zero.
 */
export function readTable(raw: readonly (readonly unknown[])[], file: string, options: TableOptions): TableResult {
  const rows = cleanRows(raw);
  // Title and note lines are quoted in the report as written, full-width colons and all.
  const line = (i: number) =>
    (raw[i] ?? [])
      .map((c) => (c === null || c === undefined ? '' : String(c).trim()))
      .filter((c) => c !== '')
      .join(' ');
  const filled = (row: readonly string[]) => row.filter((c) => c !== '').length;
  const headerIndex = rows.findIndex((row) => filled(row) >= 2);
  if (headerIndex < 0) return { ok: false, issues: [issue('noRows', file, AT_FILE)], notes: [] };
  const header = rows[headerIndex]!.map((c, i) => c || `#${i + 1}`);
  const lines = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from) }, (_, i) => line(from + i)).filter((t) => t !== '');
  const skipped = lines(0, headerIndex);
  let end = rows.length;
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i]!.filter((c) => c !== '');
    if (
      cells.length === 1 &&
      options.resolve(cells[0]!) === null &&
      (NOTE_START.test(cells[0]!) || numberIn(cells[0]!) === null)
    ) {
      end = i;
      break;
    }
  }
  skipped.push(...lines(end, rows.length));
  const body = rows
    .slice(headerIndex + 1, end)
    .map((cells, i) => ({ cells, row: headerIndex + 2 + i }))
    .filter(({ cells }) => filled(cells) > 0);
  if (body.length === 0) return { ok: false, issues: [issue('noRows', file, AT_FILE)], notes: [] };

  const found = header.map((h) => `"${h}"`).join(', ');
  const resolved = header.map((_, c) => body.map(({ cells }) => options.resolve(cells[c] ?? '')));
  const matches = resolved.map((codes) => codes.filter((code) => code !== null).length);
  const best = Math.max(...matches);
  if (best === 0) return { ok: false, issues: [issue('noRegionColumn', file, AT_FILE, { found })], notes: [] };
  // Codes are numbers too: a column that names regions is never a column of figures.
  // A column of figures may hold a number that is also a code (220000 is Jilin's): a region column is one
  // whose every filled cell names a region.
  const filledIn = (c: number) => body.filter(({ cells }) => (cells[c] ?? '') !== '').length;
  const regionLike = header.map((_, c) => matches[c]! > 0 && matches[c]! >= best * 0.5 && matches[c] === filledIn(c));
  const picked = options.regionColumn && header.includes(options.regionColumn) ? options.regionColumn : null;
  const regionColumn =
    picked ?? header.find((h, c) => matches[c] === best && REGION_HEADER.test(h)) ?? header[matches.indexOf(best)]!;
  const regionIndex = header.indexOf(regionColumn);
  // A code column beside a name column names the same regions: no question. Two that disagree (from, to) ask.
  const disagree = (c: number) =>
    resolved[c]!.some(
      (code, r) => code !== null && resolved[regionIndex]![r] !== null && code !== resolved[regionIndex]![r],
    );
  const others = header.filter((_, c) => c !== regionIndex && regionLike[c] && disagree(c));
  const regionChoices = others.length ? [regionColumn, ...others] : [];

  const columnCells = (c: number) => body.map(({ cells }) => cells[c] ?? '').filter((cell) => cell !== '');
  const allDates = (c: number) => columnCells(c).length > 0 && columnCells(c).every((cell) => DATE_CELL.test(cell));
  const dateIndex = header.findIndex((h, c) => c !== regionIndex && (DATE_HEADER.test(h) || allDates(c)));
  const sourceIndex = header.findIndex((h, c) => c !== regionIndex && SOURCE_HEADER.test(h));
  const valueIndexes = header
    .map((_, c) => c)
    .filter((c) => c !== regionIndex && c !== dateIndex && c !== sourceIndex && !regionLike[c])
    .filter((c) => {
      const cells = body.map(({ cells }) => cells[c] ?? '');
      return (
        cells.some((cell) => numberIn(cell) !== null) &&
        cells.every((cell) => MISSING.test(cell) || numberIn(cell) !== null)
      );
    });
  if (valueIndexes.length === 0)
    return { ok: false, issues: [issue('noNumericColumn', file, AT_FILE, { found })], notes: [] };
  const year = (c: number) => Number(YEAR.exec(header[c]!)?.[1] ?? Number.NaN);
  const valueColumns = valueIndexes
    .slice()
    .sort((a, b) => (Number.isNaN(year(a)) || Number.isNaN(year(b)) ? 0 : year(b) - year(a)))
    .map((c) => header[c]!);
  const chosen = valueColumns[0]!;

  const titles = skipped.join(' ');
  // The portal names the indicator ("指标：年末常住人口(万人)"); a workbook's one title line does the same work.
  const titled = /指标[:：]\s*([^()（）]+)(?:[(（]([^)）]+)[)）])?/u.exec(titles);
  const onlyTitle = headerIndex > 0 && skipped.length >= 1 && !/[:：]/u.test(skipped[0]!) ? skipped[0]! : null;
  const indicator = titled ?? (onlyTitle ? /^([^()（）]+)(?:[(（]([^)）]+)[)）])?/u.exec(onlyTitle) : null);
  const titleSource =
    /(?:数据来源|资料来源|来源|source)\s*[:：]\s*(.+)$/imu.exec(skipped.join('\n'))?.[1]?.trim() ?? null;
  const metrics = (column: string) => {
    const c = header.indexOf(column);
    const records: UserRecord[] = [];
    const missing: string[] = [];
    const yearOf = YEAR.exec(column);
    for (const { cells, row } of body) {
      const key = cells[regionIndex] ?? '';
      if (key === '') continue;
      const value = cells[c] ?? '';
      if (MISSING.test(value)) {
        missing.push(key);
        continue;
      }
      // The row's own date (an Excel date cell, as Excel shows it) before the column's year.
      const date = (dateIndex >= 0 ? cells[dateIndex] : '') || (yearOf ? column : null);
      const source = (sourceIndex >= 0 ? cells[sourceIndex] : '') || titleSource;
      records.push({ row, key, value, extra: { metric: null, unit: null, date, source } });
    }
    const name = indicator?.[1]?.trim();
    const parsed: ParsedMetrics = {
      format: options.format,
      placeKind: 'row',
      records,
      metric: name ? `${name} (${column})` : column,
      unit: indicator?.[2]?.trim() ?? null,
      columns: header,
    };
    return { parsed, missing };
  };
  const shape: TableShape = {
    headerRow: headerIndex + 1,
    firstRow: body[0]!.row,
    lastRow: body[body.length - 1]!.row,
    skipped,
    regionColumn,
    regionChoices,
    valueColumns,
    chosen,
  };
  return { ok: true, shape, metrics, notes: tableNotes(shape, best, body.length) };
}

function tableNotes(shape: TableShape, matched: number, rows: number): Note[] {
  const notes: Note[] = [];
  if (shape.skipped.length || shape.headerRow > 1)
    notes.push({
      code: 'tableRows',
      params: {
        first: shape.firstRow,
        last: shape.lastRow,
        skipped: shape.skipped.length,
        lines: shape.skipped.map((s) => `"${s}"`).join(', ') || '—',
      },
    });
  notes.push({ code: 'regionColumn', params: { column: shape.regionColumn, matched, rows } });
  if (shape.valueColumns.length > 1)
    notes.push({
      code: 'tableColumn',
      params: {
        column: shape.chosen,
        others: shape.valueColumns
          .filter((c) => c !== shape.chosen)
          .map((c) => `"${c}"`)
          .join(', '),
      },
    });
  return notes;
}
