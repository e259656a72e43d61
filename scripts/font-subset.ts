import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * One face of a font file (an OTF, a TTF or one face of a TTC collection) cut to the given characters with
 * HarfBuzz's hb-subset, the subsetter fonttools and browsers' font tooling are measured against, in the WebAssembly
 * build its own project publishes (harfbuzzjs). Why not subset-font: it always takes a collection's first face,
 * which in Noto Sans CJK is the Japanese one (SC is the third), and converts through WOFF tools we do not need.
 * Why not fontkit's own subsetting: it writes a bare CFF table for PDF embedding, not a font that fontkit or
 * pdfkit can open again. The result keeps CFF outlines, cmap and metrics: an OTF that pdfkit embeds and subsets
 * again to the glyphs a page uses.
 */

// Writable: HarfBuzz may fix the font in place instead of copying it (19 MB) into its fixed memory.
const HB_MEMORY_MODE_WRITABLE = 2;
// Glyphs reached only through GSUB (vertical forms, the other locales' alternates, ligatures) are not kept: the
// PDF sets horizontal Simplified Chinese and Latin. With the closure, GB2312 needs twice the glyphs and does not
// fit hb-subset's fixed 68 MB memory (measured: 4,000 hanzi gave 7,657 glyphs; all 6,763 failed).
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

interface HbSubset {
  memory: WebAssembly.Memory;
  malloc(bytes: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

let harfbuzz: Promise<HbSubset> | undefined;

const wasmPath = () => createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');

function loadHarfbuzz(): Promise<HbSubset> {
  harfbuzz ??= (async () => {
    const wasm = readFileSync(wasmPath());
    const { instance } = await WebAssembly.instantiate(wasm);
    return instance.exports as unknown as HbSubset;
  })();
  return harfbuzz;
}

/** The version of the subsetter, part of the cache key. */
export function subsetterVersion(): string {
  // The package exports no package.json; it sits two folders above the wasm file.
  const file = join(dirname(dirname(wasmPath())), 'package.json');
  const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
  return `harfbuzzjs ${version}`;
}

/** Face `faceIndex` of `font` with only the glyphs of `characters`; throws naming `label` when HarfBuzz fails. */
export async function subsetFace(
  font: Uint8Array,
  faceIndex: number,
  characters: string,
  label: string,
): Promise<Uint8Array> {
  const hb = await loadHarfbuzz();
  const pointer = hb.malloc(font.byteLength);
  if (pointer === 0) throw new Error(`${label}: ${font.byteLength} bytes do not fit in hb-subset's memory`);
  const input = hb.hb_subset_input_create_or_fail();
  let face = 0;
  let subset = 0;
  try {
    new Uint8Array(hb.memory.buffer).set(font, pointer);
    const blob = hb.hb_blob_create(pointer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    face = hb.hb_face_create(blob, faceIndex);
    hb.hb_blob_destroy(blob);
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const char of characters) hb.hb_set_add(unicodes, char.codePointAt(0)!);
    subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error(`${label}: hb-subset failed (out of memory, or not a font)`);
    const result = hb.hb_face_reference_blob(subset);
    const length = hb.hb_blob_get_length(result);
    const data = hb.hb_blob_get_data(result, 0);
    // Copied out: the module's memory is reused by the next call.
    const bytes = new Uint8Array(hb.memory.buffer).slice(data, data + length);
    hb.hb_blob_destroy(result);
    if (length === 0) throw new Error(`${label}: hb-subset wrote an empty font`);
    return bytes;
  } finally {
    if (subset) hb.hb_face_destroy(subset);
    if (face) hb.hb_face_destroy(face);
    hb.hb_subset_input_destroy(input);
    hb.free(pointer);
  }
}
