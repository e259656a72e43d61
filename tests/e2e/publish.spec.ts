import type { Server } from 'node:http';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import type { Page, Response } from '@playwright/test';
import { serveStatic } from '../../scripts/static-server';
import { ARTIFACTS_DIR, expect, screenshot, test } from './fixtures';

const DIST_DIR = process.env.DIST_DIR ?? 'dist';
const SUB_PATH = '/maps/zhejiang-5g/';

/** What a page asked the host for: every response, and every console error. */
interface HostLog {
  responses: { url: string; status: number; type: string; encoding: string }[];
  consoleErrors: string[];
}

function watchHost(page: Page): HostLog {
  const log: HostLog = { responses: [], consoleErrors: [] };
  page.on('response', (response: Response) => {
    if (response.url().startsWith('data:') || response.url().startsWith('blob:')) return;
    const headers = response.headers();
    log.responses.push({
      url: response.url(),
      status: response.status(),
      type: headers['content-type'] ?? '',
      encoding: headers['content-encoding'] ?? '',
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.consoleErrors.push(String(error)));
  return log;
}

async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => ['ready', 'error'].includes(document.documentElement.dataset['mapState'] ?? ''),
    undefined,
    { timeout: 60_000 },
  );
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'ready');
}

async function waitForIdleMap(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __app: { view: { map: { once(e: string, f: () => void): void } } } }).__app
          .view.map;
        map.once('idle', () => resolve());
        (map as unknown as { triggerRepaint(): void }).triggerRepaint();
      }),
  );
}

test.describe(`dist/ under a sub-path (${SUB_PATH}) on a plain static host`, () => {
  let server: Server;
  let url: string;
  test.beforeAll(async () => {
    // gzip on, only the MIME types an old nginx knows, no SPA fallback: see scripts/static-server.ts.
    ({ server, url } = await serveStatic(DIST_DIR, { mountPath: SUB_PATH }));
  });
  test.afterAll(() => server.close());

  test('draws every view, loads boundaries and MapLibre’s worker from the sub-path, as JavaScript', async ({
    page,
  }) => {
    test.slow();
    const log = watchHost(page);
    await page.goto(`${url}?lang=en`);
    await waitForMap(page);
    const origin = new URL(url).origin;
    const ours = (pattern: RegExp) => log.responses.filter((r) => pattern.test(new URL(r.url).pathname));
    // Everything came from the sub-path on this host, nothing from the site root or elsewhere.
    expect(log.responses.filter((r) => !r.url.startsWith(`${origin}${SUB_PATH}`))).toEqual([]);
    expect(log.responses.filter((r) => r.status >= 400)).toEqual([]);
    expect(ours(/\/geo\/(provinces|zhejiang-cities)\.json$/u).map((r) => r.status)).toEqual([200, 200]);
    const worker = ours(/maplibre-gl-worker-[\w-]+\.js$/u);
    expect(worker, 'MapLibre’s worker, named .js').toHaveLength(1);
    expect(worker[0]!.type).toMatch(/^application\/javascript/u);
    expect(ours(/\.mjs$/u)).toEqual([]);
    // Compression is on, as on a real host: the test covers what gzip does to the files.
    expect(ours(/\/assets\/index-[\w-]+\.js$/u)[0]?.encoding).toBe('gzip');

    for (const view of ['china', 'hangzhou', 'shaoxing', 'zhejiang']) {
      await page.locator(`[data-view="${view}"]`).click();
      await expect(page).toHaveURL(new RegExp(`^${url}[^/]*$`, 'u'));
      await waitForIdleMap(page);
      await screenshot(page, `subpath-${view}`);
    }
    // The address bar kept the sub-path, so a reload or a shared link comes back here.
    expect(new URL(page.url()).pathname).toBe(SUB_PATH);
    expect(log.consoleErrors).toEqual([]);
  });

  test('a deep link with a popup, an export and a file loaded through the boundary worker', async ({ page }) => {
    test.slow();
    const log = watchHost(page);
    await page.goto(`${url}index.html?view=hangzhou&popup=hangzhou&lang=en`);
    await waitForMap(page);
    await expect(page.locator('.story-popup')).toBeVisible();
    await expect(page.locator('.story-popup h2')).toHaveText('Hangzhou, capital of Zhejiang');
    await screenshot(page, 'subpath-popup');

    await page.locator('[data-control="export"]').click();
    await expect(page.locator('#export-panel')).toBeVisible();
    await page.getByLabel('Size').selectOption('1920x1080');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);
    const path = join(ARTIFACTS_DIR, 'subpath-export.png');
    await download.saveAs(path);
    const png = PNG.sync.read(readFileSync(path));
    expect([png.width, png.height]).toEqual([1920, 1080]);
    await page.keyboard.press('Escape');

    const before = Number((await page.locator('html').getAttribute('data-byod-batches')) ?? '0');
    await page.setInputFiles(
      '[data-control="load-data"]',
      join(process.cwd(), 'tests/e2e/fixtures/byod/districts.geojson'),
    );
    await page.waitForFunction((n) => Number(document.documentElement.dataset['byodBatches'] ?? '0') > n, before, {
      timeout: 90_000,
    });
    await expect(page.locator('.byod-report [role="status"]')).toBeVisible();
    const workers = log.responses.filter((r) =>
      /\/assets\/(boundary-worker|controller|export-panel|snapshot)-/u.test(r.url),
    );
    expect(workers.map((r) => new URL(r.url).pathname.startsWith(`${SUB_PATH}assets/`))).not.toContain(false);
    expect(workers.some((r) => /boundary-worker/u.test(r.url))).toBe(true);
    expect(log.responses.filter((r) => r.status >= 400)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  test('the kiosk plays its tour file from the sub-path', async ({ page }) => {
    test.slow();
    const log = watchHost(page);
    await page.goto(`${url}?kiosk=1&lang=en&tour-interval=1`);
    await waitForMap(page);
    await page.waitForFunction(() => Number(document.documentElement.dataset['kioskStep'] ?? '-1') >= 1, undefined, {
      timeout: 60_000,
    });
    const tour = log.responses.filter((r) => r.url.endsWith('/tours/default.json'));
    expect(tour.map((r) => [new URL(r.url).pathname, r.status])).toEqual([[`${SUB_PATH}tours/default.json`, 200]]);
    await screenshot(page, 'subpath-kiosk');
    expect(log.responses.filter((r) => r.status >= 400)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });
});
