/**
 * PNG text chunks (tEXt for Latin-1, iTXt for UTF-8) and pHYs, written into a PNG that the browser
 * encoded. Hand-written because the npm packages for this write only Latin-1 tEXt (png-chunk-text,
 * meta-png), or are stream-only for Node (png-itxt); a Chinese title needs iTXt, and the whole job
 * is a chunk splitter and a CRC-32, both tested in tests/unit/export/png-text.test.ts.
 */

export interface PngChunk {
  type: string;
  data: Uint8Array;
}

export interface PngText {
  keyword: string;
  text: string;
  /** Language tag of an iTXt chunk ("en", "zh-CN"); Latin-1 text goes in tEXt, which has none. */
  language?: string;
}

const SIGNATURE = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10);
const TEXT_TYPES = new Set(['tEXt', 'iTXt', 'zTXt']);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as PNG uses it). */
export function crc32(...parts: Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts) for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The chunks of a PNG in file order, each checked against its CRC. */
export function readChunks(png: Uint8Array): PngChunk[] {
  if (!isPng(png)) throw new Error('readChunks: not a PNG (the 8-byte signature is missing)');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < png.length) {
    if (at + 12 > png.length) throw new Error(`readChunks: truncated chunk header at byte ${at}`);
    const length = view.getUint32(at);
    const typeBytes = png.subarray(at + 4, at + 8);
    const type = String.fromCharCode(...typeBytes);
    if (at + 12 + length > png.length)
      throw new Error(`readChunks: chunk ${type} at byte ${at} runs past the end of the file`);
    const data = png.subarray(at + 8, at + 8 + length);
    const stored = view.getUint32(at + 8 + length);
    if (crc32(typeBytes, data) !== stored) throw new Error(`readChunks: chunk ${type} at byte ${at} fails its CRC`);
    chunks.push({ type, data });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

export function writeChunks(chunks: readonly PngChunk[]): Uint8Array {
  const size = 8 + chunks.reduce((sum, c) => sum + 12 + c.data.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(SIGNATURE, 0);
  let at = 8;
  for (const { type, data } of chunks) {
    if (!/^[A-Za-z]{4}$/u.test(type))
      throw new Error(`writeChunks: "${type}" is not a PNG chunk type (four ASCII letters)`);
    const typeBytes = ascii(type);
    view.setUint32(at, data.length);
    out.set(typeBytes, at + 4);
    out.set(data, at + 8);
    view.setUint32(at + 8 + data.length, crc32(typeBytes, data));
    at += 12 + data.length;
  }
  return out;
}

function isLatin1Text(s: string): boolean {
  // tEXt allows Latin-1 printable characters and line feeds.
  return /^[\n\x20-\x7e\xa1-\xff]*$/u.test(s);
}

function checkKeyword(keyword: string): void {
  if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/u.test(keyword) || keyword !== keyword.trim() || keyword.includes('  '))
    throw new Error(
      `textChunk: keyword "${keyword}" must be 1 to 79 Latin-1 characters without leading, trailing or double spaces`,
    );
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** tEXt when the text is Latin-1, otherwise uncompressed iTXt in UTF-8. */
export function textChunk({ keyword, text, language = '' }: PngText): PngChunk {
  checkKeyword(keyword);
  const zero = Uint8Array.of(0);
  if (isLatin1Text(text))
    return { type: 'tEXt', data: concat([ascii(keyword), zero, Uint8Array.from(text, (ch) => ch.charCodeAt(0))]) };
  if (!/^[A-Za-z0-9-]*$/u.test(language))
    throw new Error(`textChunk: language tag "${language}" must be ASCII letters, digits and hyphens`);
  const utf8 = new TextEncoder();
  // keyword, NUL, compression flag 0, method 0, language tag, NUL, translated keyword (none), NUL, text
  return {
    type: 'iTXt',
    data: concat([ascii(keyword), zero, Uint8Array.of(0, 0), ascii(language), zero, zero, utf8.encode(text)]),
  };
}

/** Physical pixel density, so print software places the image at its intended size. */
export function physChunk(pixelsPerMetre: number): PngChunk {
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, pixelsPerMetre);
  view.setUint32(4, pixelsPerMetre);
  data[8] = 1; // unit: metre
  return { type: 'pHYs', data };
}

/**
 * The PNG with these text entries (replacing any with the same keyword) and, if given, a pHYs
 * chunk, all placed straight after IHDR so that readers meet them before the image data.
 */
export function withMetadata(
  png: Uint8Array,
  entries: readonly PngText[],
  options: { pixelsPerMetre?: number } = {},
): Uint8Array {
  const chunks = readChunks(png);
  const [header, ...rest] = chunks;
  if (header?.type !== 'IHDR') throw new Error('withMetadata: the PNG does not start with IHDR');
  const keywords = new Set(entries.map((e) => e.keyword));
  const kept = rest.filter(
    (c) =>
      !(TEXT_TYPES.has(c.type) && keywords.has(keywordOf(c))) &&
      !(options.pixelsPerMetre !== undefined && c.type === 'pHYs'),
  );
  const added = [
    ...(options.pixelsPerMetre !== undefined ? [physChunk(options.pixelsPerMetre)] : []),
    ...entries.map(textChunk),
  ];
  return writeChunks([header, ...added, ...kept]);
}

function keywordOf(chunk: PngChunk): string {
  const end = chunk.data.indexOf(0);
  return String.fromCharCode(...chunk.data.subarray(0, end < 0 ? chunk.data.length : end));
}

/** The tEXt and uncompressed iTXt entries of a PNG, in file order (compressed text is skipped). */
export function readText(png: Uint8Array): PngText[] {
  const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
  const entries: PngText[] = [];
  for (const chunk of readChunks(png)) {
    if (!TEXT_TYPES.has(chunk.type)) continue;
    const keyword = keywordOf(chunk);
    const afterKeyword = keyword.length + 1;
    if (chunk.type === 'tEXt') entries.push({ keyword, text: latin1(chunk.data.subarray(afterKeyword)) });
    if (chunk.type === 'iTXt' && chunk.data[afterKeyword] === 0) {
      const languageEnd = chunk.data.indexOf(0, afterKeyword + 2);
      const translatedEnd = chunk.data.indexOf(0, languageEnd + 1);
      const language = latin1(chunk.data.subarray(afterKeyword + 2, languageEnd));
      entries.push({
        keyword,
        text: new TextDecoder().decode(chunk.data.subarray(translatedEnd + 1)),
        ...(language ? { language } : {}),
      });
    }
  }
  return entries;
}

/** The PNG without the text chunks of these keywords: for comparing two exports apart from their creation time. */
export function withoutText(png: Uint8Array, keywords: readonly string[]): Uint8Array {
  const drop = new Set(keywords);
  return writeChunks(readChunks(png).filter((c) => !(TEXT_TYPES.has(c.type) && drop.has(keywordOf(c)))));
}
