import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';

export type Lang = 'en' | 'zh';

/** The pieces of a language's strings between placeholders that the other language never uses. */
function ownFragments(mine: Record<string, string>, theirs: Record<string, string>, lang: Lang): string[] {
  const other = Object.values(theirs).join('\n');
  const script = lang === 'en' ? /[A-Za-z]{3}/u : /\p{Script=Han}{2}/u;
  const fragments = Object.values(mine).flatMap((template) => template.split(/\{\w+\}/u).map((f) => f.trim()));
  return [...new Set(fragments)].filter(
    (f) => f.length >= (lang === 'en' ? 5 : 2) && script.test(f) && !other.includes(f),
  );
}

export const FRAGMENTS: Record<Lang, string[]> = { en: ownFragments(en, zh, 'en'), zh: ownFragments(zh, en, 'zh') };

/**
 * Every text and accessible name on the page, except what is in the other language by design: elements marked
 * with another `lang` (the language switch names its language in that language) and the bilingual region names (the region list, the map's labels: MapLibre draws them on its canvas, the vector map in its SVG).
 */
async function pageTexts(page: Page, lang: Lang): Promise<string> {
  return page.evaluate((pageLang) => {
    const own = (node: Element) => {
      const marked = node.closest('[lang]')?.getAttribute('lang') ?? pageLang;
      return marked.startsWith(pageLang) && !node.closest('.region-list, .other-name, script, style, svg .labels');
    };
    const parts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode())
      if (text.parentElement && own(text.parentElement)) parts.push(text.textContent ?? '');
    for (const node of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      if (own(node))
        for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
          if (node.hasAttribute(name)) parts.push(node.getAttribute(name)!);
    return parts.join('\n');
  }, lang);
}

/** The other language's own strings still on the page after a switch to `lang`: none, when every panel followed. */
export async function otherLanguageLeft(page: Page, lang: Lang): Promise<string[]> {
  const text = await pageTexts(page, lang);
  return FRAGMENTS[lang === 'en' ? 'zh' : 'en'].filter((fragment) => text.includes(fragment));
}
