import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { driver } from './driver';
import { expect, screenshot, test } from './fixtures';
import { PROVINCE_POPULATION } from '../fixtures/formats/build';
import { colourDistance, hexToRgb, pixelsAtWithout, sampleRegions } from './pixels';

/** Issue 24: each new format drawn once in a real browser, with the credits and the page following the data. */
const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'formats');
const INPUT = '[data-control="load-data"]';
const statusBox = (page: Page) => page.locator('.byod-report [role="status"]');
const alertBox = (page: Page) => page.locator('.byod-report [role="alert"]');
const attribution = (page: Page) => page.locator('.maplibregl-ctrl-attrib-inner');

async function pick(page: Page, name: string, buffer = readFileSync(join(FIXTURES, name))): Promise<void> {
  const before = await driver(page).get.byodBatches();
  await page.setInputFiles(INPUT, { name: name.split('/').pop()!, mimeType: 'application/octet-stream', buffer });
  await driver(page).when.byodBatchFinished(before);
}

/** Every sampled area has its legend colour: the file is drawn, not just reported. */
async function expectDrawn(page: Page, minShaded: number): Promise<void> {
  const samples = await sampleRegions(page, 40);
  const pixels = await pixelsAtWithout(
    page.locator('.byod-report'),
    page.locator('#map canvas.maplibregl-canvas'),
    samples,
  );
  const colours = await page.locator('.legend-classes li').evaluateAll((items) =>
    items.map((li) => ({
      noData: li.hasAttribute('data-no-data'),
      from: li.hasAttribute('data-from') ? Number(li.getAttribute('data-from')) : -Infinity,
      to: li.hasAttribute('data-to') ? Number(li.getAttribute('data-to')) : Infinity,
      colour: li.getAttribute('data-colour')!,
    })),
  );
  const wrong = samples.filter((s, i) => {
    const entry = colours.find((c) => (s.value === null ? c.noData : !c.noData && s.value >= c.from && s.value < c.to));
    return !entry || colourDistance(pixels[i]!, hexToRgb(entry.colour)) > 3;
  });
  expect(wrong).toEqual([]);
  expect(samples.filter((s) => s.value !== null).length).toBeGreaterThanOrEqual(minShaded);
}

// One page load draws four formats: generous limits for a shared, busy machine (readiness is still waited for).
const READY_MS = 90_000;
const openMap = (page: Page, query: string) => driver(page).when.open(query, READY_MS);

test.describe('formats people have', () => {
  test.describe.configure({ timeout: 240_000 });

  test('TopoJSON, a portal table, a zipped shapefile and an .xlsx are each drawn, with credits that follow', async ({
    page,
    watch,
  }) => {
    await openMap(page, '?view=zhejiang&lang=en');
    await expect(page.locator('[data-view="zhejiang"]')).toHaveAttribute('aria-pressed', 'true');

    await pick(page, 'china-provinces.topojson');
    await expect(statusBox(page)).toContainText('Showing china-provinces.topojson: 34 areas.');
    await expect(statusBox(page)).toContainText('Read as TopoJSON: objects "provinces"');
    await expect(page.locator('[data-view][aria-pressed="true"]')).toHaveCount(0);
    await expect(attribution(page)).toHaveText('Boundaries (loaded by you): china-provinces.topojson');
    await expect(page.locator('#figures .figures-not-yours')).toContainText('not about china-provinces.topojson');
    await expect(page.locator('#figures .figures-details')).not.toHaveAttribute('open');

    await pick(page, 'nbs-province-population.csv');
    await expect(statusBox(page)).toContainText('31 rows matched the loaded boundaries');
    await expect(statusBox(page)).toContainText('Read rows 5–35 as the table; 5 title and note lines were skipped');
    await expect(statusBox(page)).toContainText('Showing the column "2023年"');
    await expect(page.locator('.legend-title')).toHaveText('Your data: 年末常住人口 (2023年)');
    await expect(attribution(page)).toHaveText(
      'Boundaries (loaded by you): china-provinces.topojson · Figures (loaded by you): nbs-province-population.csv (国家统计局, 2023年)',
    );
    await expect(page.locator('#source-line')).toContainText('Figures (loaded by you): nbs-province-population.csv');
    await expect(page.locator('#source-line')).not.toContainText('ECharts');
    await expectDrawn(page, 20);
    await screenshot(page, 'formats-topojson-nbs');
    // The other year is in the metric list, and the legend names it once chosen.
    await page.locator('#metric-select').selectOption({ label: 'Your data: 年末常住人口 (2022年)' });
    await expect(page.locator('.legend-title')).toHaveText('Your data: 年末常住人口 (2022年)');
    await expectDrawn(page, 20);

    await pick(page, 'china-provinces-shp.zip');
    await expect(statusBox(page)).toContainText('Showing china-provinces-shp.zip: 34 areas.');
    await expect(statusBox(page)).toContainText(
      'Read as a shapefile: china_provinces.shp, attributes decoded as GBK, coordinate system GCS_WGS_1984.',
    );
    await expect(page.locator('.region-list button[data-region="330000"]').first()).toHaveText('浙江');

    await pick(page, 'province-population.xlsx');
    await expect(statusBox(page)).toContainText('31 rows matched the loaded boundaries');
    await expect(statusBox(page)).toContainText('Read the sheet "年末常住人口" (1 in the workbook)');
    await expect(page.locator('.legend-title')).toHaveText('Your data: 分省年末常住人口 (2023年)');
    await expect(page.locator('#metric-select option')).toContainText([
      'Your data: 分省年末常住人口 (2022年)',
      'Your data: 分省年末常住人口 (两年平均)',
    ]);
    await expectDrawn(page, 20);
    await screenshot(page, 'formats-shapefile-xlsx');

    // A projected shapefile is refused by its .prj, and the map keeps what it showed.
    await pick(page, 'bad/projected.zip');
    await expect(alertBox(page)).toContainText(
      'projected.zip: The file declares the coordinate system WGS_1984_Web_Mercator_Auxiliary_Sphere.',
    );
    await expect(page.locator('.legend-title')).toHaveText('Your data: 分省年末常住人口 (2023年)');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOriginRequests).toEqual([]);
  });

  test("a portal table on the built-in provinces replaces only the statistics' credit", async ({ page, watch }) => {
    await openMap(page, '?view=zhejiang&lang=zh');
    await pick(page, 'nbs-province-population.csv');
    await expect(page.locator('.legend-title')).toHaveText('您的数据：年末常住人口 (2023年)');
    await expect(page.locator('[data-view="china"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(attribution(page)).toContainText('边界：Apache ECharts');
    await expect(attribution(page)).toContainText(
      '数据（您载入的文件）：nbs-province-population.csv（国家统计局，2023年）',
    );
    await expect(attribution(page)).not.toContainText('统计：');
    await expectDrawn(page, 20);
    await screenshot(page, 'formats-nbs-provinces-zh');

    // Two columns name different regions: the report asks which, and the pick loads the file again.
    await pick(page, 'two-region-columns.csv');
    const picker = statusBox(page).locator('.byod-region-picker');
    await expect(picker).toContainText('数值属于哪一列');
    await expect(picker.locator('button[aria-pressed="true"]')).toHaveText('地区');
    // The report redrawn with the pick pressed is the signal that the file was read again.
    await picker.locator('button[data-region-column="对照地区"]').click();
    await expect(statusBox(page).locator('.byod-region-picker button[aria-pressed="true"]')).toHaveText('对照地区');
    await expect(statusBox(page)).toContainText('地区取自“对照地区”一列');

    // A workbook with a notes sheet and two tables: the first table is shown, the report offers the other.
    await pick(page, 'two-tables.xlsx');
    const sheets = statusBox(page).locator('.byod-sheet-picker');
    await expect(statusBox(page)).toContainText('读取工作表“分省”（工作簿共3个工作表）');
    await expect(sheets.locator('button[aria-pressed="true"]')).toHaveText('分省');
    await sheets.locator('button[data-sheet="浙江各市"]').click();
    await expect(statusBox(page).locator('.byod-sheet-picker button[aria-pressed="true"]')).toHaveText('浙江各市');
    await expect(statusBox(page)).toContainText('读取工作表“浙江各市”');
    await expect(page.locator('.legend-title')).toHaveText('您的数据：人口');
    // The sheet's census date, an Excel date cell, is the figures' credit as Excel shows it.
    await expect(attribution(page)).toContainText('two-tables.xlsx（2020-11-01）');
    await expectDrawn(page, 8);
    await screenshot(page, 'formats-xlsx-sheet-picker-zh');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the page’s thread stays free while the worker reads a large table', async ({ page, watch }) => {
    await openMap(page, '?view=china&lang=en');
    // 31 provinces × 300 columns of numbers (a stress input, not figures): every column is joined and offered.
    const years = Array.from({ length: 300 }, (_, i) => `col${i + 1}`);
    const csv = [
      `地区,${years.join(',')}`,
      ...PROVINCE_POPULATION.map(([, name, people]) => `${name},${years.map((_, i) => people + i).join(',')}`),
    ].join('\n');
    // The page's thread logs a tick whenever it is free (a 5 ms timer loop); the parse's start and end are
    // performance marks. Timers, not animation frames: on a busy machine SwiftShader's GPU process can hold back
    // frames for a second while the page's thread is idle (CI once counted 0 frames), and what the worker protects
    // is the page's thread.
    await page.evaluate(() => {
      const log: number[] = [];
      (window as unknown as { __ticks: number[] }).__ticks = log;
      const tick = () => {
        log.push(performance.now());
        setTimeout(tick, 5);
      };
      tick();
    });
    await pick(page, 'wide.csv', Buffer.from(csv));
    await expect(statusBox(page)).toContainText('Showing the column "col1"');
    const during = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? Number.NaN;
      const [start, end] = [at('byod-parse-start'), at('byod-parse-end')];
      const ticks = (window as unknown as { __ticks: number[] }).__ticks.filter((t) => t > start && t < end);
      const times = [start, ...ticks, end];
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      const longestGap = Math.max(...gaps);
      return { ticks: ticks.length, ms: end - start, longestGap, at: times[gaps.indexOf(longestGap)]! - start };
    });
    console.log(
      `page ticks during the parse: ${during.ticks} in ${Math.round(during.ms)} ms, longest gap ${Math.round(during.longestGap)} ms from ${Math.round(during.at)} ms`,
    );
    // On the page's thread the parse would be one task: no tick in it, one gap as long as the parse (measured on
    // the page: 1.3 s). In the worker the page stays free; a gap of 80% of the parse would mean it was not.
    expect(during.ms).toBeGreaterThan(0);
    expect(during.ticks).toBeGreaterThanOrEqual(3);
    expect(during.longestGap).toBeLessThan(during.ms * 0.8);
    expect(watch.consoleErrors).toEqual([]);
  });
});
