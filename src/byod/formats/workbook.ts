import readXlsxFile from 'read-excel-file/universal';
import { AT_FILE, issue, type Issue } from '../issues';

export interface Sheet {
  name: string;
  rows: string[][];
}

/** The workbook's sheets that have cells, in the workbook's order, and how many sheets it has in all. */
export type WorkbookSheets = { ok: true; sheets: Sheet[]; count: number } | { ok: false; issue: Issue };

/** An OLE compound file: an old .xls, or an .xlsx that Excel encrypted with a password. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
}

/** Excel's encrypted package is a compound file with a stream named "EncryptedPackage" (UTF-16 in its directory). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let j = 0; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Every sheet that has cells, as text: cached values of formulas (what Excel last showed), numbers in full,
 * dates as YYYY-MM-DD. read-excel-file reads the zip and the XML without a DOM (so it runs in a worker).
 */
export async function readWorkbookSheets(bytes: Uint8Array, file: string): Promise<WorkbookSheets> {
  if (isCompoundFile(bytes))
    return { ok: false, issue: issue(isEncryptedPackage(bytes) ? 'xlsxEncrypted' : 'xlsOld', file, AT_FILE) };
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = await readXlsxFile(buffer);
  } catch (error) {
    return { ok: false, issue: issue('xlsxBroken', file, AT_FILE, { detail: message(error) }) };
  }
  const filled = sheets.filter((s) => s.data.some((row) => row.some((cell) => cell !== null && cell !== '')));
  if (!filled.length)
    return { ok: false, issue: issue('sheetEmpty', file, AT_FILE, { sheet: sheets[0]?.sheet ?? '' }) };
  return {
    ok: true,
    sheets: filled.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)) })),
    count: sheets.length,
  };
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/`/gu, '');
}
