import { join } from 'node:path';
import { expectNoSeriousViolations } from './axe';
import { driver } from './driver';
import { test, expect, openMap, screenshot } from './fixtures';

// One load of the English default view for the checks that read it (they were four loads of the same page):
// axe on the untouched view first, then the export panel, the focus ring and the map's own keyboard.
test('axe: the default view has no serious or critical findings; on the same page the export panel, focus rings and the map’s keyboard', async ({
  page,
}) => {
  test.slow(); // two pages or two loads: more than a minute when the machine is busy
  await openMap(page, '?lang=en');
  // What a voice-control user says is what they see (WCAG 2.5.3).
  await expect(page.getByRole('button', { name: /^中文/u })).toHaveAttribute('data-lang', 'zh');
  await expect(page.getByRole('button', { name: /^中文/u }).locator('[lang="zh-CN"]')).toHaveText('中文');
  await expect(page.getByLabel(/^Load data/u)).toHaveAttribute('type', 'file');
  await expectNoSeriousViolations(page, 'default view');

  await test.step('focus is visible on controls and regions', async () => {
    const button = page.locator('.region-list button').first();
    await button.focus();
    const outline = await button.evaluate(
      (el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`,
    );
    expect(outline).toMatch(/solid 3px/);
    await page.keyboard.press('Tab');
    await screenshot(page, 'focus-ring');
  });

  await test.step('the map keeps its own keyboard controls', async () => {
    const zoom = driver(page).get.zoom;
    const before = await zoom();
    await page.locator('#map canvas.maplibregl-canvas').focus();
    await page.keyboard.press('Equal');
    await expect.poll(zoom).toBeGreaterThan(before + 0.5);
  });

  await test.step('axe: the export panel open', async () => {
    await page.locator('[data-control="export"]').click();
    await expect(page.locator('#export-panel')).toBeVisible();
    await expectNoSeriousViolations(page, 'export panel');
    await screenshot(page, 'export-panel-axe');
  });

  // The Chinese page on the vector map: what changes with the language is the page's own chrome (controls, legend,
  // figures); MapLibre's zoom buttons stay English (axe read them above). Left unread in Chinese: the labels the app
  // puts on MapLibre's story markers and credits, whose vector-map counterparts are read here from the same tables.
  await test.step('axe: the default view in Chinese (vector map)', async () => {
    await openMap(page, '?lang=zh&view=china&renderer=vector');
    await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
    await expect(page.getByRole('button', { name: /^English/u }).locator('[lang="en"]')).toHaveText('English');
    await expectNoSeriousViolations(page, 'default view in Chinese');
  });
});

// One page for both (two MapLibre loads before 4 Dec 2026): the popup of the link read by axe, then another opened
// from the keyboard in Chinese.
test('axe: a popup open; popups are announced to screen readers, and Escape closes them', async ({ page }) => {
  await openMap(page, '?view=hangzhou&popup=hangzhou');
  await expect(page.locator('.story-popup')).toBeVisible();
  await expectNoSeriousViolations(page, 'popup');
  await test.step('popups are announced to screen readers, and Escape closes them', async () => {
    await page.keyboard.press('Escape');
    await expect(page.locator('.story-popup')).toHaveCount(0);
    await page.locator('[data-control="lang"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.locator('.region-list button[data-region="330600"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#announcer')).toHaveText('绍兴：数据发布地');
    await expect(page.locator('.story-popup')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.story-popup')).toHaveCount(0);
  });
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

  // Province metric: regions without a published figure are "no data", never zero. Switched on the same page, as
  // a reader would (the table stays open): one MapLibre load, not two.
  await driver(page).when.switchMetric('stations-per-10k');
  await expect(page.locator('.data-table tr[data-region="330000"] td').first()).toContainText(
    '33.4 per 10,000 residents',
  );
  await expect(page.locator('.data-table tr[data-region="320000"] td').first()).toHaveText('no data');
  await expect(page.locator('#map')).toHaveAttribute('aria-label', /1 regions have a figure/);
});

test('axe: kiosk mode in Chinese, with its caption and progress', async ({ page }) => {
  // The English kiosk on MapLibre is read by axe on layout.spec.ts's 1080p kiosk page (its first step).
  // The Chinese kiosk on the vector map: the caption and progress are the same page chrome on either map, and
  // MapLibre's own controls in Chinese are checked by the default view's test above.
  await openMap(page, '?kiosk=1&lang=zh&renderer=vector');
  await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
  await page.waitForFunction(() => document.documentElement.dataset['kioskMode'] === 'tour');
  await expectNoSeriousViolations(page, 'kiosk mode in Chinese');
  await screenshot(page, 'kiosk-axe');
});

test('axe: a load-data report that refuses a file, and one that shows it', async ({ page }) => {
  test.slow(); // two pages or two loads: more than a minute when the machine is busy
  // The report is page chrome (src/byod), the same over either map: read over the vector map, which loads in a
  // third of MapLibre's CPU time here. Loading files over MapLibre is byod.spec.ts's subject.
  await openMap(page, '?lang=en&renderer=vector');
  await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
  const load = async (name: string) => {
    const before = Number((await page.locator('html').getAttribute('data-byod-batches')) ?? '0');
    await page.setInputFiles('[data-control="load-data"]', join(process.cwd(), 'tests/e2e/fixtures/byod', name));
    await page.waitForFunction((n) => Number(document.documentElement.dataset['byodBatches'] ?? '0') > n, before);
  };
  await load('unknown-keys.csv');
  await expect(page.locator('.byod-report [role="alert"]')).toBeVisible();
  await expectNoSeriousViolations(page, 'load-data report refused');
  await screenshot(page, 'byod-report-axe');
  await load('cities-q1.csv');
  await expect(page.locator('.byod-report [role="status"]')).toBeVisible();
  await expectNoSeriousViolations(page, 'load-data report shown');
});
