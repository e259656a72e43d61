import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { driver } from './driver';
import { test, expect, openMap, screenshot } from './fixtures';

/** axe-core on the page as it stands; serious and critical findings fail the test with their rule and targets. */
async function expectNoSeriousViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe findings in ${name}`).toEqual([]);
}

test('axe: the default view has no serious or critical findings', async ({ page }) => {
  await openMap(page, '?lang=en');
  await expectNoSeriousViolations(page, 'default view');
  await openMap(page, '?lang=zh&view=china');
  await expectNoSeriousViolations(page, 'default view in Chinese');
});

test('axe: a popup open', async ({ page }) => {
  await openMap(page, '?view=hangzhou&popup=hangzhou');
  await expect(page.locator('.story-popup')).toBeVisible();
  await expectNoSeriousViolations(page, 'popup');
});

test('the data table holds the same data as the choropleth and is reachable from the page', async ({ page }) => {
  await openMap(page, '?metric=residents-per-km2&lang=en');
  // The skip link is the first thing the keyboard reaches.
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#data$/);
  await page.locator('.data-details summary').click();
  const rows = page.locator('.data-table tbody tr');
  await expect(rows).toHaveCount(11);
  const values = await driver(page).get.shownValues();
  expect(Object.keys(values)).toHaveLength(11);
  for (const [code, exact] of Object.entries(values)) {
    const value = Math.round(exact);
    await expect(page.locator(`.data-table tr[data-region="${code}"] td`).first()).toContainText(
      `${value.toLocaleString('en-GB')} residents per km²`,
    );
  }
  await expect(page.locator('.data-table tr[data-region="330100"]')).toContainText('Bureau of Statistics, May 2021');
  await expect(page.locator('.data-table caption')).toContainText("Map of Zhejiang's 11 cities");
  await expectNoSeriousViolations(page, 'data table');
  await screenshot(page, 'data-table');

  // Province metric: regions without a published figure are "no data", never zero.
  await openMap(page, '?metric=stations-per-10k&lang=en');
  await page.locator('.data-details summary').click();
  await expect(page.locator('.data-table tr[data-region="330000"] td').first()).toContainText(
    '33.4 per 10,000 residents',
  );
  await expect(page.locator('.data-table tr[data-region="320000"] td').first()).toHaveText('no data');
  await expect(page.locator('#map')).toHaveAttribute('aria-label', /1 regions have a figure/);
});

test('popups are announced to screen readers, and Escape closes them', async ({ page }) => {
  await openMap(page, '?lang=zh');
  await page.locator('.region-list button[data-region="330600"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#announcer')).toHaveText('绍兴：数据发布地');
  await expect(page.locator('.story-popup')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.story-popup')).toHaveCount(0);
});

test('focus is visible on controls and regions', async ({ page }) => {
  await openMap(page);
  const button = page.locator('.region-list button').first();
  await button.focus();
  const outline = await button.evaluate(
    (el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`,
  );
  expect(outline).toMatch(/solid 3px/);
  await page.keyboard.press('Tab');
  await screenshot(page, 'focus-ring');
});

test('the map keeps its own keyboard controls', async ({ page }) => {
  await openMap(page);
  const zoom = driver(page).get.zoom;
  const before = await zoom();
  await page.locator('#map canvas').focus();
  await page.keyboard.press('Equal');
  await expect.poll(zoom).toBeGreaterThan(before + 0.5);
});

test('axe: kiosk mode, with its caption and progress', async ({ page }) => {
  await openMap(page, '?kiosk=1&lang=en');
  await page.waitForFunction(() => document.documentElement.dataset['kioskMode'] === 'tour');
  await expect(page.locator('#announcer, [aria-live]').first()).toBeAttached();
  await expectNoSeriousViolations(page, 'kiosk mode');
  await openMap(page, '?kiosk=1&lang=zh');
  await page.waitForFunction(() => document.documentElement.dataset['kioskMode'] === 'tour');
  await expectNoSeriousViolations(page, 'kiosk mode in Chinese');
  await screenshot(page, 'kiosk-axe');
});
