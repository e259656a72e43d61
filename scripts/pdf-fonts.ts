import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { create as openFont } from 'fontkit';
import type { Plugin } from 'vite';
import { PDF_FONT_FILES, type PdfFontWeight } from '../src/export/pdf-font-files.ts';
import { subsetFace, subsetterVersion } from './font-subset.ts';
import { NOTO_CJK_DIR } from './headless-chromium.ts';
import { pdfCharacterSet, subsetCacheKey } from './pdf-font-charset.ts';

/**
 * The fonts a PDF export embeds, made at build time: Noto Sans CJK SC Regular and Bold from Debian's fonts-noto-cjk
 * (NOTO_CJK_DIR), cut to the characters of scripts/pdf-font-charset.ts, written as dist/fonts/*.subset.otf. The
 * page fetches them only when a PDF is asked for (src/export/vector-snapshot.ts); no HTML or script names them, and
 * the kiosk's service worker does not precache them (scripts/service-worker.ts).
 *
 * Without the source fonts the build still succeeds, with a warning: a developer gets a working app whose Export
 * panel says that PDF needs the fonts (SVG and PNG work). CI installs fonts-noto-cjk before building
 * (scripts/ensure-chromium.sh), and the PDF browser tests fail without them.
 *
 * Cut once per input: the result is kept in node_modules/.cache/pdf-fonts under a key of the source file's size and
 * time, the face, the characters and the subsetter's version (measured: 0.6–1.5 s a weight to cut, 20 ms to reuse).
 */

/** Every text the app can put on a page: its source (string tables, figures, sources) and public data (geo, tours). */
const APP_TEXT_DIRS = [
  { dir: 'src', ext: /\.ts$/u },
  { dir: 'public', ext: /\.json$/u },
];

export const PDF_FONT_CACHE_DIR = 'node_modules/.cache/pdf-fonts';

export function appTexts(root: string): string[] {
  return APP_TEXT_DIRS.flatMap(({ dir, ext }) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => ext.test(file))
      .map((file) => readFileSync(join(root, dir, file), 'utf8')),
  );
}

export type PdfFontResult =
  | { weight: PdfFontWeight; url: string; bytes: Uint8Array; cached: boolean; ms: number }
  | { weight: PdfFontWeight; url: string; missing: string };

export const isMissing = (result: PdfFontResult): result is Extract<PdfFontResult, { missing: string }> =>
  'missing' in result;

/** Said once when source fonts are absent: the files, what it costs, and what to do. */
export function missingFontsMessage(files: readonly string[]): string {
  return (
    `${files.join(' and ')} ${files.length > 1 ? 'are' : 'is'} missing, so this build cannot make PDFs (the Export ` +
    'panel will say so; SVG and PNG work). Install Debian\'s fonts-noto-cjk ("apt-get install fonts-noto-cjk"), or ' +
    'set NOTO_CJK_DIR to a folder holding NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc, and build again.'
  );
}

/** The subset fonts, from the cache when their inputs have not changed. */
export async function buildPdfFonts(
  root: string,
  sourceDir = NOTO_CJK_DIR,
  cacheDir = join(root, PDF_FONT_CACHE_DIR),
): Promise<PdfFontResult[]> {
  const characters = pdfCharacterSet(appTexts(root));
  const subsetter = subsetterVersion();
  const results: PdfFontResult[] = [];
  for (const [weight, file] of Object.entries(PDF_FONT_FILES) as [
    PdfFontWeight,
    (typeof PDF_FONT_FILES)[PdfFontWeight],
  ][]) {
    const started = performance.now();
    const source = join(sourceDir, file.source);
    if (!existsSync(source)) {
      results.push({ weight, url: file.url, missing: source });
      continue;
    }
    const stat = statSync(source);
    const key = subsetCacheKey({
      sourceFile: source,
      sourceBytes: stat.size,
      sourceMtimeMs: stat.mtimeMs,
      face: file.face,
      characters,
      subsetter,
    });
    const cached = join(cacheDir, `${file.face}-${key}.otf`);
    if (existsSync(cached)) {
      results.push({
        weight,
        url: file.url,
        bytes: readFileSync(cached),
        cached: true,
        ms: performance.now() - started,
      });
      continue;
    }
    const collection = readFileSync(source);
    const bytes = await subsetFace(collection, faceIndex(collection, file.face, source), characters, source);
    try {
      mkdirSync(cacheDir, { recursive: true });
      // Written whole, then renamed: a build stopped halfway leaves no truncated font to be reused.
      writeFileSync(`${cached}.tmp`, bytes);
      renameSync(`${cached}.tmp`, cached);
    } catch {
      // A read-only checkout (the kiosk's account) builds without the cache: the font is cut again next time.
    }
    results.push({ weight, url: file.url, bytes, cached: false, ms: performance.now() - started });
  }
  return results;
}

/** Which face of a collection (or 0 for a single font) has the PostScript name `face`. */
function faceIndex(file: Uint8Array, face: string, label: string): number {
  const font = openFont(file);
  const names = 'fonts' in font ? font.fonts.map((f) => f.postscriptName) : [font.postscriptName];
  const index = names.indexOf(face);
  if (index < 0) throw new Error(`${label} has no face "${face}" (found ${names.join(', ')})`);
  return index;
}

export function pdfFonts(): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'pdf-fonts',
    configResolved: (config) => {
      root = config.root;
      command = config.command;
    },
    async buildStart() {
      if (command !== 'build') return;
      const results = await buildPdfFonts(root);
      const missing = results.filter(isMissing).map((result) => result.missing);
      if (missing.length > 0) this.warn(missingFontsMessage(missing));
      for (const result of results) {
        if (isMissing(result)) continue;
        this.emitFile({ type: 'asset', fileName: result.url, source: result.bytes });
        const size = (result.bytes.byteLength / 1e6).toFixed(2);
        const how = result.cached ? `from ${PDF_FONT_CACHE_DIR}` : 'cut now';
        this.info(`${result.url}: ${size} MB (${how}, ${Math.round(result.ms)} ms)`);
      }
    },
    // `npm start` serves the same files, cut on the first request for a PDF (missing sources: 404, as a build would).
    configureServer(server) {
      let fonts: Promise<PdfFontResult[]> | undefined;
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://dev').pathname;
        const wanted = Object.values(PDF_FONT_FILES).find((file) => path.endsWith(`/${file.url}`));
        if (!wanted) return next();
        fonts ??= buildPdfFonts(root);
        fonts.then(
          (results) => {
            const found = results.find((result) => result.url === wanted.url);
            if (!found || isMissing(found)) return next();
            response.setHeader('content-type', 'font/otf');
            response.end(found.bytes);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
