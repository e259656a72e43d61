import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { NOTO_CJK_DIR } from '../../../scripts/headless-chromium';
import {
  charactersOf,
  gb2312Hanzi,
  pdfCharacterSet,
  type SubsetInputs,
  subsetCacheKey,
} from '../../../scripts/pdf-font-charset';
import { appTexts, buildPdfFonts, isMissing, missingFontsMessage } from '../../../scripts/pdf-fonts';
import { PDF_FONT_FILES } from '../../../src/export/pdf-font-files';
import { byodZh } from '../../../src/i18n/byod-zh';
import { exportZh } from '../../../src/i18n/export-zh';
import { zh } from '../../../src/i18n/zh';

const ROOT = process.cwd();
const characters = pdfCharacterSet(appTexts(ROOT));
const kept = new Set(characters);
const missing = (texts: readonly string[]) => [...charactersOf(texts)].filter((char) => !kept.has(char)).join('');

/** Every name in the built boundary files and every caption of the tours: what a PDF of the app can show. */
function publicTexts(): string[] {
  const geo = readdirSync(join(ROOT, 'public/geo')).map((file) =>
    JSON.parse(readFileSync(join(ROOT, 'public/geo', file), 'utf8')),
  ) as { features: { properties: { name_zh: string; name_en: string } }[] }[];
  const names = geo.flatMap((collection) =>
    collection.features.flatMap(({ properties }) => [properties.name_zh, properties.name_en]),
  );
  const tour = JSON.parse(readFileSync(join(ROOT, 'public/tours/default.json'), 'utf8')) as {
    steps: { caption: Record<string, string> }[];
  };
  return [...names, ...tour.steps.flatMap((step) => Object.values(step.caption))];
}

describe('the characters the PDF fonts keep', () => {
  it('GB2312’s hanzi are its 6,763, from 啊 to 齄, all Han, none twice', () => {
    const hanzi = gb2312Hanzi();
    expect(hanzi).toHaveLength(6763);
    expect(new Set(hanzi).size).toBe(6763);
    expect([hanzi[0], hanzi.at(-1)]).toEqual(['啊', '齄']);
    expect(hanzi.filter((char) => !/^\p{Script=Han}$/u.test(char))).toEqual([]);
    // Level 1 (common) and level 2 (rarer) place-name characters: Hangzhou, Quzhou, Lishui, Bozhou, Danzhou.
    for (const char of '杭衢丽亳儋') expect(hanzi).toContain(char);
  });

  it('hold every character of the Chinese string tables, the boundary names and the tours', () => {
    expect(missing([...Object.values(zh), ...Object.values(byodZh), ...Object.values(exportZh)])).toBe('');
    const texts = publicTexts();
    expect(texts.length).toBeGreaterThan(60);
    expect(missing(texts)).toBe('');
  });

  it('hold all of GB2312, Latin-1 and the signs figures use, sorted, each once', () => {
    expect(missing(gb2312Hanzi())).toBe('');
    let latin = '';
    for (let code = 0x20; code <= 0x7e; code++) latin += String.fromCharCode(code);
    expect(missing([latin, 'é ü ² × ° · – — ‘’ “” … → ≈ ≤ ≥ − ‰ ℃ €', '，。：；！？（）《》、【】～'])).toBe('');
    const codes = [...characters].map((char) => char.codePointAt(0)!);
    expect(codes).toEqual([...new Set(codes)].sort((a, b) => a - b));
    // No control characters (a source file's newlines and tabs).
    expect(/\p{Cc}/u.test(characters)).toBe(false);
    expect(codes.length).toBeGreaterThan(8000);
    expect(codes.length).toBeLessThan(9000);
  });
});

describe('the subset fonts’ cache key', () => {
  const inputs: SubsetInputs = {
    sourceFile: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    sourceBytes: 19484784,
    sourceMtimeMs: 1643241600000.4,
    face: 'NotoSansCJKsc-Regular',
    characters: 'Aa杭州',
    subsetter: 'harfbuzzjs 1.6.4',
  };

  it('is the same for the same inputs, and new when any input changes', () => {
    const key = subsetCacheKey(inputs);
    expect(key).toMatch(/^[0-9a-f]{20}$/u);
    expect(subsetCacheKey({ ...inputs })).toBe(key);
    const changed: Partial<SubsetInputs>[] = [
      { sourceFile: '/fonts/NotoSansCJK-Regular.ttc' },
      { sourceBytes: 19484785 },
      { sourceMtimeMs: 1643241601000 },
      { face: 'NotoSansCJKsc-Bold' },
      { characters: 'Aa杭州市' },
      { subsetter: 'harfbuzzjs 1.7.0' },
    ];
    const keys = changed.map((change) => subsetCacheKey({ ...inputs, ...change }));
    expect(new Set([key, ...keys]).size).toBe(changed.length + 1);
  });

  it('does not mix the fields: moving text from one to the next gives another key', () => {
    expect(subsetCacheKey({ ...inputs, face: 'ab', characters: 'c' })).not.toBe(
      subsetCacheKey({ ...inputs, face: 'a', characters: 'bc' }),
    );
  });
});

describe('the build step', () => {
  it('without the source fonts, says which files are missing and to install fonts-noto-cjk', async () => {
    const results = await buildPdfFonts(ROOT, join(tmpdir(), 'no-such-noto-folder'));
    const missing = results.filter(isMissing).map((result) => result.missing);
    expect(missing).toEqual([
      join(tmpdir(), 'no-such-noto-folder', 'NotoSansCJK-Regular.ttc'),
      join(tmpdir(), 'no-such-noto-folder', 'NotoSansCJK-Bold.ttc'),
    ]);
    expect(missingFontsMessage(missing)).toMatch(
      /^\S+NotoSansCJK-Regular\.ttc and \S+NotoSansCJK-Bold\.ttc are missing, so this build cannot make PDFs.*apt-get install fonts-noto-cjk.*NOTO_CJK_DIR/u,
    );
  });

  const haveFonts = existsSync(join(NOTO_CJK_DIR, PDF_FONT_FILES.regular.source));
  it.skipIf(!haveFonts)(
    'cuts an OTF that fontkit opens as Noto Sans CJK SC, then reuses it from the cache',
    async () => {
      const cacheDir = mkdtempSync(join(tmpdir(), 'pdf-fonts-'));
      try {
        const first = await buildPdfFonts(ROOT, NOTO_CJK_DIR, cacheDir);
        const second = await buildPdfFonts(ROOT, NOTO_CJK_DIR, cacheDir);
        expect(readdirSync(cacheDir).sort()).toEqual([
          expect.stringMatching(/^NotoSansCJKsc-Bold-[0-9a-f]{20}\.otf$/u),
          expect.stringMatching(/^NotoSansCJKsc-Regular-[0-9a-f]{20}\.otf$/u),
        ]);
        for (const [index, result] of first.entries()) {
          const again = second[index]!;
          if (isMissing(result) || isMissing(again)) throw new Error('the fonts were found a moment ago');
          expect([result.cached, again.cached]).toEqual([false, true]);
          expect(Buffer.compare(result.bytes, again.bytes)).toBe(0);
          const font = create(result.bytes);
          if ('fonts' in font) throw new Error(`${result.url} is a collection`);
          expect(font.postscriptName).toBe(PDF_FONT_FILES[result.weight].face);
          // Kept: Latin, GB2312 and the app's characters; left out: hanzi beyond GB2312 (埗, U+57D7).
          for (const char of 'Ag²杭州浙江衢齄，') expect(font.hasGlyphForCodePoint(char.codePointAt(0)!)).toBe(true);
          expect(font.hasGlyphForCodePoint(0x57d7)).toBe(false);
          expect(result.bytes.byteLength).toBeGreaterThan(1_000_000);
          expect(result.bytes.byteLength).toBeLessThan(2_500_000);
        }
      } finally {
        rmSync(cacheDir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
