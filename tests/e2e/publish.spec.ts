import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import type { Page, Response } from '@playwright/test';
import { serveStatic } from '../../scripts/static-server';
import { expectNoSeriousViolations } from './axe';
import { ARTIFACTS_DIR, downloadExport, expect, openMap, screenshot, test } from './fixtures';
import { withRenderer } from './driver';

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
  let server: Server | undefined;
  let url: string;
  test.beforeAll(async () => {
    // A real host can stand in: PUBLISH_URL=https://host/maps/zhejiang-5g/ (with dist/ uploaded there).
    if (process.env['PUBLISH_URL']) {
      url = process.env['PUBLISH_URL'];
      return;
    }
    // gzip on, only the MIME types an old nginx knows, no SPA fallback: see scripts/static-server.ts.
    ({ server, url } = await serveStatic(DIST_DIR, { mountPath: SUB_PATH }));
  });
  test.afterAll(() => server?.close());

  test('draws every view, loads boundaries and MapLibre’s worker from the sub-path, as JavaScript', async ({
    page,
  }) => {
    test.slow();
    const log = watchHost(page);
    await page.goto(`${url}${withRenderer('?lang=en')}`);
    await waitForMap(page);
    const origin = new URL(url).origin;
    const ours = (pattern: RegExp) => log.responses.filter((r) => pattern.test(new URL(r.url).pathname));
    // Everything came from the sub-path on this host, nothing from the site root or elsewhere.
    expect(log.responses.filter((r) => !r.url.startsWith(`${origin}${SUB_PATH}`))).toEqual([]);
    expect(log.responses.filter((r) => r.status >= 400)).toEqual([]);
    expect(ours(/\/geo\/(provinces|zhejiang-cities)\.json$/u).map((r) => r.status)).toEqual([200, 200]);
    const worker = ours(/maplibre-gl-worker-[\w-]+\.js$/u);
    expect(worker, 'MapLibre’s worker, named .js').toHaveLength(1);
    expect(worker[0]!.type).toMatch(/^(application|text)\/javascript/u);
    expect(ours(/\.mjs$/u)).toEqual([]);
    // Compression is on, as on a real host: the test covers what gzip does to the files.
    expect(ours(/\/assets\/index-[\w-]+\.js$/u)[0]?.encoding).toMatch(/^(gzip|br|zstd)$/u);

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
    await page.goto(`${url}index.html${withRenderer('?view=hangzhou&popup=hangzhou&lang=en')}`);
    await waitForMap(page);
    await expect(page.locator('.story-popup')).toBeVisible();
    await expect(page.locator('.story-popup h2')).toHaveText('Hangzhou, capital of Zhejiang');
    await screenshot(page, 'subpath-popup');

    await page.locator('[data-control="export"]').click();
    await expect(page.locator('#export-panel')).toBeVisible();
    await page.getByLabel('Size').selectOption('1920x1080');
    const path = await downloadExport(page, 'subpath-export.png');
    const png = PNG.sync.read(readFileSync(path));
    expect([png.width, png.height]).toEqual([1920, 1080]);

    // A PDF too: its fonts are part of the build (scripts/pdf-fonts.ts), fetched from the sub-path like the rest.
    await page.getByLabel('Size').selectOption('a4-landscape');
    await page.getByLabel('Format').selectOption('pdf');
    const pdf = await downloadExport(page, 'subpath-export.pdf');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841.89 x 595.28 pts \(A4\)/u);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    for (const expected of ['Hangzhou', '220,000']) expect(text).toContain(expected);
    // Chinese as text too (Hangzhou's story marker carries its English name only; its neighbours both names).
    expect(text).toMatch(/\p{Script=Han}{2}/u);
    expect(
      log.responses.filter((r) => /\.otf$/u.test(r.url)).map((r) => `${new URL(r.url).pathname} ${r.status}`),
    ).toEqual(
      expect.arrayContaining([
        `${SUB_PATH}fonts/NotoSansCJKsc-Regular.subset.otf 200`,
        `${SUB_PATH}fonts/NotoSansCJKsc-Bold.subset.otf 200`,
      ]),
    );
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
    await page.goto(`${url}${withRenderer('?kiosk=1&lang=en&tour-interval=1')}`);
    await waitForMap(page);
    await page.waitForFunction(() => Number(document.documentElement.dataset['kioskStep'] ?? '-1') >= 1, undefined, {
      timeout: 60_000,
    });
    const tour = log.responses.filter((r) => r.url.endsWith('/tours/default.json'));
    // Fetched by the page and again by the kiosk's service worker: each time from the sub-path.
    expect([...new Set(tour.map((r) => `${new URL(r.url).pathname} ${r.status}`))]).toEqual([
      `${SUB_PATH}tours/default.json 200`,
    ]);
    const origin = new URL(url).origin;
    expect(log.responses.filter((r) => !r.url.startsWith(`${origin}${SUB_PATH}`))).toEqual([]);
    await screenshot(page, 'subpath-kiosk');
    expect(log.responses.filter((r) => r.status >= 400)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });
});

test('Copy link copies the current view, metric, language and popup, says so, and the link reproduces them', async ({
  page,
  context,
  baseURL,
  watch,
}) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  // On the map this machine picks: a link copied there names no renderer, so it picks again where it is opened.
  await openMap(page, '?renderer=auto&lang=en');
  await page.locator('.lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('[data-view="shaoxing"]').click();
  await expect(page.locator('.story-popup')).toBeVisible();
  await page.locator('#metric-select').selectOption('residents-per-km2');
  const copy = page.getByRole('button', { name: '复制链接' });
  await copy.click();
  await expect(page.locator('.share-status[role="status"]')).toHaveText('已复制本视图的链接。');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(Object.fromEntries(new URL(link).searchParams)).toEqual({
    view: 'shaoxing',
    popup: 'shaoxing',
    metric: 'residents-per-km2',
    lang: 'zh',
  });
  await screenshot(page, 'copy-link');

  const other = await context.newPage();
  await other.goto(link);
  await other.waitForFunction(() => document.documentElement.dataset['mapState'] === 'ready', undefined, {
    timeout: 60_000,
  });
  await expect(other.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(other.locator('[data-view="shaoxing"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(other.locator('#metric-select')).toHaveValue('residents-per-km2');
  const heading = (await page.locator('.story-popup h2').textContent()) ?? '';
  await expect(other.locator('.story-popup h2')).toHaveText(heading);
  expect(watch.consoleErrors).toEqual([]);
});

test.describe('embedded in an article on another site', () => {
  const HEIGHT_MESSAGE = { type: 'zhejiang-5g-map:height', height: 3333 };
  // The app under test, as playwright.config.ts serves it.
  const MAP_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4318}`;
  // Two more sites on this machine (Chromium refuses a local frame in a page it takes for public): the article's
  // and a stranger's, each its own origin. The article's HTML is set by each test.
  const pages = new Map<string, string>();
  let articleServer: Server;
  let strangerServer: Server;
  let articleOrigin: string;
  let strangerOrigin: string;

  function htmlServer(): Promise<{ server: Server; origin: string }> {
    const server = createServer((request, response) => {
      const body = pages.get(`${request.headers.host}${request.url}`);
      if (body === undefined) return void response.writeHead(404).end();
      const csp = /\/article/u.test(request.url ?? '')
        ? `default-src 'none'; script-src ${MAP_ORIGIN}; frame-src *`
        : '';
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        ...(csp ? { 'content-security-policy': csp } : {}),
      });
      response.end(body);
    });
    return new Promise((resolve) =>
      server.listen(0, '127.0.0.1', () => {
        const address = server.address() as AddressInfo;
        resolve({ server, origin: `http://127.0.0.1:${address.port}` });
      }),
    );
  }

  test.beforeAll(async () => {
    ({ server: articleServer, origin: articleOrigin } = await htmlServer());
    ({ server: strangerServer, origin: strangerOrigin } = await htmlServer());
    // The article is reached by name, so that its origin differs from the stranger's on the same address.
    articleOrigin = articleOrigin.replace('127.0.0.1', 'localhost');
  });
  test.afterAll(() => {
    articleServer.close();
    strangerServer.close();
  });

  /**
   * The article: text, the snippet from the Export panel, more text, under a strict CSP of its own; a stranger's
   * frame that posts height messages; and a frame marked as a map whose address on the map's host redirects to
   * the stranger, who then posts as if it were the map. Every message the article receives is recorded.
   */
  async function openArticle(reader: Page, snippet: string, mapOrigin: string): Promise<void> {
    const poster = (extra: object) =>
      `<!doctype html><html><body><p>stranger</p><script>
parent.postMessage(${JSON.stringify(HEIGHT_MESSAGE)}, '*');
parent.postMessage(${JSON.stringify({ ...HEIGHT_MESSAGE, ...extra })}, '*');
</script></body></html>`;
    pages.set(
      `${new URL(articleOrigin).host}/article.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head>
<body><h1>Zhejiang’s 5G network</h1><p>Text before the map.</p>
${snippet}
<p>Text after the map.</p>
<iframe id="stranger" src="${strangerOrigin}/" title="Another site" width="300" height="60"></iframe>
<iframe id="poser" src="${mapOrigin}/moved-map/" title="A moved map" width="300" height="60" data-zhejiang-5g-map></iframe>
</body></html>`,
    );
    pages.set(`${new URL(strangerOrigin).host}/`, poster({ height: 2222 }));
    pages.set(`${new URL(strangerOrigin).host}/poser.html`, poster({ height: 4444, view: 'china' }));
    await reader.route(`${mapOrigin}/moved-map/`, (route) =>
      route.fulfill({ status: 302, headers: { location: `${strangerOrigin}/poser.html` } }),
    );
    await reader.addInitScript(() => {
      const seen: { origin: string; data: unknown }[] = [];
      (window as unknown as { __messages: typeof seen }).__messages = seen;
      window.addEventListener('message', (event) => seen.push({ origin: event.origin, data: event.data }));
    });
    await reader.goto(`${articleOrigin}/article.html`);
  }

  const messages = (reader: Page) =>
    reader.evaluate(() => (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages);

  async function snippetFromExportPanel(page: Page, query: string): Promise<string> {
    await openMap(page, query);
    await page.locator('[data-control="export"]').click();
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const code = page.getByLabel('Embed code for a web page');
    await expect(code).toBeFocused();
    return code.inputValue();
  }

  for (const [width, height] of [
    [600, 450],
    [375, 500],
  ] as const) {
    test(`at ${width}×${height} the map fills its frame with no scroll bar, from the height it reports`, async ({
      page,
      browser,
      baseURL,
    }) => {
      test.slow();
      const mapOrigin = new URL(baseURL!).origin;
      const snippet = await snippetFromExportPanel(page, '?view=hangzhou&popup=hangzhou&lang=en');
      expect(snippet).toContain('loading="lazy"');
      expect(snippet).toContain('title="Interactive map: Zhejiang\'s 5G build-out"');

      const reader = await browser.newPage({ viewport: { width, height } });
      const errors: string[] = [];
      reader.on('pageerror', (error) => errors.push(String(error)));
      await openArticle(reader, snippet.replace('height="560"', `height="${height - 60}"`), mapOrigin);
      const frameElement = reader.locator('iframe[data-zhejiang-5g-map]').first();
      await frameElement.scrollIntoViewIfNeeded();
      const frame = reader.frameLocator('iframe[data-zhejiang-5g-map] >> nth=0');
      await expect(frame.locator('html')).toHaveAttribute('data-map-state', 'ready', { timeout: 60_000 });
      await expect(frame.locator('html')).toHaveClass(/embed/u);
      // The header's title is dropped from view (kept for screen readers, at 1 px).
      expect((await frame.locator('.app-header .titles').boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
      await expect(frame.locator('.story-popup')).toBeVisible();
      await expect(frame.locator('.maplibregl-ctrl-attrib')).toContainText('ECharts');
      await expect(frame.locator('#source-line')).toContainText('Xinhua');

      // The height message arrives from the map's origin with a height and nothing else, and the frame takes
      // the last one reported.
      await expect
        .poll(async () => {
          const fromMap = (await messages(reader)).filter((m) => m.origin === mapOrigin);
          const last = fromMap.at(-1)?.data as { height?: number } | undefined;
          const applied = await frameElement.evaluate((f: HTMLIFrameElement) => f.style.height);
          return last ? applied === `${last.height}px` : false;
        })
        .toBe(true);
      const fromMap = (await messages(reader)).filter((m) => m.origin === mapOrigin);
      for (const m of fromMap) expect(Object.keys(m.data as object).sort()).toEqual(['height', 'type']);
      const inner = await frame.locator('html').evaluate((html) => ({
        scrollHeight: html.scrollHeight,
        clientHeight: html.clientHeight,
        scrollWidth: html.scrollWidth,
        clientWidth: html.clientWidth,
      }));
      expect(inner.scrollHeight, 'no vertical scroll bar inside the frame').toBeLessThanOrEqual(inner.clientHeight);
      expect(inner.scrollWidth, 'no horizontal scroll bar inside the frame').toBeLessThanOrEqual(inner.clientWidth);
      // Once the frame has its reported height, the popup is placed again clear of every control and the legend.
      await expect
        .poll(() =>
          frame.locator('html').evaluate(() => {
            const popup = document.querySelector('.story-popup-container')!.getBoundingClientRect();
            return [...document.querySelectorAll('#map .maplibregl-ctrl')]
              .map((node) => ({ name: node.className, r: node.getBoundingClientRect() }))
              .filter(({ r }) => r.width > 0 && r.height > 0)
              .filter(
                ({ r }) => popup.left < r.right && r.left < popup.right && popup.top < r.bottom && r.top < popup.bottom,
              )
              .map(({ name }) => name);
          }),
        )
        .toEqual([]);
      await reader.screenshot({ path: join(ARTIFACTS_DIR, `embed-${width}x${height}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await reader.close();
    });
  }

  test('messages from another origin, or not from the map’s own frame, are ignored', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow();
    const mapOrigin = new URL(baseURL!).origin;
    const snippet = await snippetFromExportPanel(page, '?lang=en');
    const reader = await browser.newPage({ viewport: { width: 600, height: 700 } });
    await openArticle(reader, snippet, mapOrigin);
    const map = reader.locator('iframe[data-zhejiang-5g-map]').first();
    const poser = reader.locator('#poser');
    // The article posts to itself too.
    await reader.evaluate((message) => window.postMessage(message, '*'), HEIGHT_MESSAGE);
    // Four messages from the stranger (two from its own frame, two from the marked frame it was redirected to),
    // one from the article, and at least one from the map.
    await expect
      .poll(async () => {
        const seen = await messages(reader);
        return [
          seen.filter((m) => m.origin === strangerOrigin).length,
          seen.filter((m) => m.origin === articleOrigin).length,
          seen.some((m) => m.origin === mapOrigin),
        ];
      })
      .toEqual([4, 1, true]);
    const heights = async () => ({
      map: await map.evaluate((f: HTMLIFrameElement) => f.style.height),
      poser: await poser.evaluate((f: HTMLIFrameElement) => f.style.height),
    });
    await expect.poll(async () => (await heights()).map).toMatch(/^\d+px$/u);
    const { map: mapHeight, poser: poserHeight } = await heights();
    expect(['3333px', '2222px', '4444px']).not.toContain(mapHeight);
    expect(poserHeight, 'a marked frame now showing another origin is not resized').toBe('');
    await reader.close();
  });

  test('axe: embed mode has no serious findings, with the figures fold', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 500 });
    await openMap(page, '?embed=1&lang=en');
    await expectNoSeriousViolations(page, 'embed mode');
    const fold = page.locator('[data-control="figures-fold"]');
    if ((await page.locator('#figures').count()) > 0) {
      await expect(page.locator('#figures')).toBeHidden();
      await fold.click();
      await expect(fold).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('#figures')).toBeVisible();
      await expectNoSeriousViolations(page, 'embed mode with figures open');
    } else {
      await expect(fold).toHaveCount(0);
    }
    await screenshot(page, 'embed-axe');
  });

  test('embed mode starts on the vector map too (auto on a machine without a GPU): the figures fold to one line', async ({
    page,
    watch,
  }) => {
    await page.setViewportSize({ width: 375, height: 500 });
    await openMap(page, '?embed=1&lang=en&renderer=vector');
    await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
    await expect(page.locator('html')).toHaveClass(/embed/u);
    // Before the fix only MapLibre's path started embed mode: here the panel stood open, with no fold.
    const fold = page.locator('[data-control="figures-fold"]');
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#figures')).toBeHidden();
    await fold.click();
    await expect(page.locator('#figures')).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('embed mode fills frames from 320×400 to 1200×800 without a scroll bar, even without embed.js', async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 320, height: 400 });
    await openMap(page, '?embed=1&lang=zh&view=hangzhou');
    for (const [width, height] of [
      [320, 400],
      [375, 500],
      [600, 450],
      [800, 600],
      [1200, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await expect
        .poll(() =>
          page.evaluate(() =>
            Math.round(document.querySelector('#map canvas.maplibregl-canvas')!.getBoundingClientRect().width),
          ),
        )
        .toBe(await page.locator('#map').evaluate((m) => Math.round(m.getBoundingClientRect().width)));
      const box = await page.evaluate(() => {
        const html = document.documentElement;
        const map = document.getElementById('map')!.getBoundingClientRect();
        return { scroll: [html.scrollWidth, html.scrollHeight], client: [html.clientWidth, html.clientHeight], map };
      });
      expect(box.scroll, `${width}×${height}: no scroll bar`).toEqual(box.client);
      expect(box.map.height, `${width}×${height}: the map keeps most of the frame`).toBeGreaterThan(height * 0.45);
      // Zoom, Export and Copy link (top right) keep clear of the scale bar and attribution (bottom right).
      const overlaps = await page.evaluate(() => {
        const boxes = (corner: string) =>
          [...document.querySelectorAll(`.maplibregl-ctrl-${corner} > .maplibregl-ctrl`)]
            .map((node) => ({ name: node.className, r: node.getBoundingClientRect() }))
            .filter(({ r }) => r.width > 0 && r.height > 0);
        const bottom = [...boxes('bottom-right'), ...boxes('bottom-left')];
        return boxes('top-right').flatMap((a) =>
          bottom
            .filter(({ r }) => a.r.left < r.right && r.left < a.r.right && a.r.top < r.bottom && r.top < a.r.bottom)
            .map((b) => `${a.name} × ${b.name}`),
        );
      });
      expect(overlaps, `${width}×${height}: controls overlap`).toEqual([]);
      await screenshot(page, `embed-fit-${width}x${height}`);
    }
  });
});
