import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readText, withoutText } from '../../src/export/png-text';
import { driver, type LngLat } from './driver';
import { ARTIFACTS_DIR, downloadExport, expect, openMap, test, waitForIdle } from './fixtures';
import { countColour, decodePng, pixelNear } from './pixels';

const DIST_DIR = process.env.DIST_DIR ?? 'dist';

async function legendColours(page: Page): Promise<string[]> {
  return page.locator('.legend-classes li').evaluateAll((items) => items.map((li) => li.getAttribute('data-colour')!));
}

/**
 * A picture, not a blank page: many colours, and not mostly one. Counted left of the figures column (from
 * 73 % of the width on A4, 76 % on a slide): that column is a white text panel with the time line, and with
 * it in the count the A4 Hangzhou page, whose map carries the Shaoxing popup card, is mostly white without
 * being blank (64 % white left of the column, measured; a blank page is 100 %).
 */
function expectNotBlank(png: Buffer): void {
  const image = decodePng(png);
  const counts = new Map<number, number>();
  let samples = 0;
  for (let pixel = 0; pixel < image.width * image.height; pixel += 7) {
    if (pixel % image.width > image.width * 0.72) continue;
    const i = pixel * 4;
    const key = (image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    samples++;
  }
  expect(counts.size).toBeGreaterThan(100);
  expect(Math.max(...counts.values()) / samples).toBeLessThan(0.7);
}

function expectLegendColours(png: Buffer, colours: string[], minimum: number): void {
  for (const colour of colours)
    expect(countColour(png, colour, 2), `pixels of legend colour ${colour}`).toBeGreaterThan(minimum);
}

/**
 * The page's figures panel is drawn right of the map: its numbers' ink (#0c2c84, the panel's figure colour,
 * not one of the map's classes) fills many pixels in the picture's right quarter and none elsewhere.
 */
function expectFiguresColumn(png: Buffer): void {
  const image = decodePng(png);
  const ink = [0x0c, 0x2c, 0x84];
  let right = 0;
  let left = 0;
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const i = (image.width * y + x) * 4;
      if (!pixelNear(image.data, i, ink, 2)) continue;
      if (x > image.width * 0.75) right++;
      else left++;
    }
  expect(right, 'pixels of the figures panel’s numbers').toBeGreaterThan(300);
  expect(left).toBeLessThan(right / 10);
}

/**
 * The panel's time line is drawn in the figures column, under the figures: its line and points' blue
 * (#225ea8, TIMELINE_INK.line, not the column's other ink) fills pixels right of the map, in the column's
 * lower part. `minimum` grows with the picture's area.
 */
function expectTimeline(png: Buffer, minimum: number): void {
  const image = decodePng(png);
  const ink = [0x22, 0x5e, 0xa8];
  let lower = 0;
  let upper = 0;
  for (let y = 0; y < image.height; y++)
    for (let x = Math.ceil(image.width * 0.78); x < image.width; x++) {
      const i = (image.width * y + x) * 4;
      if (!pixelNear(image.data, i, ink, 2)) continue;
      if (y > image.height * 0.4) lower++;
      else upper++;
    }
  expect(lower, 'pixels of the time line’s blue in the figures column').toBeGreaterThan(minimum);
  expect(upper).toBeLessThan(lower / 10);
}

function metadataOf(png: Buffer): Record<string, string> {
  return Object.fromEntries(readText(new Uint8Array(png)).map((e) => [e.keyword, e.text]));
}

function liveCentre(page: Page): Promise<LngLat> {
  return driver(page).get.center();
}

async function exportOnce(page: Page, name: string): Promise<Buffer> {
  return readFileSync(await downloadExport(page, name));
}

test('the export control downloads a finished PNG of the current view, with its metadata, the same twice', async ({
  page,
  watch,
}) => {
  test.setTimeout(180_000);
  await openMap(page, '?view=zhejiang&lang=en');
  const colours = await legendColours(page);
  await page.getByRole('button', { name: 'Export a snapshot of the map as an image' }).click();
  const panel = page.locator('#export-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByLabel('Size')).toBeFocused();
  await expect(page.getByLabel('Size')).toHaveValue('1920x1080');
  await expect(panel.locator('.export-output')).toHaveText('Output: 1920 × 1080 px');
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'export-panel.png') });

  const first = await exportOnce(page, 'export-page-1920x1080.png');
  const image = decodePng(first);
  expect([image.width, image.height]).toEqual([1920, 1080]);
  expectNotBlank(first);
  expectLegendColours(first, colours, 200);
  const meta = metadataOf(first);
  expect(meta['Title']).toBe("Zhejiang's 5G build-out");
  expect(meta['View']).toMatch(/^zhejiang \(Zhejiang\); centre/u);
  expect(meta['Metric']).toBe(
    'stations-per-10k-regions (5G base stations per 10,000 residents: Zhejiang against regional averages)',
  );
  expectFiguresColumn(first);
  expectTimeline(first, 500);
  expect(meta['Source']).toContain('Xinhua');
  expect(meta['Software']).toMatch(/^zhejiang-5g-map \d+\.\d+\.\d+$/u);
  expect(Date.now() - Date.parse(meta['Creation Time']!)).toBeLessThan(120_000);

  const second = await exportOnce(page, 'export-page-1920x1080-again.png');
  expect(metadataOf(second)['Creation Time']).not.toBe(meta['Creation Time']);
  const strip = (png: Buffer) => Buffer.from(withoutText(new Uint8Array(png), ['Creation Time']));
  expect(strip(second).equals(strip(first))).toBe(true);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offOriginRequests).toEqual([]);
});

test('the live map keeps working while a 4K export runs', async ({ page, watch }) => {
  test.setTimeout(180_000);
  await openMap(page, '?view=zhejiang&lang=en');
  await page.getByRole('button', { name: 'Export a snapshot of the map as an image' }).click();
  await page.getByLabel('Size').selectOption('3840x2160');
  await expect(page.locator('.export-output')).toHaveText('Output: 3840 × 2160 px');
  const before = await liveCentre(page);
  // Stages can pass faster than a poll on a busy machine: record every status text and the live
  // map's first move with their times, in the page, and check the order afterwards.
  await driver(page).when.recordingExport();
  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Download' }).click();
  // Pan the live map by dragging while the snapshot renders.
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 + 60, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await liveCentre(page)).lng).toBeGreaterThan(before.lng + 0.1);
  const download = await downloading;
  const log = await driver(page).get.exportLog();
  const at = (pattern: RegExp) => log.find((entry) => pattern.test(entry.text))?.t ?? Number.NaN;
  // Progress was shown before the file was saved; the live map moved (checked above, by its centre).
  expect(at(/Drawing the map/)).toBeLessThan(at(/^Saved/));
  expect(at(/#progress shown/)).toBeLessThan(at(/^Saved/));
  expect(at(/#live-map-moved/)).toBeGreaterThan(0);
  const path = join(ARTIFACTS_DIR, 'export-page-3840x2160.png');
  await download.saveAs(path);
  const png = readFileSync(path);
  const image = decodePng(png);
  expect([image.width, image.height]).toEqual([3840, 2160]);
  expectNotBlank(png);
  // The live map still answers after the export: a click on a city opens its popup. On a city, not on the
  // map's centre: with the wider Zhejiang framing the drag above leaves the centre over the sea off Ningbo.
  // Taizhou, not Jinhua: the whole drag (issue 23's fix) puts Jinhua under the legend.
  await waitForIdle(page);
  await page.locator('#export-panel').getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('#export-panel')).toBeHidden();
  await driver(page).when.clickCity('331000');
  await expect(page.locator('.maplibregl-popup')).toBeVisible();
  await expect(page.locator('.maplibregl-popup .region-popup')).toHaveAttribute('data-region', '331000');
  expect(await page.locator('.snapshot-map').count()).toBe(0);
  expect(watch.consoleErrors).toEqual([]);
});

test('an oversize or mistyped size says why and offers the largest size that works', async ({ page, watch }) => {
  await openMap(page, '?view=zhejiang&lang=en');
  const button = page.getByRole('button', { name: 'Export a snapshot of the map as an image' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Size')).toBeFocused();
  await page.getByLabel('Width (CSS px)').fill('150');
  await expect(page.getByLabel('Size')).toHaveValue('custom');
  await page.getByRole('button', { name: 'Download' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Width' })).toHaveText(
    'Width (CSS px) must be a whole number from 200 to 100000 (not "150").',
  );

  await page.getByLabel('Width (CSS px)').fill('20000');
  await page.getByLabel('Height (CSS px)').fill('20000');
  await page.getByLabel('Pixel ratio').fill('1');
  await expect(page.locator('.export-output')).toHaveText('Output: 20000 × 20000 px');
  await page.getByRole('button', { name: 'Download' }).click();
  const alert = page.locator('.export-error');
  await expect(alert).toContainText('20000 × 20000 px is too large');
  const text = (await alert.textContent()) ?? '';
  const [, w, h] = /largest size of this shape that works is (\d+) × (\d+) px/u.exec(text) ?? [];
  const maxTexture = await page.evaluate(
    () =>
      document
        .createElement('canvas')
        .getContext('webgl2')!
        .getParameter(WebGL2RenderingContext.MAX_TEXTURE_SIZE) as number,
  );
  expect(Number(w)).toBe(Number(h));
  expect(Number(w)).toBeGreaterThan(1000);
  expect(Number(w)).toBeLessThanOrEqual(maxTexture);
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'export-too-large.png') });
  const axe = await new AxeBuilder({ page })
    .include('.export-control')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.getByRole('button', { name: `Use ${w} × ${h} px` }).click();
  await expect(page.getByLabel('Width (CSS px)')).toHaveValue(String(w));
  await expect(page.locator('.export-output')).toHaveText(`Output: ${w} × ${h} px`);
  await expect(page.getByRole('button', { name: 'Download' })).toBeFocused();
  await expect(alert).toBeHidden();

  await page.keyboard.press('Escape');
  await expect(page.locator('#export-panel')).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(watch.consoleErrors).toEqual([]);
});

test('the panel speaks Chinese and exports the open popup as part of the picture', async ({ page, watch }) => {
  test.setTimeout(180_000);
  await openMap(page, '?view=shaoxing&lang=zh&popup=shaoxing');
  await page.getByRole('button', { name: '将地图快照导出为图片' }).click();
  await expect(page.getByLabel('包含已打开的弹窗')).toBeChecked();
  await page.getByLabel('尺寸').selectOption('a4-landscape');
  await expect(page.locator('.export-output')).toHaveText('输出：3508 × 2480 像素');
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'export-panel-zh.png') });
  const exportA4 = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByRole('button', { name: '下载' }).click(),
    ]);
    const path = join(ARTIFACTS_DIR, name);
    await download.saveAs(path);
    await expect(page.locator('.export-status')).toContainText('已保存');
    return readFileSync(path);
  };
  const withPopup = await exportA4('export-page-a4-zh-popup.png');
  const image = decodePng(withPopup);
  expect([image.width, image.height]).toEqual([3508, 2480]);
  const meta = metadataOf(withPopup);
  expect(meta['Title']).toBe('浙江5G建设');
  expect(meta['Source']).toContain('新华社');
  expect(meta['Source']).toContain('Zhejiang Province leads in 5G development');
  expectTimeline(withPopup, 2000);
  expect(readText(new Uint8Array(withPopup)).find((e) => e.keyword === 'Title')?.language).toBe('zh-CN');

  await page.getByLabel('包含已打开的弹窗').uncheck();
  const withoutPopup = await exportA4('export-page-a4-zh.png');
  // The popup's card is white: a picture with it has a card's worth more white pixels (hundreds of thousands at 300 dpi).
  expect(countColour(withPopup, '#ffffff', 0) - countColour(withoutPopup, '#ffffff', 0)).toBeGreaterThan(300_000);
  expect(watch.consoleErrors).toEqual([]);
});

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

function runCli(args: string[]): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      // As `npm run snapshot` runs it: from its bundle, without tsx's loader on every module (about 1 s a run).
      'node',
      ['scripts/snapshot-launch.mjs', '--dist', DIST_DIR, '--skip-build', ...args],
      { timeout: 300_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 });
      },
    );
  });
}

test('npm run snapshot writes 4K and A4-at-300-dpi PNGs with metadata, and rejects bad flags', async ({ page }) => {
  test.setTimeout(400_000);
  // The legend's colours, which the files must carry: the legend is the page's, on either map.
  await openMap(page, '?view=zhejiang&lang=en&renderer=vector');
  const colours = await legendColours(page);
  await page.close();
  const times: Record<string, number> = {};

  const fourK = join(ARTIFACTS_DIR, 'cli-zhejiang-3840x2160.png');
  const run4k = await runCli([
    '--view',
    'zhejiang',
    '--width',
    '1920',
    '--height',
    '1080',
    '--pixel-ratio',
    '2',
    '--lang',
    'en',
    '--out',
    fourK,
  ]);
  expect(run4k.stderr).toBe('');
  expect(run4k.code).toBe(0);
  times['3840x2160 (zhejiang, en)'] = run4k.seconds;
  const png4k = readFileSync(fourK);
  expect([decodePng(png4k).width, decodePng(png4k).height]).toEqual([3840, 2160]);
  expectNotBlank(png4k);
  expectLegendColours(png4k, colours, 500);
  expectFiguresColumn(png4k);
  expectTimeline(png4k, 2000);
  const meta4k = metadataOf(png4k);
  expect(meta4k['Title']).toBe("Zhejiang's 5G build-out");
  expect(meta4k['Source']).toContain('Xinhua');
  expect(meta4k['View']).toMatch(/^zhejiang /u);

  const a4 = join(ARTIFACTS_DIR, 'cli-a4.png');
  const runA4 = await runCli([
    '--view',
    'hangzhou,shaoxing',
    '--preset',
    'a4-landscape',
    '--lang',
    'zh',
    '--popup',
    'shaoxing',
    '--out',
    a4,
  ]);
  expect(runA4.code).toBe(0);
  times['A4 landscape 300 dpi, two views (hangzhou, shaoxing; zh, popup)'] = runA4.seconds;
  for (const view of ['hangzhou', 'shaoxing']) {
    const png = readFileSync(join(ARTIFACTS_DIR, `cli-a4-${view}.png`));
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([3508, 2480]);
    expectNotBlank(png);
    expectLegendColours(png, colours.slice(-2), 500);
    expectTimeline(png, 2000);
    const meta = metadataOf(png);
    expect(meta['Title']).toBe('浙江5G建设');
    expect(meta['View']).toMatch(new RegExp(`^${view} `, 'u'));
    expect(meta['Source']).toContain('新华社');
    expect(meta['Source']).toContain('Zhejiang Province leads in 5G development');
  }
  expect(runA4.stdout).toMatch(/wrote .*cli-a4-hangzhou\.png \(3508 × 2480 px/u);

  // The same view with the same options, twice: the same bytes apart from the creation time.
  const twice = join(ARTIFACTS_DIR, 'cli-twice.png');
  const runTwice = await runCli(['--view', 'china', '--width', '800', '--height', '600', '--out', twice]);
  expect(runTwice.code).toBe(0);
  expect(runTwice.stdout).toContain('cli-twice.png');
  const again = join(ARTIFACTS_DIR, 'cli-twice-again.png');
  expect((await runCli(['--view', 'china', '--width', '800', '--height', '600', '--out', again])).code).toBe(0);
  const strip = (file: string) => Buffer.from(withoutText(new Uint8Array(readFileSync(file)), ['Creation Time']));
  expect(strip(again).equals(strip(twice))).toBe(true);
  expect(metadataOf(readFileSync(again))['Creation Time']).not.toBe(metadataOf(readFileSync(twice))['Creation Time']);

  // Bad flags (a view, a pixel ratio) are refused before any browser starts: their one line is checked in
  // tests/unit/scripts/snapshot-args.test.ts, and its exit code 2 through the launcher in snapshot-launch.test.ts.
  const tooBig = await runCli([
    '--width',
    '20000',
    '--height',
    '20000',
    '--out',
    join(ARTIFACTS_DIR, 'cli-too-big.png'),
  ]);
  expect(tooBig.code).toBe(1);
  expect(tooBig.stderr).toMatch(
    /20000 × 20000 px is too large.*largest size of this shape that works is \d+ × \d+ px/u,
  );

  writeFileSync(join(ARTIFACTS_DIR, 'snapshot-times.json'), `${JSON.stringify(times, null, 2)}\n`);
  console.log('snapshot times (s):', times);
});
