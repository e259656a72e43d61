import { createHash } from 'node:crypto';

/**
 * Which characters the PDF fonts keep (docs/export.md, "Fonts for PDF"). A PDF shows the app's own strings and boundary
 * names, and also whatever a reader's own data names (src/byod: any region of China, any metric or source), so
 * the set is GB2312 (the 6,763 hanzi of everyday Simplified Chinese, and its symbol rows: punctuation, full-width
 * forms, Greek, Cyrillic, kana), Latin-1 and the punctuation and signs used in figures, plus every character of
 * the app's own texts. Measured 30 Nov 2026 (Noto Sans CJK SC, hb-subset): the app's 650 characters alone give
 * 0.16 MB a weight, but 397 of the 498 city and district names in ECharts' province maps (data a reader may load)
 * would then lose a character, against 1 (深水埗区, Hong Kong) with GB2312; GB2312 gives 1.88 MB (Regular) and
 * 1.92 MB (Bold), against 19–20 MB for the collections; all 20,902 hanzi of U+4E00–9FA5 do not fit hb-subset's memory.
 */

/** GB2312's hanzi: rows 16–87 of the 94 × 94 table (row 55 stops at 89), 6,763 characters. */
export function gb2312Hanzi(): string[] {
  return gb2312Rows(16, 87);
}

/**
 * GB2312's non-hanzi rows 1–9 as GBK decodes them (715 characters: GB2312's 682 and 33 that GBK adds in the same
 * rows): CJK punctuation, full-width forms, kana, Greek, Cyrillic, pinyin, box drawing.
 */
export function gb2312Symbols(): string[] {
  return gb2312Rows(1, 9);
}

function gb2312Rows(first: number, last: number): string[] {
  // Node's ICU decodes GBK, a superset of GB2312 with the same codes; unassigned cells decode to U+FFFD or the
  // private-use area and are left out, as are row 55's five cells past 89, which GBK fills but GB2312 leaves empty.
  const decoder = new TextDecoder('gbk');
  const out: string[] = [];
  for (let row = first; row <= last; row++) {
    for (let cell = 1; cell <= 94; cell++) {
      if (row === 55 && cell > 89) continue;
      const char = decoder.decode(new Uint8Array([0xa0 + row, 0xa0 + cell]));
      const code = char.codePointAt(0) ?? 0xfffd;
      if ([...char].length !== 1 || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) continue;
      out.push(char);
    }
  }
  return out;
}

/** Code point ranges kept whole: printable ASCII and Latin-1, general punctuation, and the signs figures use. */
export const LATIN_AND_SIGN_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  // Latin Extended-A: names in sources and data (Ł, ő, š…).
  [0x100, 0x17f],
  // General punctuation: dashes, quotes, bullet, ellipsis, per mille, prime.
  [0x2010, 0x205e],
  // Superscripts and subscripts (km², CO₂), currency signs, letterlike symbols (№, ℃), arrows, math (≈ ≤ ≥ −).
  [0x2070, 0x209f],
  [0x20a0, 0x20c0],
  [0x2100, 0x214f],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  // CJK symbols and punctuation, full-width ASCII and signs.
  [0x3000, 0x303f],
  [0xff01, 0xff5e],
  [0xffe0, 0xffe6],
];

/** The characters of texts, without controls: what the app's strings, boundary names and tours contain. */
export function charactersOf(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const char of text) if (!/\p{Cc}/u.test(char)) out.add(char);
  return out;
}

/** Every character the PDF fonts keep, sorted by code point, as one string (harfbuzz takes it as code points). */
export function pdfCharacterSet(appTexts: readonly string[]): string {
  const chars = charactersOf(appTexts);
  for (const [from, to] of LATIN_AND_SIGN_RANGES) for (let c = from; c <= to; c++) chars.add(String.fromCodePoint(c));
  for (const char of [...gb2312Symbols(), ...gb2312Hanzi()]) chars.add(char);
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/** What decides a subset font's bytes: the source file (by size and time, not read), the face, the characters. */
export interface SubsetInputs {
  sourceFile: string;
  sourceBytes: number;
  sourceMtimeMs: number;
  face: string;
  characters: string;
  /** The subsetter's version: a new harfbuzz may cut differently. */
  subsetter: string;
}

/** The cache key of a subset font: the same inputs, the same file; any change, a new key. */
export function subsetCacheKey(inputs: SubsetInputs): string {
  const hash = createHash('sha256');
  for (const value of [
    inputs.sourceFile,
    inputs.sourceBytes,
    Math.round(inputs.sourceMtimeMs),
    inputs.face,
    inputs.subsetter,
    inputs.characters,
  ])
    hash.update(`${value}\0`);
  return hash.digest('hex').slice(0, 20);
}
