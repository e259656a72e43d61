import type { Page } from '@playwright/test';
import { expect, openMap, screenshot, test, waitForIdle } from './fixtures';
import { colourDistance, hexToRgb, sampleRegions } from './pixels';
import { PNG } from 'pngjs';

// The article's story at a glance (issue 11): the comparison metric, the figures panel, the story markers.

const EAST_NEIGHBOURS = ['310000', '320000', '350000'];

interface ClassSample {
  code: string;
  /** The class colour the pixel block is closest to, by its index in the scale's range. */
  classIndex: number;
  /** How many pixels of the block are darkened by the hatch relative to the class colour. */
  hatchShare: number;
}

/**
 * Each province's fill, read from a 7×7 block of screen pixels at its label point (labels, lines and
 * markers hidden): the block's lightest pixels are the class colour, the stripes are darker.
 */
async function sampleClasses(page: Page): Promise<ClassSample[]> {
  await page.evaluate(() =>
    document.querySelectorAll<HTMLElement>('.story-marker').forEach((m) => {
      m.style.visibility = 'hidden';
    }),
  );
  // The class is read as the nearest palette colour, so a control's faint shadow does not matter here.
  const samples = await sampleRegions(page, Number.POSITIVE_INFINITY, { keepHatch: true, clearancePx: 2 });
  const range = await page.evaluate(() =>
    (
      window as unknown as { __app: { view: { currentChoropleth: { scale: { range(): string[] } } } } }
    ).__app.view.currentChoropleth.scale.range(),
  );
  const png = PNG.sync.read(await page.locator('#map canvas.maplibregl-canvas').screenshot());
  const palette = range.map(hexToRgb);
  return samples.map((s) => {
    const block: [number, number, number][] = [];
    for (let dy = -3; dy <= 3; dy++)
      for (let dx = -3; dx <= 3; dx++) {
        const i = (png.width * (s.y + dy) + (s.x + dx)) * 4;
        block.push([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]);
      }
    const brightness = (c: readonly number[]) => c[0]! + c[1]! + c[2]!;
    const lightest = block.reduce((a, b) => (brightness(b) > brightness(a) ? b : a));
    const distances = palette.map((p) => colourDistance(p, lightest));
    const classIndex = distances.indexOf(Math.min(...distances));
    const hatched = block.filter((c) => brightness(lightest) - brightness(c) > 30).length;
    return { code: s.code, classIndex, hatchShare: hatched / block.length };
  });
}

/** Default view: Zhejiang darker than its East neighbours, at least 3 classes, regional averages hatched. */
async function expectComparison(page: Page): Promise<void> {
  // sampleRegions hides labels, lines and the markers for its pixels: note what shows, to put it back after.
  const shownLayers = await page.evaluate(() =>
    window
      .__app!.view.map.getStyle()
      .layers.filter((layer) => layer.layout?.visibility !== 'none')
      .map((layer) => layer.id),
  );
  await screenshot(page, 'story-default-en');
  const samples = await sampleClasses(page);
  const byCode = new Map(samples.map((s) => [s.code, s]));
  const zhejiang = byCode.get('330000');
  expect(zhejiang, 'Zhejiang is sampled').toBeDefined();
  const eastSeen = EAST_NEIGHBOURS.flatMap((code) => byCode.get(code) ?? []);
  expect(eastSeen.length, 'at least one East neighbour is on screen').toBeGreaterThan(0);
  for (const east of eastSeen) expect(zhejiang!.classIndex).toBeGreaterThan(east.classIndex);
  expect(new Set(samples.map((s) => s.classIndex)).size).toBeGreaterThanOrEqual(3);
  // Zhejiang's own figure is plain; every neighbour's regional average carries the stripes.
  expect(zhejiang!.hatchShare).toBe(0);
  for (const s of samples.filter((x) => x.code !== '330000')) expect(s.hatchShare, s.code).toBeGreaterThan(0.1);
  // Back as a reader sees it, for the checks that follow on this page.
  await page.evaluate((ids) => {
    const map = window.__app!.view.map;
    for (const id of ids) map.setLayoutProperty(id, 'visibility', 'visible');
    document.querySelectorAll<HTMLElement>('.story-marker').forEach((m) => {
      m.style.visibility = '';
      m.style.display = '';
    });
  }, shownLayers);
  await waitForIdle(page);
}

const FIGURES = {
  en: ['220,000', 'more than 33', '33.4', '20.1', '26.2', '653', '535', '2.84 million'],
  zh: ['22万', '超过33', '33.4', '20.1', '26.2', '653', '535', '284万'],
} as const;

/** The figures panel shows the five numbers without a click. */
async function expectFiguresPanel(page: Page, lang: 'en' | 'zh'): Promise<void> {
  const panel = page.locator('section#figures.figures-panel');
  await expect(panel).toBeVisible();
  const cards = panel.locator('.figure-card');
  await expect(cards).toHaveCount(5);
  for (const number of FIGURES[lang]) await expect(panel.locator('.figure-cards')).toContainText(number);
  // Every card keeps its date beside it; who published it is said once, in the panel's source line and notes.
  for (const card of await cards.all()) {
    await expect(card.locator('.figure-number')).toBeVisible();
    await expect(card.locator('.figure-date')).toContainText(lang === 'en' ? /20\d\d/u : /20\d\d年/u);
  }
  await expect(panel.locator('.figures-source')).toContainText(lang === 'en' ? 'Xinhua' : '新华社');
  await expect(panel.locator('.note-list li')).toHaveCount(3);
  await expect(panel.locator('.note-list li').first()).toContainText(
    lang === 'en' ? '33.4 = 220,000' : '33.4 = 5G基站22万',
  );
  await expect(panel.locator('[data-figure="factories"]')).toContainText(
    lang === 'en' ? 'both categories together' : '两类合计',
  );
  // The time line: six dated points, the end-2022 Zhejiang one a lower bound.
  await expect(panel.locator('.timeline-point')).toHaveCount(6);
  await expect(panel.locator('.timeline-point.lower-bound')).toHaveCount(1);
  await expect(panel.locator('.timeline-point.lower-bound title')).toContainText(
    lang === 'en' ? 'more than 171,000' : '超过171,000',
  );
  await screenshot(page, `story-figures-${lang}`);
}

/** A story marker opens its story popup by click and by keyboard; Escape closes it. */
async function expectMarkerOpensPopup(page: Page, place: 'hangzhou' | 'shaoxing'): Promise<void> {
  const marker = page.locator(`.story-marker[data-place="${place}"]`);
  await expect(marker).toBeVisible();
  await expect(marker).toHaveAccessibleName(
    place === 'hangzhou' ? /^Hangzhou: capital/u : /^Shaoxing: conference venue/u,
  );
  await marker.click();
  const popup = page.locator(`.story-popup[data-popup="${place}"]`);
  await expect(popup).toBeVisible();
  await expect(popup.locator('h2')).toContainText(place === 'hangzhou' ? 'capital' : 'figures were announced');
  await screenshot(page, `story-marker-${place}-click`);
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
  await marker.focus();
  await expect(marker).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(popup).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
}

// The checks of the default English view share one page load (they were four loads of the same page): the
// comparison map's pixels first, on the untouched view, then the figures panel, then each marker's popup.
test('default view in English: the comparison map, the figures panel, and both story markers', async ({
  page,
  watch,
}) => {
  test.slow(); // the work of four tests on one page
  await openMap(page, '?lang=en');
  await test.step('the comparison map: Zhejiang darker than its East neighbours, 3+ classes, averages hatched', () =>
    expectComparison(page));
  await test.step('the article in numbers: the figures panel shows the five numbers without a click (en)', () =>
    expectFiguresPanel(page, 'en'));
  for (const place of ['hangzhou', 'shaoxing'] as const)
    await test.step(`story markers: the ${place} marker opens its story popup by click and by keyboard`, () =>
      expectMarkerOpensPopup(page, place));
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offOriginRequests).toEqual([]);
});

test.describe('the comparison map', () => {
  test('China view: at least 4 distinct classes', async ({ page }) => {
    await openMap(page, '?view=china&lang=en');
    await screenshot(page, 'story-china-en');
    const samples = await sampleClasses(page);
    expect(samples.length).toBeGreaterThan(20);
    expect(new Set(samples.map((s) => s.classIndex)).size).toBeGreaterThanOrEqual(4);
    const hongKong = samples.find((s) => s.code === '810000');
    if (hongKong) expect(hongKong.hatchShare).toBe(0);
  });
});

test.describe('the article in numbers', () => {
  // The figures panel and the headline are page chrome (src/story), the same beside either map: read beside the
  // vector map, which loads in a third of MapLibre's CPU time here. The English panel stays on MapLibre above.
  test('the figures panel shows the five numbers without a click (zh)', async ({ page }) => {
    await openMap(page, '?lang=zh&renderer=vector');
    await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
    await expectFiguresPanel(page, 'zh');
  });

  test('on a phone the headline figure is on the first screen and the panel is open below the map', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openMap(page, '?lang=en&renderer=vector');
    await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
    await expect(page.locator('#headline')).toContainText('220,000');
    await expect(page.locator('#headline')).toContainText('reported 2 Dec 2023');
    await expect(page.locator('#headline')).toBeInViewport();
    const panel = page.locator('#figures');
    await expect(panel.locator('.figure-cards')).toBeVisible();
    await expect(panel.locator('.figure-cards')).toContainText('220,000');
    await screenshot(page, 'story-figures-phone');
    // The region list opens on a tap and pushes the data table and the source line down, never under its names.
    await page.locator('#regions summary').first().click();
    const bottomOf = (selector: string) =>
      page.locator(selector).evaluate((node) => node.getBoundingClientRect().bottom + window.scrollY);
    const topOf = (selector: string) =>
      page.locator(selector).evaluate((node) => node.getBoundingClientRect().top + window.scrollY);
    const lastName = await bottomOf('#regions .region-group:last-of-type li:last-child');
    expect(lastName).toBeLessThanOrEqual(await topOf('#data'));
    expect(lastName).toBeLessThanOrEqual(await topOf('.app-footer'));
  });
});
