import { test, expect, openMap, screenshot, waitForIdle } from './fixtures';
import type { Page } from '@playwright/test';
import { FRAGMENTS, type Lang, otherLanguageLeft } from './language-check';

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
    expect(
      await otherLanguageLeft(page, lang),
      `strings of the other language left after switching to ${lang}`,
    ).toEqual([]);
  }
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('边界');
  await screenshot(page, 'language-switched-zh');
  expect(watch.consoleErrors).toEqual([]);
});
