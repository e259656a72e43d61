import { driver } from './driver';
import { test, expect, openMap, screenshot } from './fixtures';
import { colourDistance, hexToRgb, pixelsAt, sampleRegions } from './pixels';
import type { Page } from '@playwright/test';

interface LegendEntry {
  colour: string;
  from: number | null;
  to: number | null;
  noData: boolean;
}

async function legendEntries(page: Page): Promise<LegendEntry[]> {
  return page.locator('.legend-classes li').evaluateAll((items) =>
    items.map((li) => ({
      colour: li.getAttribute('data-colour')!,
      from: li.hasAttribute('data-from') ? Number(li.getAttribute('data-from')) : null,
      to: li.hasAttribute('data-to') ? Number(li.getAttribute('data-to')) : null,
      noData: li.hasAttribute('data-no-data'),
    })),
  );
}

function legendColourFor(entries: LegendEntry[], value: number | null): string {
  const entry = entries.find((e) =>
    value === null ? e.noData : !e.noData && (e.from === null || value >= e.from) && (e.to === null || value < e.to),
  );
  if (!entry) throw new Error(`no legend entry covers ${value}`);
  return entry.colour;
}

/** The map's pixel at every region's label point has the legend's colour for that region's value. */
async function expectMapMatchesLegend(page: Page, minShaded: number): Promise<void> {
  const entries = await legendEntries(page);
  const samples = await sampleRegions(page);
  expect(samples.length).toBeGreaterThan(0);
  const pixels = await pixelsAt(page.locator('#map canvas.maplibregl-canvas'), samples);
  const mismatches = samples
    .map((s, i) => ({ ...s, expected: legendColourFor(entries, s.value), got: pixels[i]! }))
    .filter((s) => colourDistance(s.got, hexToRgb(s.expected)) > 3);
  expect(mismatches).toEqual([]);
  expect(samples.filter((s) => s.value !== null).length).toBeGreaterThanOrEqual(minShaded);
}

test('the default view draws, offline, without console errors', async ({ page, watch }) => {
  await openMap(page);
  await expect(page.locator('#app-title')).toHaveText("Zhejiang's 5G build-out");
  await expect(page.locator('.legend-title')).toHaveText(
    '5G base stations per 10,000 residents: Zhejiang against regional averages',
  );
  await expect(page.locator('.legend')).toContainText('No data');
  await expect(page.locator('.legend-reference')).toContainText('China average: 20.1 per 10,000 residents');
  await expect(page.locator('#source-line')).toContainText('Xinhua, 2 Dec 2023');
  await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('ECharts');
  const mark = await page.evaluate(() => performance.getEntriesByName('map-ready').length);
  expect(mark).toBe(1);
  await screenshot(page, 'map-default');
  expect(watch.offOriginRequests).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('the legend and the map agree at every label point, for each metric', async ({ page, watch }) => {
  // Pixel reads of four metrics on a busy 2-core machine.
  test.setTimeout(150_000);
  // One page load (a MapLibre page costs 4–5 CPU-s on SwiftShader), then the metric and view as a reader switches
  // them: the colours a link draws are the first check's, those a switch redraws the others'. Sampling hides the
  // labels, lines and hatch; each sample hides them again.
  await openMap(page, '?view=zhejiang&lang=en');
  // This page is the one the deep link ?view=zhejiang opens (its own test until 4 Dec 2026, one MapLibre load).
  await test.step('deep link ?view=zhejiang frames its region', () => expectFramed(page, 'zhejiang'));
  await expectMapMatchesLegend(page, 1);
  await driver(page).when.switchMetric('residents-per-km2');
  await expectMapMatchesLegend(page, 11);
  await driver(page).when.switchView('china');
  await driver(page).when.switchMetric('regional-stations-per-km2');
  await expectMapMatchesLegend(page, 25);
  await driver(page).when.switchMetric('stations-per-km2');
  await expectMapMatchesLegend(page, 1);
  expect(watch.offOriginRequests).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

type ViewId = 'china' | 'zhejiang' | 'hangzhou' | 'shaoxing';

/** A page opened by the link `?view=<view>` frames that region, and says so on the view buttons. */
async function expectFramed(page: Page, view: ViewId): Promise<void> {
  const centre = await driver(page).get.center();
  const expected = { china: [104, 36], zhejiang: [120.1, 29.2], hangzhou: [119.5, 29.9], shaoxing: [120.6, 29.75] }[
    view
  ];
  expect(Math.abs(centre.lng - expected[0]!)).toBeLessThan(view === 'china' ? 4 : 0.8);
  expect(Math.abs(centre.lat - expected[1]!)).toBeLessThan(view === 'china' ? 4 : 0.8);
  await expect(page.locator(`[data-view="${view}"]`)).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, `view-${view}`);
}

// ?view=zhejiang is checked on the legend test's page above, which that link opens.
for (const view of ['china', 'hangzhou', 'shaoxing'] as const) {
  test(`deep link ?view=${view} frames its region`, async ({ page, watch }) => {
    await openMap(page, `?view=${view}&lang=en`);
    await expectFramed(page, view);
    expect(watch.offOriginRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
}

test('popup deep links tell the article in both languages, with units, dates and sources', async ({ page, watch }) => {
  await openMap(page, '?view=hangzhou&popup=hangzhou&lang=en');
  const hangzhou = page.locator('.story-popup[data-popup="hangzhou"]');
  await expect(hangzhou).toBeVisible();
  await expect(hangzhou).toContainText('capital');
  await expect(hangzhou.locator('[data-figure="zjStations"]')).toContainText('220,000 base stations');
  await expect(hangzhou.locator('[data-figure="zjStations"]')).toContainText('reported 2 Dec 2023');
  await expect(hangzhou.locator('[data-figure="zjStations"]')).toContainText('Xinhua');
  await expect(hangzhou.locator('[data-figure="zjStationsPer10kReported"]')).toContainText(
    'more than 33 per 10,000 residents',
  );
  await expect(hangzhou.locator('[data-figure="zjFactories"]')).toContainText('653 factories');
  await expect(hangzhou.locator('[data-figure="zjFactories"]')).toContainText(
    'future factories and intelligent factories together',
  );
  await expect(hangzhou.locator('[data-figure="zjPlatforms"]')).toContainText('535 platforms');
  await expect(hangzhou.locator('[data-figure="cnStations"]')).toContainText('2.84 million base stations');
  await expect(hangzhou.locator('[data-figure="cnStations"]')).toContainText('end of May 2023');
  await screenshot(page, 'popup-hangzhou-en');

  await openMap(page, '?view=shaoxing&popup=shaoxing&lang=zh');
  const shaoxing = page.locator('.story-popup[data-popup="shaoxing"]');
  await expect(shaoxing).toBeVisible();
  await expect(shaoxing).toContainText('2023长三角5G+工业互联网大会');
  await expect(shaoxing.locator('[data-figure="zjStations"]')).toContainText('22万个基站');
  await expect(shaoxing.locator('[data-figure="cnStations"]')).toContainText('284万个基站');
  await expect(shaoxing.locator('[data-figure="cnStations"]')).toContainText('2023年5月末');
  await expect(shaoxing.locator('[data-figure="cnStations"]')).toContainText('新华社');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await screenshot(page, 'popup-shaoxing-zh');
  expect(watch.consoleErrors).toEqual([]);
});

test('unknown link values fall back to defaults with a visible notice', async ({ page, watch }) => {
  await openMap(page, '?view=atlantis&metric=bogus&popup=nowhere');
  await expect(page.locator('.notice')).toHaveCount(3);
  await expect(page.locator('.notice').first()).toContainText('view="atlantis"');
  await expect(page.locator('[data-view="zhejiang"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.legend-title')).toHaveText(
    '5G base stations per 10,000 residents: Zhejiang against regional averages',
  );
  await screenshot(page, 'bad-params');
  expect(watch.consoleErrors).toEqual([]);
});

// Pointer and keyboard on the Zhejiang cities share one load of the same page (they were two loads).
test('click opens the story popup; hover shows a tooltip with value and unit; keyboard reaches every region and opens its popup with Enter', async ({
  page,
}) => {
  test.slow(); // the work of two tests on one page
  await openMap(page, '?view=zhejiang&metric=residents-per-km2');
  const { get, when } = driver(page);
  const ningbo = await get.cityLabelPoint('330200');
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.move(box.x + ningbo.x + 10, box.y + ningbo.y + 10);
  await expect(page.locator('.map-tooltip')).toContainText('Ningbo');
  await expect(page.locator('.map-tooltip')).toContainText('residents per km²');
  await when.clickCity('330100');
  await expect(page.locator('.story-popup[data-popup="hangzhou"]')).toBeVisible();
  await expect(page).toHaveURL(/popup=hangzhou/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.story-popup')).toHaveCount(0);
  await expect(page).not.toHaveURL(/popup=/);

  await test.step('keyboard reaches every region and opens its popup with Enter', async () => {
    // The pointer leaves the map, as for a keyboard reader: its tooltip must not answer for the focused region.
    await page.mouse.move(0, 0);
    await expect(page.locator('.map-tooltip')).toBeHidden();
    const buttons = page.locator('.region-list button');
    // Zhejiang's 11 cities first, then the 34 provinces.
    await expect(buttons).toHaveCount(45);
    await buttons.nth(0).focus();
    await expect(page.locator('.map-tooltip')).toContainText('Hangzhou');
    await page.keyboard.press('Tab');
    await expect(buttons.nth(1)).toBeFocused();
    await expect(page.locator('.map-tooltip')).toContainText('Ningbo');
    await page.keyboard.press('Enter');
    await expect(page.locator('.region-popup[data-region="330200"]')).toContainText('Ningbo');
    await expect(page.locator('.region-popup[data-region="330200"]')).toContainText('census');
    await page.keyboard.press('Escape');
    await expect(page.locator('.region-popup')).toHaveCount(0);
    await buttons.nth(5).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.story-popup[data-popup="shaoxing"]')).toBeVisible();
    await screenshot(page, 'keyboard-shaoxing');
  });
});

test('switching metric and language updates legend, labels and URL', async ({ page, watch }) => {
  const { when } = driver(page);
  await when.open();
  await when.switchMetric('residents-per-km2');
  await expect(page.locator('.legend-title')).toHaveText('Residents per km² (census 2020)');
  await expect(page).toHaveURL(/metric=residents-per-km2/);
  await expectMapMatchesLegend(page, 11);
  await when.switchLang('zh');
  await expect(page.locator('.legend-title')).toHaveText('每平方公里常住人口（2020年普查）');
  await expect(page).toHaveURL(/lang=zh/);
  await screenshot(page, 'metric-switch-zh');
  expect(watch.consoleErrors).toEqual([]);
});

test('usable on a 360 px phone', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await openMap(page);
  await expect(page.locator('.legend')).toBeVisible();
  // Folded to its title and colour ramp, so the map stays visible; a tap unfolds it.
  await expect(page.locator('.legend-classes')).toBeHidden();
  await expect(page.locator('.legend-ramp')).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-attrib')).not.toHaveClass(/maplibregl-compact-show/);
  await expect(page.locator('#metric-select')).toBeVisible();
  await screenshot(page, 'viewport-360-folded');
  await page.locator('.legend-details > summary').tap();
  await expect(page.locator('.legend-classes')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'viewport-360');
  await page.close();
});

// "Usable on a 3840 px screen" (legend type of at least 18 px) is checked in the 3840×2160 popup test of
// layout.spec.ts, on its English first screen (the default view; screenshot layout-3840x2160-en-first-screen).
