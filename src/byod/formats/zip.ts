import { unzipSync } from 'fflate';

/** One entry of a zip's central directory: what the archive says it holds, before anything is inflated. */
export interface ZipEntry {
  name: string;
  encrypted: boolean;
  compression: number;
  compressedBytes: number;
  bytes: number;
}

export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; detail: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
// The end record sits in the last 22 bytes plus a comment of at most 65,535.
const EOCD_SEARCH_BYTES = 22 + 0xffff;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The zip's table of contents, read from its central directory. fflate does not say whether an entry is
 * encrypted (it would fail with a generic error), and a listing lets a zip bomb be refused before inflating.
 */
export function listZip(bytes: Uint8Array): ZipListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - EOCD_SEARCH_BYTES); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, detail: 'no end-of-archive record (the file is cut short or not a zip)' };
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      return { ok: false, detail: `the table of contents is broken at entry ${n + 1}` };
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return { ok: false, detail: `entry ${n + 1} is cut short` };
    entries.push({
      name: new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compression: view.getUint16(at + 10, true),
      compressedBytes: view.getUint32(at + 20, true),
      bytes: view.getUint32(at + 24, true),
    });
    at += 46 + skip;
  }
  return { ok: true, entries };
}

export type Unzipped = { ok: true; files: Map<string, Uint8Array> } | { ok: false; detail: string };

/** The named entries inflated; a broken deflate stream is a value, not a throw. */
export function unzipEntries(bytes: Uint8Array, names: readonly string[]): Unzipped {
  const wanted = new Set(names);
  try {
    const files = unzipSync(bytes, { filter: (info) => wanted.has(info.name) });
    return { ok: true, files: new Map(Object.entries(files)) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
