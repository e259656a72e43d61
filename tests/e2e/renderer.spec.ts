import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { driver } from './driver';
import { expect, openMap, screenshot, test } from './fixtures';

// `?renderer=` (src/state/renderer.ts): each map is asked for by name, so both are covered whatever `auto`
// picks on the machine that runs the suite.

test.describe('?renderer=maplibre', () => {
  test('starts MapLibre, says whether WebGL runs in software, and draws a moving map at a lower pixel ratio there', async ({
    page,
    watch,
  }) => {
    await openMap(page, '?renderer=maplibre&lang=en');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-map-renderer', 'maplibre');
    await expect(page.locator('#map canvas.maplibregl-canvas')).toHaveCount(1);
    // The page's own probe against the browser's own answer.
    const software = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2')!;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return /swiftshader|llvmpipe|software/iu.test(String(gl.getParameter(info!.UNMASKED_RENDERER_WEBGL)));
    });
    await expect(html).toHaveAttribute('data-software-webgl', String(software));
    await expect(page).toHaveURL(/renderer=maplibre/);

    // Record the pixel ratio on every move of a drag, then the ratio once the map rests again.
    const resting = await page.evaluate(() => {
      const map = window.__app!.view.map;
      const log: number[] = [];
      (window as unknown as { __ratios: number[] }).__ratios = log;
      map.on('move', () => log.push(map.getPixelRatio()));
      return map.getPixelRatio();
    });
    const centreBefore = await page.evaluate(() => window.__app!.view.map.getCenter().toArray());
    await driver(page).when.draggingMap(10, [-12, -6]);
    // Until the map rests (inertia included): the pixel-ratio switch's own resize fires a moveend mid-drag.
    await page.waitForFunction(() => !window.__app!.view.map.isMoving());
    const { ratios, after, centreAfter } = await page.evaluate(() => ({
      ratios: (window as unknown as { __ratios: number[] }).__ratios,
      after: window.__app!.view.map.getPixelRatio(),
      centreAfter: window.__app!.view.map.getCenter().toArray(),
    }));
    expect(centreAfter[0]).toBeGreaterThan(centreBefore[0]);
    expect(ratios.length).toBeGreaterThan(0);
    expect(Math.min(...ratios)).toBe(software ? resting / 2 : resting);
    expect(after).toBe(resting);
    expect(watch.consoleErrors).toEqual([]);
  });
});

test.describe('?renderer=vector', () => {
  test('is the vector map without MapLibre: it pans by drag, zooms by wheel, and a click still opens a popup', async ({
    page,
    watch,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openMap(page, '?renderer=vector&metric=residents-per-km2&lang=en');
    await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
    await expect(page.locator('.vector-map-notice')).toHaveText(/vector map.*renderer=maplibre/u);
    await expect(page.locator('#map canvas.maplibregl-canvas')).toHaveCount(0);
    // MapLibre never starts: no worker, no map, and its code is not even fetched (only `auto` prefetches it, once its
    // vector map is drawn: src/map/prefetch-maplibre.ts).
    expect(requests.filter((url) => /worker/u.test(url))).toEqual([]);
    expect(requests.filter((url) => /\/maplibre-(?!css)[^/]*\.js$/u.test(url))).toEqual([]);
    await expect(page.locator('.maplibregl-map')).toHaveCount(0);

    const label = page.locator('.vector-map text[data-code="330200"]');
    const before = (await label.boundingBox())!;
    await driver(page).when.draggingMap(10, [-12, -6], { release: false });
    // While dragged the drawn map is only moved (a CSS transform); on release it is drawn again in place.
    await expect(page.locator('.vector-map-surface .vector-layer:first-child')).toHaveAttribute(
      'style',
      /translate\(-120px, -60px\)/u,
    );
    await page.mouse.up();
    await expect(page.locator('.vector-map-surface .vector-layer:first-child')).not.toHaveAttribute(
      'style',
      /translate/u,
    );
    const dragged = (await label.boundingBox())!;
    expect(dragged.x - before.x).toBeCloseTo(-120, 0);
    expect(dragged.y - before.y).toBeCloseTo(-60, 0);
    // No popup from the press that was a drag.
    await expect(page.locator('.vector-popup')).toHaveCount(0);
    await screenshot(page, 'renderer-vector-dragged');

    // Two wheel notches toward the viewer: one level closer, Shaoxing twice as wide.
    const shaoxing = page.locator('.vector-map path[data-code="330600"]');
    const narrow = (await shaoxing.boundingBox())!;
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -100);
    await page.mouse.wheel(0, -100);
    await expect
      .poll(async () => (await shaoxing.boundingBox())!.width / narrow.width, { timeout: 10_000 })
      .toBeCloseTo(2, 1);
    await screenshot(page, 'renderer-vector-zoomed');

    // A click (no drag) on Ningbo opens its popup, as before any gesture.
    const at = (await label.boundingBox())!;
    await page.mouse.click(at.x + at.width / 2, at.y + at.height + 6);
    await expect(page.locator('.region-popup[data-region="330200"]')).toBeVisible();

    // MapLibre's zoom buttons, on this map too: one level out, Shaoxing half as wide.
    const zoomed = (await shaoxing.boundingBox())!;
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect
      .poll(async () => (await shaoxing.boundingBox())!.width / zoomed.width, { timeout: 10_000 })
      .toBeCloseTo(0.5, 1);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOriginRequests).toEqual([]);
  });
});

/** Whether this browser's WebGL2 runs in software, by the browser's own answer (not the page's probe). */
function webglInSoftware(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    return gl === null || /swiftshader|llvmpipe|software/iu.test(name);
  });
}

test.describe('?renderer=auto', () => {
  test('starts the vector map where WebGL2 runs in software, MapLibre on a GPU, and says which on the page', async ({
    page,
    watch,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // When the page asks its WebGL question: the probe's worker is made then (src/map/webgl-probe.ts).
    await page.addInitScript(() => {
      const PageWorker = window.Worker;
      window.Worker = class extends PageWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          if (String(url).includes('webgl-probe')) performance.mark('webgl-question');
          super(url, options);
        }
      };
      // When the map is shown (data-map-state="ready"); the map-ready mark waits for paint, which a busy machine
      // may hold back longer than the question's wait.
      new MutationObserver((_, observer) => {
        if (document.documentElement.dataset['mapState'] !== 'ready') return;
        performance.mark('map-shown');
        observer.disconnect();
        // The document, not <html>: an init script runs before <html> exists.
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
    });
    await openMap(page, '?renderer=auto&lang=en');
    const software = await webglInSoftware(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-map-renderer', software ? 'vector' : 'maplibre');
    await expect(html).toHaveAttribute('data-software-webgl', String(software));
    if (software) {
      // The faster map here is not a fallback: no notice over it, and MapLibre's worker never starts.
      await expect(html).toHaveAttribute('data-map-hand-over', 'kept');
      await expect(page.locator('.vector-map-notice')).toBeHidden();
      expect(requests.filter((url) => /maplibre-gl-worker/u.test(url))).toEqual([]);
      // The question was asked off the page's thread (src/map/webgl-probe.ts), once the vector map was shown:
      // not while the page loads, nor in the reader's first drag (src/ui/when-quiet.ts).
      expect(requests.filter((url) => /webgl-probe-worker/u.test(url))).toHaveLength(1);
      const [question, shown] = await page.evaluate(() =>
        ['webgl-question', 'map-shown'].map((name) => performance.getEntriesByName(name)[0]?.startTime),
      );
      expect(question).toBeGreaterThan(shown!);
      await expect(page.locator('.maplibregl-map')).toHaveCount(0);
    }
    expect(watch.consoleErrors).toEqual([]);
  });
});

test.describe('?renderer=auto hands over', () => {
  test('the vector map shows at once; a late "gpu" answer hands over to MapLibre with what the reader did', async ({
    page,
    watch,
  }) => {
    const { given, when } = driver(page);
    await given.webglAnswerHeld();
    await when.open('?renderer=auto&metric=residents-per-km2&lang=en');
    const html = page.locator('html');
    // Ready before any answer: the vector map, the default view's map-ready without the WebGL question.
    await expect(html).toHaveAttribute('data-map-renderer', 'vector');
    await expect(html).toHaveAttribute('data-map-hand-over', 'waiting');
    await expect(html).not.toHaveAttribute('data-software-webgl', /./u);
    await expect(page.locator('.vector-map-notice')).toBeHidden();
    await expect(page.locator('.maplibregl-map')).toHaveCount(0);

    // The reader drags the map, then opens Ningbo's popup.
    const label = page.locator('.vector-map text[data-code="330200"]');
    await driver(page).when.draggingMap(10, [-12, -6]);
    await expect(page.locator('.vector-map-surface .vector-layer:first-child')).not.toHaveAttribute(
      'style',
      /translate/u,
    );
    const at = (await label.boundingBox())!;
    await page.mouse.click(at.x + at.width / 2, at.y + at.height + 6);
    await expect(page.locator('.region-popup[data-region="330200"]')).toBeVisible();
    const camera = await page.evaluate(() => window.__vectorMap!.currentCamera);

    await when.answeringWebgl('gpu');
    await expect(html).toHaveAttribute('data-map-hand-over', 'done', { timeout: 60_000 });
    await expect(html).toHaveAttribute('data-map-renderer', 'maplibre');
    // MapLibre's own finding about this browser (forced 'gpu' here, yet SwiftShader on a machine without one).
    await expect(html).toHaveAttribute('data-software-webgl', String(await webglInSoftware(page)));
    // The vector map is gone, controls, hooks and all; each control is on the page once, on MapLibre's map.
    await expect(page.locator('.vector-map')).toHaveCount(0);
    expect(await page.evaluate(() => window.__vectorMap)).toBeUndefined();
    await expect(page.locator('#map canvas.maplibregl-canvas')).toHaveCount(1);
    // Inert while it loaded under the vector map (hand-over.ts), in reach again now.
    await expect(page.locator('#map [inert]')).toHaveCount(0);
    for (const control of ['.legend', '.share-control', '.export-control', '.load-data'])
      await expect(page.locator(`#map ${control}`), control).toHaveCount(1);
    // The camera the reader left, the popup they opened, the metric of the link.
    const shown = await page.evaluate(() => {
      const map = window.__app!.view.map;
      return { center: map.getCenter().toArray(), zoom: map.getZoom(), metric: window.__app!.store.state.metric };
    });
    expect(shown.center[0]).toBeCloseTo(camera.center[0], 4);
    expect(shown.center[1]).toBeCloseTo(camera.center[1], 4);
    expect(shown.zoom).toBeCloseTo(camera.zoom, 4);
    expect(shown.metric).toBe('residents-per-km2');
    await expect(page.locator('.maplibregl-popup .region-popup[data-region="330200"]')).toBeVisible();
    await expect(page.locator('.vector-popup')).toHaveCount(0);
    expect(await page.evaluate(() => performance.getEntriesByName('maplibre-ready').length)).toBe(1);
    await screenshot(page, 'renderer-auto-handed-over');

    // The store now drives MapLibre alone: a language switch reaches it, and nothing of the vector map answers.
    await page.getByRole('button', { name: /中文/u }).click();
    await expect(html).toHaveAttribute('lang', /zh/u);
    await expect(page.locator('.maplibregl-popup .region-popup[data-region="330200"]')).toHaveAttribute(
      'lang',
      'zh-CN',
    );
    await page.keyboard.press('Escape');
    await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOriginRequests).toEqual([]);
  });

  test('a late "software" answer keeps the vector map, and MapLibre never starts', async ({ page, watch }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const { given, when } = driver(page);
    await given.webglAnswerHeld();
    await when.open('?renderer=auto&lang=en');
    await when.answeringWebgl('software');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-map-hand-over', 'kept');
    await expect(html).toHaveAttribute('data-map-renderer', 'vector');
    await expect(html).toHaveAttribute('data-software-webgl', 'true');
    await expect(page.locator('.vector-map-notice')).toBeHidden();
    expect(requests.filter((url) => /maplibre-gl-worker/u.test(url))).toEqual([]);
    await expect(page.locator('.maplibregl-map')).toHaveCount(0);
    // Its code was fetched all the same, once the vector map was drawn, for a 'gpu' answer (prefetch-maplibre.ts).
    await expect.poll(() => requests.some((url) => /\/maplibre-(?!css)[^/]*\.js$/u.test(url))).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
  });

  test("a reader's file loaded before a late 'gpu' answer keeps the vector map it was read for", async ({
    page,
    watch,
  }) => {
    const { given, when, get } = driver(page);
    await given.webglAnswerHeld();
    await when.open('?renderer=auto&lang=en');
    const before = await get.byodBatches();
    await page.setInputFiles(
      '[data-control="load-data"]',
      join(process.cwd(), 'tests/e2e/fixtures/byod/cities-q1.csv'),
    );
    await when.byodBatchFinished(before);
    await when.answeringWebgl('gpu');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-map-hand-over', 'kept');
    await expect(html).toHaveAttribute('data-map-renderer', 'vector');
    await expect(page.locator('.vector-map')).toHaveCount(1);
    await expect(page.locator('.maplibregl-map')).toHaveCount(0);
    await expect(page.locator('.vector-map-notice')).toBeHidden();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('a late "none" answer keeps the vector map and says there is no WebGL2', async ({ page }) => {
    const { given, when } = driver(page);
    await given.webglAnswerHeld();
    await when.open('?renderer=auto&lang=en');
    await when.answeringWebgl('none');
    await expect(page.locator('html')).toHaveAttribute('data-map-hand-over', 'kept');
    await expect(page.locator('html')).toHaveAttribute('data-software-webgl', 'false');
    await expect(page.locator('.vector-map-notice')).toBeVisible();
  });
});

test('?renderer=auto still chooses when its worker cannot load: the page asks itself', async ({ page }) => {
  await page.route(/webgl-probe-worker/u, (route) => route.abort());
  await openMap(page, '?renderer=auto&lang=en');
  const software = await webglInSoftware(page);
  await expect(page.locator('html')).toHaveAttribute('data-map-renderer', software ? 'vector' : 'maplibre');
  await expect(page.locator('html')).toHaveAttribute('data-software-webgl', String(software));
});

test('an unknown ?renderer= says so and gives the default map', async ({ page }) => {
  await openMap(page, '?renderer=webgpu&lang=en');
  await expect(page.locator('#notices')).toContainText('renderer="webgpu" is not known; showing auto instead');
  const software = await webglInSoftware(page);
  await expect(page.locator('html')).toHaveAttribute('data-map-renderer', software ? 'vector' : 'maplibre');
});

test('both live maps show the same scale bar, above their credits, for the same view', async ({ page, watch }) => {
  const scaleOn = async (query: string) => {
    await openMap(page, query);
    const scale = page.locator('#map .maplibregl-ctrl-scale');
    await expect(scale).toBeVisible();
    return scale.evaluate((node) => {
      const credits = node.parentElement!.querySelector('.maplibregl-ctrl-attrib, .vector-map-attribution')!;
      const [box, below] = [node.getBoundingClientRect(), credits.getBoundingClientRect()];
      return { text: node.textContent, width: Math.round(box.width), above: box.bottom <= below.top + 1 };
    });
  };
  for (const view of ['china', 'hangzhou']) {
    const maplibre = await scaleOn(`?renderer=maplibre&view=${view}&lang=zh`);
    const vector = await scaleOn(`?renderer=vector&view=${view}&lang=zh`);
    expect(vector.text, view).toBe(maplibre.text);
    expect(
      Math.abs(vector.width - maplibre.width),
      `${view}: ${vector.width} px against ${maplibre.width}`,
    ).toBeLessThanOrEqual(1);
    expect(maplibre.above && vector.above, `${view}: the scale bar above the credits`).toBe(true);
  }
  await screenshot(page, 'vector-scale-bar-hangzhou');
  expect(watch.consoleErrors).toEqual([]);
});
