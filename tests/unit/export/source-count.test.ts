/**
 * Issue 22's "Done when": an A4 export names each source at most twice (it named MIIT five times and the National
 * Bureau of Statistics three times in Chinese). Counted in the text of the vector page, built in Node as the
 * export builds it (tests/unit/scene/pages.ts), for every view in both languages.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, PAGE_SIZES, pageOf, VIEWS } from '../scene/pages';

// Every name a source goes by on the page, short and long, per language.
const NAMES: Record<string, RegExp> = {
  Xinhua: /Xinhua|新华社/gu,
  MIIT: /MIIT|Ministry of Industry and Information Technology|工业和信息化部|工信部/gu,
  NBS: /National Bureau of Statistics|国家统计局/gu,
  CAICT: /CAICT|China Academy of Information and Communications Technology|中国信通院|中国信息通信研究院/gu,
  'Zhejiang Communications Administration': /Zhejiang Communications Administration|浙江省通信管理局/gu,
};

/** The words a reader sees on the page, tags aside; wrapped lines joined, so a name split over two still counts. */
function pageWords(svg: string, lang: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/gu)]
    .map((m) => m[1]!.replace(/<[^>]+>/gu, ''))
    .join(lang === 'zh' ? '' : ' ')
    .replace(/\s+/gu, ' ');
}

describe('an A4 export names each source at most twice', () => {
  for (const lang of LANGS)
    for (const view of VIEWS)
      it(`${view} in ${lang}`, () => {
        const words = pageWords(pageOf(view, lang, PAGE_SIZES['a4']!).svg, lang);
        const counts = Object.fromEntries(
          Object.entries(NAMES).map(([name, pattern]) => [name, words.match(pattern)?.length ?? 0]),
        );
        for (const [name, n] of Object.entries(counts)) expect(n, `${name} in ${words}`).toBeLessThanOrEqual(2);
        // Nothing lost: the article, MIIT (source line and note ³) and NBS (note ²) are still named.
        expect(counts['Xinhua']).toBeGreaterThanOrEqual(1);
        expect(counts['MIIT']).toBeGreaterThanOrEqual(1);
        expect(counts['NBS']).toBeGreaterThanOrEqual(1);
        expect(counts['CAICT']).toBeGreaterThanOrEqual(1);
      });
});
