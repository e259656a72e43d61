import { AT_FILE, issue, type Issue } from './issues';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

export type Decoded = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; issue: Issue };

const SNIFF_BYTES = 8192;

/**
 * Bytes to text the way spreadsheets save it: UTF-8 (with or without BOM), UTF-16 with BOM
 * (Excel's "Unicode text"), or GBK, which Chinese Excel writes by default and which is tried
 * only when the bytes are not valid UTF-8. Spreadsheets and other binary files are named as such.
 */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) return { ok: false, issue: issue('empty', file, AT_FILE) };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, issue: issue('spreadsheet', file, AT_FILE) };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeAs(bytes.subarray(3), 'utf-8', file);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeAs(bytes.subarray(2), 'utf-16le', file);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeAs(bytes.subarray(2), 'utf-16be', file);
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, issue: issue('binary', file, AT_FILE) };
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return finish(utf8, 'utf-8', file);
  const gbk = tryDecode(bytes, 'gbk');
  if (gbk !== null) return finish(gbk, 'gbk', file);
  return { ok: false, issue: issue('notText', file, AT_FILE) };
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName, file: string): Decoded {
  const text = tryDecode(bytes, encoding);
  return text === null ? { ok: false, issue: issue('notText', file, AT_FILE) } : finish(text, encoding, file);
}

function finish(text: string, encoding: TextEncodingName, file: string): Decoded {
  if (text.trim() === '') return { ok: false, issue: issue('empty', file, AT_FILE) };
  // Control characters other than tab, CR and LF mean the bytes were never text.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (/[\u0000-\u0008\u000e-\u001f]/u.test(text.slice(0, SNIFF_BYTES)))
    return { ok: false, issue: issue('binary', file, AT_FILE) };
  return { ok: true, text, encoding };
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** A served index.html instead of the file: what a static server sends for a path it does not have. */
export function looksLikeWebPage(text: string): boolean {
  return /^\s*<(!doctype html|html|head|body)\b/iu.test(text);
}
