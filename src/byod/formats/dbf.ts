export type DbfValue = string | number | null;

export type DbfResult =
  | { ok: true; fields: string[]; records: Record<string, DbfValue>[]; encoding: string }
  | { ok: false; record: number; detail: string };

/** dBASE language driver ids that name a Chinese code page (in byte 29 of the header). */
const LDID_GBK = new Set([0x4d, 0x7a]);

/**
 * The text encoding of a .dbf: the .cpg beside it when there is one ("UTF-8", "GBK", "936"), else the header's
 * language driver byte, else UTF-8 when the bytes are valid UTF-8 and GBK (what Chinese ArcGIS and QGIS write
 * by default) when they are not.
 */
export function dbfEncoding(cpg: string | null, bytes: Uint8Array): string {
  const named = cpg?.trim().toLowerCase().replace(/^cp/u, '') ?? '';
  if (named !== '') {
    if (/^(936|gbk|gb2312|gb18030|ansi 936)$/u.test(named)) return 'gbk';
    if (/^(65001|utf-?8)$/u.test(named)) return 'utf-8';
    try {
      return new TextDecoder(named).encoding;
    } catch {
      // An unknown code page name: fall through to the header and the bytes.
    }
  }
  if (bytes.length > 29 && LDID_GBK.has(bytes[29]!)) return 'gbk';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(32));
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

/** The attribute table of a shapefile (dBASE III), with numbers as numbers and blank cells as null. */
export function readDbf(bytes: Uint8Array, encoding: string): DbfResult {
  if (bytes.length < 32) return { ok: false, record: 0, detail: 'the header is cut short' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(4, true);
  const headerBytes = view.getUint16(8, true);
  const recordBytes = view.getUint16(10, true);
  if (headerBytes < 33 || headerBytes > bytes.length) return { ok: false, record: 0, detail: 'the header is broken' };
  const decoder = new TextDecoder(encoding);
  const fields: { name: string; type: string; offset: number; length: number }[] = [];
  let offset = 1;
  for (let at = 32; at + 32 <= headerBytes && bytes[at] !== 0x0d; at += 32) {
    const raw = bytes.subarray(at, at + 11);
    const end = raw.indexOf(0);
    const name = decoder.decode(raw.subarray(0, end < 0 ? 11 : end)).trim();
    const length = bytes[at + 16]!;
    fields.push({ name, type: String.fromCharCode(bytes[at + 11]!), offset, length });
    offset += length;
  }
  if (offset > recordBytes)
    return { ok: false, record: 0, detail: `fields need ${offset} bytes, records have ${recordBytes}` };
  const records: Record<string, DbfValue>[] = [];
  for (let n = 0; n < count; n++) {
    const at = headerBytes + n * recordBytes;
    if (at + recordBytes > bytes.length)
      return { ok: false, record: n + 1, detail: `record ${n + 1} of ${count} is missing (the file is cut short)` };
    const record: Record<string, DbfValue> = {};
    for (const field of fields) {
      const text = decoder.decode(bytes.subarray(at + field.offset, at + field.offset + field.length)).trim();
      record[field.name] = cellValue(field.type, text);
    }
    records.push(record);
  }
  return { ok: true, fields: fields.map((f) => f.name), records, encoding };
}

function cellValue(type: string, text: string): DbfValue {
  if (text === '' || /^\*+$/u.test(text)) return null;
  if (type === 'N' || type === 'F') {
    const n = Number(text);
    return Number.isFinite(n) ? n : null;
  }
  return text;
}
