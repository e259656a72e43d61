import { test, expect, openMap, screenshot, waitForIdle } from './fixtures';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import type { Page } from '@playwright/test';

type Lang = 'en' | 'zh';

/** The pieces of a language's strings between placeholders that the other language never uses. */
function ownFragments(mine: Record<string, string>, theirs: Record<string, string>, lang: Lang): string[] {
  const other = Object.values(theirs).join('\n');
  const script = lang === 'en' ? /[A-Za-z]{3}/u : /\p{Script=Han}{2}/u;
  const fragments = Object.values(mine).flatMap((template) => template.split(/\{\w+\}/u).map((f) => f.trim()));
  return [...new Set(fragments)].filter(
    (f) => f.length >= (lang === 'en' ? 5 : 2) && script.test(f) && !other.includes(f),
  );
}

const FRAGMENTS: Record<Lang, string[]> = { en: ownFragments(en, zh, 'en'), zh: ownFragments(zh, en, 'zh') };

/**
 * Every text and accessible name on the page, except what is in the other language by design: elements marked
 * with another `lang` (the language switch names its language in that language) and the bilingual region names.
 */
async function pageTexts(page: Page, lang: Lang): Promise<string> {
  return page.evaluate((pageLang) => {
    const own = (node: Element) => {
      const marked = node.closest('[lang]')?.getAttribute('lang') ?? pageLang;
      return marked.startsWith(pageLang) && !node.closest('.region-list, .other-name, script, style');
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

async function switchTo(page: Page, lang: Lang): Promise<void> {
  await page.locator(`.lang-switch[data-lang="${lang}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
  await waitForIdle(page);
}

test.use({ reducedMotion: 'reduce' });

test('switching the language with the button leaves no string of the other language, attribution included', async ({
  page,
  watch,
}) => {
  expect(FRAGMENTS.en.length).toBeGreaterThan(30);
  expect(FRAGMENTS.zh.length).toBeGreaterThan(30);
  await openMap(page, '?lang=en&view=hangzhou&popup=hangzhou');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Boundaries');
  for (const lang of ['zh', 'en', 'zh'] as const) {
    await switchTo(page, lang);
    await expect(page.locator('.story-popup')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    const text = await pageTexts(page, lang);
    const other: Lang = lang === 'en' ? 'zh' : 'en';
    const left = FRAGMENTS[other].filter((fragment) => text.includes(fragment));
    expect(left, `${other} strings left after switching to ${lang}`).toEqual([]);
  }
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('边界');
  await screenshot(page, 'language-switched-zh');
  expect(watch.consoleErrors).toEqual([]);
});
