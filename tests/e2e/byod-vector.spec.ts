/**
 * The reader's own files on the vector map (`?renderer=vector`): the same control, links, report, progress and
 * Cancel as on MapLibre (byod.spec.ts), drawn by the vector map's painters: loaded areas on its canvas, built-in
 * regions in its SVG. Colours are read from the screen and checked against the legend.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { gridFeatureCollection } from '../fixtures/grid';
import { driver } from './driver';
import { expect, openMap, screenshot, test } from './fixtures';
import { colourDistance, countColour, hexToRgb, pixelsAtWithout } from './pixels';

const FIXTURES = join(process.cwd(), 'tests', 'e2e', 'fixtures', 'byod');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const INPUT = '[data-control="load-data"]';
const VECTOR = '?renderer=vector&lang=en';
const HIGHLIGHT = '#d9480f';

interface LoadFile {
  name: string;
  buffer: Buffer;
}

async function pick(page: Page, files: LoadFile[]): Promise<void> {
  const before = await driver(page).get.byodBatches();
  await page.setInputFiles(
    INPUT,
    files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: f.buffer })),
  );
  await driver(page).when.byodBatchFinished(before);
}

/** A drop onto the vector map's picture, as a file manager sends it. */
async function drop(page: Page, f: LoadFile): Promise<void> {
  const before = await driver(page).get.byodBatches();
  await page.evaluate(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      const target = document.querySelector('.vector-map-surface')!;
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name: f.name, bytes: [...f.buffer] },
  );
  await driver(page).when.byodBatchFinished(before);
}

const statusBox = (page: Page) => page.locator('.byod-report [role="status"]');
const alertBox = (page: Page) => page.locator('.byod-report [role="alert"]');

/** The legend's colour for a value (null: no data). */
function legendColour(page: Page, value: number | null): Promise<string> {
  return page.locator('.legend-classes li').evaluateAll((items, v) => {
    const entry = items.find((li) =>
      v === null
        ? li.hasAttribute('data-no-data')
        : !li.hasAttribute('data-no-data') &&
          (!li.hasAttribute('data-from') || v >= Number(li.getAttribute('data-from'))) &&
          (!li.hasAttribute('data-to') || v < Number(li.getAttribute('data-to'))),
    );
    if (!entry) throw new Error(`no legend entry covers ${v}`);
    return entry.getAttribute('data-colour')!;
  }, value);
}

interface Spot {
  code: string;
  x: number;
  y: number;
}

/**
 * Each loaded area's name on the vector map: the centre of its name is its label point (names of loaded areas are
 * centred on it), in pixels from the map's top left; only points with the canvas on top (no control over them).
 */
async function namedSpots(page: Page): Promise<Spot[]> {
  return page.evaluate(() => {
    const map = document.querySelector('#map')!.getBoundingClientRect();
    const names = document.querySelector<SVGElement>('.vector-names')!;
    const spots = [...names.querySelectorAll<SVGTextElement>('text[data-kind="custom"]')].map((text) => {
      const box = text.getBoundingClientRect();
      return {
        code: text.dataset['code']!,
        x: Math.round(box.left + box.width / 2 - map.left),
        y: Math.round(box.top + box.height / 2 - map.top),
      };
    });
    names.style.visibility = 'hidden';
    const clear = spots.filter((s) =>
      document.elementFromPoint(map.left + s.x, map.top + s.y)?.classList.contains('vector-custom-highlight'),
    );
    names.style.visibility = '';
    return clear;
  });
}

/** The map's pixels at spots, with the names, the report and popups out of the way. */
async function pixelsUnderNames(page: Page, spots: readonly Spot[]): Promise<[number, number, number][]> {
  const hidden = page.locator('.vector-names, .byod-report, .load-data, .vector-popup');
  return pixelsAtWithout(hidden, page.locator('#map'), spots);
}

/** Every named loaded area is drawn in the legend's colour for its value; returns the spots and their pixels. */
async function expectAreasMatchLegend(page: Page, values: Record<string, number | null>, minSpots: number) {
  const spots = await namedSpots(page);
  expect(spots.length).toBeGreaterThanOrEqual(minSpots);
  const pixels = await pixelsUnderNames(page, spots);
  const mismatches = [];
  for (const [i, s] of spots.entries()) {
    const expected = await legendColour(page, values[s.code] ?? null);
    if (colourDistance(pixels[i]!, hexToRgb(expected)) > 3) mismatches.push({ ...s, expected, got: pixels[i] });
  }
  expect(mismatches).toEqual([]);
  return { spots, pixels };
}

/** Built-in regions on the vector map's SVG: each shaded path has the legend's colour for its value. */
async function expectRegionsMatchLegend(page: Page, level: 'province' | 'city', values: Record<string, number>) {
  for (const [code, value] of Object.entries(values))
    await expect(page.locator(`.vector-map path[data-level="${level}"][data-code="${code}"]`)).toHaveAttribute(
      'fill',
      await legendColour(page, value),
    );
}

const DISTRICT_VALUES = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`D${i}`, (i + 1) * 10]));
const DISTRICTS_CSV = `region,value,unit\n${Object.entries(DISTRICT_VALUES)
  .map(([code, value]) => `${code},${value},points`)
  .join('\n')}\n`;

test.describe('bring your own data on the vector map (?renderer=vector)', () => {
  test('?boundaries=&data= draws loaded districts in the legend colours, framed, with names, tooltip, popup and credits', async ({
    page,
    watch,
  }) => {
    await page.route('**/byod-fixtures/districts.geojson', (route) =>
      route.fulfill({ body: fixture('districts.geojson'), contentType: 'application/geo+json' }),
    );
    await page.route('**/byod-fixtures/districts.csv', (route) =>
      route.fulfill({ body: DISTRICTS_CSV, contentType: 'text/csv' }),
    );
    await openMap(
      page,
      `${VECTOR}&boundaries=byod-fixtures/districts.geojson&key=code&data=byod-fixtures/districts.csv`,
    );
    await driver(page).when.byodBatchFinished(0);
    await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
    await expect(statusBox(page)).toContainText('8 rows matched the loaded boundaries');
    await expect(page.locator('.legend-title')).toHaveText('Your data: districts');
    await expect(page.locator('.region-list button[data-region="D3"]')).toHaveText(/District 3/u);
    // The credits follow the files: the boundaries are the reader's.
    await expect(page.locator('.vector-map-attribution')).toContainText('districts.geojson');
    await page.locator('.byod-close').click();
    await screenshot(page, 'byod-vector-districts-link');

    // Framed: the eight districts fill the map's width or height, not a corner of China.
    const { spots } = await expectAreasMatchLegend(page, DISTRICT_VALUES, 6);
    const map = (await page.locator('#map').boundingBox())!;
    const xs = spots.map((s) => s.x);
    const ys = spots.map((s) => s.y);
    expect(
      Math.max((Math.max(...xs) - Math.min(...xs)) / map.width, (Math.max(...ys) - Math.min(...ys)) / map.height),
    ).toBeGreaterThan(0.4);

    // Hover: the tooltip names the district with its figure, and its outline is drawn in the highlight colour.
    const d3 = spots.find((s) => s.code === 'D3')!;
    await page.mouse.move(map.x + d3.x, map.y + d3.y + 12);
    await expect(page.locator('.vector-tooltip')).toContainText('District 3');
    await expect(page.locator('.vector-tooltip')).toContainText('40 points');
    expect(countColour(await page.locator('.vector-custom-highlight').screenshot(), HIGHLIGHT, 40)).toBeGreaterThan(50);
    await screenshot(page, 'byod-vector-districts-hover');
    // A click opens its popup; the region list opens another.
    await page.mouse.click(map.x + d3.x, map.y + d3.y + 12);
    await expect(page.locator('.region-popup[data-region="D3"]')).toContainText('40 points');
    await page.keyboard.press('Escape');
    await page.locator('.region-list button[data-region="D5"]').click();
    await expect(page.locator('.region-popup[data-region="D5"]')).toContainText('60 points');
    await screenshot(page, 'byod-vector-districts-popup');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOriginRequests).toEqual([]);
  });

  test('a table joined to the provinces (link) and one joined to the cities (picker) are drawn in the SVG', async ({
    page,
    watch,
  }) => {
    await page.route('**/byod-fixtures/provinces.json', (route) =>
      route.fulfill({ body: fixture('provinces.json'), contentType: 'application/json' }),
    );
    await openMap(page, `${VECTOR}&data=byod-fixtures/provinces.json`);
    await driver(page).when.byodBatchFinished(0);
    await expect(statusBox(page)).toContainText("4 rows matched China's provinces");
    await expect(page.locator('.legend-title')).toHaveText('Your data: Provincial test metric');
    await expect(page.locator('[data-view="china"]')).toHaveAttribute('aria-pressed', 'true');
    await expectRegionsMatchLegend(page, 'province', { '330000': 12, '320000': 9, '440000': 15, '310000': 7 });
    // A province the file does not name is no data, not zero.
    await expect(page.locator('.vector-map path[data-level="province"][data-code="110000"]')).toHaveAttribute(
      'fill',
      await legendColour(page, null),
    );
    await screenshot(page, 'byod-vector-provinces-link');

    await pick(page, [{ name: 'cities-q1.csv', buffer: fixture('cities-q1.csv') }]);
    await expect(statusBox(page)).toContainText("Showing cities-q1.csv: 11 rows matched Zhejiang's cities.");
    await expect(page.locator('.legend-title')).toHaveText('Your data: 5G base stations Q1 2024');
    await expectRegionsMatchLegend(page, 'city', { '330100': 41.2, '330200': 30.5, '330300': 28.1, '330400': 22 });
    await page.locator('.region-list button[data-region="330100"]').click();
    await expect(page.locator('.region-popup[data-region="330100"]')).toContainText('41.2 thousand stations');
    await expect(page.locator('.region-popup[data-region="330100"]')).toContainText('From cities-q1.csv, row 2');
    await screenshot(page, 'byod-vector-cities-picker');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('a refused file, dropped on the map, leaves the loaded areas drawn as they were', async ({ page, watch }) => {
    await openMap(page, `${VECTOR}&view=zhejiang`);
    await pick(page, [
      { name: 'districts.geojson', buffer: fixture('districts.geojson') },
      { name: 'd.csv', buffer: Buffer.from('region,value\nD1,5\nD2,7\nD5,9\n') },
    ]);
    await expect(statusBox(page)).toContainText('3 rows matched the loaded boundaries');
    const values = { D1: 5, D2: 7, D5: 9 };
    const before = await expectAreasMatchLegend(page, values, 6);
    const title = await page.locator('.legend-title').textContent();

    await drop(page, { name: 'projected.geojson', buffer: fixture('projected.geojson') });
    await expect(alertBox(page)).toContainText('The map still shows what it showed before.');
    await expect(alertBox(page)).toContainText('projected.geojson, feature 1 (code "D1")');
    await expect(page.locator('.legend-title')).toHaveText(title!);
    const after = await pixelsUnderNames(page, before.spots);
    expect(before.spots.filter((_, i) => colourDistance(after[i]!, before.pixels[i]!) > 3)).toEqual([]);
    await screenshot(page, 'byod-vector-refused');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('loaded areas are painted before their check for self-crossings ends, then in place after it (held there)', async ({
    page,
    watch,
  }) => {
    await openMap(page, VECTOR);
    // The check after the first drawing is held where the worker starts repairing (window.__byodHold).
    await driver(page).when.holdingByodAt('repairing');
    await pick(page, [{ name: 'self-intersection.geojson', buffer: fixture('self-intersection.geojson') }]);
    await expect(page.locator('html')).toHaveAttribute('data-byod-check', 'running');
    await expect(statusBox(page)).toContainText('Showing self-intersection.geojson: 2 areas.');
    await expect(statusBox(page)).toContainText('still checking for rings that cross themselves');
    await page.locator('.byod-close').click();
    // Both areas are painted at their names (the bowtie by the even-odd rule, at its quick label point).
    const labelOf = (code: string) =>
      page.evaluate((c) => window.__vectorMap!.regionsAt('custom').find((r) => r.code === c)?.label, code);
    expect(await labelOf('D2')).toEqual([120.35, 30.1]);
    const noData = hexToRgb(await legendColour(page, null));
    const spots = await namedSpots(page);
    expect(spots.map((s) => s.code).sort()).toEqual(['D1', 'D2']);
    for (const pixel of await pixelsUnderNames(page, spots)) expect(colourDistance(pixel, noData)).toBeLessThan(4);
    await screenshot(page, 'byod-vector-drawn-while-checking');
    // A popup open and the camera where the reader left it: both stay through the update.
    const d1 = spots.find((s) => s.code === 'D1')!;
    const map = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(map.x + d1.x, map.y + d1.y + 12);
    await expect.poll(() => page.evaluate(() => window.__vectorMap!.popupRegion)).toBe('D1');
    const camera = () => page.evaluate(() => JSON.stringify(window.__vectorMap!.currentCamera));
    const cameraBefore = await camera();

    await driver(page).when.releasingByod();
    await expect(page.locator('html')).toHaveAttribute('data-byod-check', 'done');
    await expect(statusBox(page).locator('[data-warning="selfCrossingRepaired"]')).toContainText(
      'split where it crosses, into 2 polygons',
    );
    await expect(statusBox(page)).not.toContainText('still checking');
    // The label point is now the pole of inaccessibility of one of the two repaired triangles.
    const label = (await labelOf('D2'))!;
    expect(label).not.toEqual([120.35, 30.1]);
    expect(label[1]).toBeCloseTo(30.1, 1);
    expect(await camera()).toBe(cameraBefore);
    expect(await page.evaluate(() => window.__vectorMap!.popupRegion)).toBe('D1');
    await screenshot(page, 'byod-vector-updated-after-check');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('a long load shows its progress (held at a stage), and Cancel leaves the vector map as it was', async ({
    page,
    watch,
  }) => {
    await driver(page).when.open(`${VECTOR}&view=zhejiang`);
    await pick(page, [
      { name: 'districts.geojson', buffer: fixture('districts.geojson') },
      { name: 'd.csv', buffer: Buffer.from('region,value\nDistrict 1,5\nD2,7\nD3,9\n') },
    ]);
    await expect(statusBox(page)).toContainText('3 rows matched the loaded boundaries');
    const values = { D1: 5, D2: 7, D3: 9 };
    const before = await expectAreasMatchLegend(page, values, 6);
    const listBefore = await page.locator('.region-list button[data-region]').count();

    const batchesBefore = await driver(page).get.byodBatches();
    // The load is held where the worker says it is checking (window.__byodHold), so the bar shows and Cancel lands
    // at that stage whatever the machine's speed: a small grid, not seconds of real work.
    await driver(page).when.holdingByodAt('checking');
    const grid = Buffer.from(JSON.stringify(gridFeatureCollection(200)));
    await page.setInputFiles(INPUT, [{ name: 'grid.geojson', mimeType: 'application/geo+json', buffer: grid }]);
    const progress = page.locator('.load-data .progress');
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(progress).toHaveAttribute('data-stage', 'checking');
    await expect(progress).toContainText(/Checking.*grid\.geojson/u);
    await screenshot(page, 'byod-vector-progress');
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await driver(page).when.byodBatchFinished(batchesBefore);
    await expect(page.locator('html')).toHaveAttribute('data-byod-state', 'cancelled');
    await expect(page.locator('.byod-report')).toContainText('Stopped loading grid.geojson. The map is as it was.');
    await expect(page.getByRole('progressbar')).toBeHidden();
    await expect(page.locator('.region-list button[data-region]')).toHaveCount(listBefore);
    const after = await pixelsUnderNames(page, before.spots);
    expect(before.spots.filter((_, i) => colourDistance(after[i]!, before.pixels[i]!) > 3)).toEqual([]);
    await screenshot(page, 'byod-vector-progress-cancelled');
    expect(watch.consoleErrors).toEqual([]);
  });
});
