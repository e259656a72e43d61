import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { withRenderer } from './driver';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Holds MapLibre's code back until `release()` is called, so the first paint is checked with no race with a fast download. */
async function holdMaplibre(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/maplibre-[\w-]+\.js$/u, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** What the first paint drew: the renderer's SVG (`window.__firstPaint`), parsed. */
async function firstPaintSvg(page: Page) {
  return page.evaluate(() => {
    const markup = window.__firstPaint?.svg;
    if (!markup) throw new Error('window.__firstPaint is not set');
    const svg = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const pathBox = (code: string): Box => {
      // The renderer writes absolute M/L/Z commands only: its numbers are x, y pairs.
      const numbers = (svg.querySelector(`path[data-code="${code}"]`)?.getAttribute('d') ?? '')
        .match(/-?[\d.]+/gu)!
        .map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
    };
    // Where the first paint wrote names (with their halo) or drew a story marker: a generous box around each.
    const labelBoxes = [...svg.querySelectorAll('text tspan')].map((span) => {
      const size = Number(span.getAttribute('font-size') ?? span.parentElement!.getAttribute('font-size'));
      const [x, y] = [Number(span.getAttribute('x')), Number(span.getAttribute('y'))];
      const halfWidth = ((span.textContent ?? '').length * size) / 2 + 6;
      return { x0: x - halfWidth, x1: x + halfWidth, y0: y - size - 4, y1: y + 6 };
    });
    // The story markers, drawn where the live map puts its HTML markers (over MapLibre's canvas, not in it).
    const n = (el: Element, name: string) => Number(el.getAttribute(name));
    for (const mark of svg.querySelectorAll('g.story-mark rect, g.story-mark circle')) {
      const [x, y, w, h] =
        mark.tagName === 'rect'
          ? [n(mark, 'x'), n(mark, 'y'), n(mark, 'width'), n(mark, 'height')]
          : [n(mark, 'cx') - n(mark, 'r'), n(mark, 'cy') - n(mark, 'r'), 2 * n(mark, 'r'), 2 * n(mark, 'r')];
      labelBoxes.push({ x0: x - 4, y0: y - 4, x1: x + w + 4, y1: y + h + 4 });
    }
    const text = (code: string) => svg.querySelector(`text[data-code="${code}"]`)?.textContent ?? null;
    return {
      cityPaths: svg.querySelectorAll('path[data-level="city"]').length,
      provincePaths: svg.querySelectorAll('path[data-level="province"]').length,
      hatched: [...svg.querySelectorAll('g.hatch path')].map((p) => p.getAttribute('data-hatch')!).sort(),
      patterns: svg.querySelectorAll('pattern#regional-hatch').length,
      labelBoxes,
      labels: { wenzhou: text('330300'), jiangsu: text('320000'), zhejiang: text('330000') },
      // Drawn as a city only where cities are shaded (not in the China view).
      hangzhou: svg.querySelector('path[data-code="330100"]')
        ? { box: pathBox('330100'), fill: svg.querySelector('path[data-code="330100"]')!.getAttribute('fill') }
        : null,
    };
  });
}

test('the view is drawn before MapLibre’s code arrives, then MapLibre takes over at the same place', async ({
  page,
  watch,
}) => {
  const release = await holdMaplibre(page);
  await page.goto(`./${withRenderer('?view=zhejiang&metric=residents-per-km2&lang=en')}`);
  const layer = page.locator('#map .first-paint');
  // The renderer's SVG, drawn once as a bitmap (src/vector/first-paint.ts says why).
  await expect(layer.locator('canvas')).toHaveCount(1);
  await expect(layer).toHaveAttribute('aria-hidden', 'true');
  expect(await layer.evaluate((node) => (node as HTMLElement).inert)).toBe(true);
  const svg = await firstPaintSvg(page);
  expect(svg.cityPaths).toBe(11);
  // At this size the Zhejiang view is past the city-label zoom (5): city names and the neighbours' names, as on
  // MapLibre's map; Zhejiang's own name gives way to its cities'. (Ningbo's point is under Shaoxing's marker here:
  // tests/e2e/label-parity.spec.ts names where its name goes.)
  expect(svg.labels.wenzhou).toContain('Wenzhou');
  expect(svg.labels.jiangsu).toContain('Jiangsu');
  expect(svg.labels.zhejiang).toBeNull();
  expect(await page.evaluate(() => performance.getEntriesByName('map-first-paint').length)).toBe(1);
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'loading');
  await screenshot(page, 'first-paint-svg');
  // Kept to read its pixels once MapLibre can say where each city is.
  await layer.locator('canvas').evaluate((canvas) => {
    (window as unknown as { firstPaintCanvas: HTMLCanvasElement }).firstPaintCanvas = canvas as HTMLCanvasElement;
  });

  release();
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'ready', { timeout: 60_000 });
  const maplibre = await page.evaluate((labelBoxes) => {
    const app = (
      window as unknown as {
        __app: {
          view: {
            map: {
              project(p: number[]): { x: number; y: number };
              queryRenderedFeatures(
                p: [number, number] | [number, number][],
                o: { layers: string[] },
              ): { properties: { code: string } }[];
            };
            currentChoropleth: { values: Map<string, { value: number }>; scale: (v: number) => string };
          };
          boundaries: { cities: { features: { properties: { code: string }; geometry: { coordinates: unknown } }[] } };
        };
      }
    ).__app;
    const { values, scale } = app.view.currentChoropleth;
    const hangzhou = app.boundaries.cities.features.find((f) => f.properties.code === '330100')!;
    const points = (JSON.stringify(hangzhou.geometry.coordinates).match(/-?[\d.]+,-?[\d.]+/gu) ?? []).map((pair) =>
      app.view.map.project(pair.split(',').map(Number)),
    );
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    // Every 12th pixel of the map away from labels and borders: where MapLibre draws a city, the first paint's
    // pixel should have that city's colour.
    const canvas = (window as unknown as { firstPaintCanvas: HTMLCanvasElement }).firstPaintCanvas;
    const ratio = canvas.width / Number.parseFloat(canvas.style.width);
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const hex = (i: number) => `#${[0, 1, 2].map((k) => pixels[i + k]!.toString(16).padStart(2, '0')).join('')}`;
    const around = (x: number, y: number, r: number, layers: string[]) => {
      const box: [number, number][] = [
        [x - r, y - r],
        [x + r, y + r],
      ];
      return app.view.map.queryRenderedFeatures(box, { layers });
    };
    const cityAt = (point: [number, number]) =>
      app.view.map.queryRenderedFeatures(point, { layers: ['city-fill'] })[0]?.properties.code;
    const byCity = new Map<string, { samples: number; same: number }>();
    for (let y = 6; y < canvas.height / ratio; y += 12)
      for (let x = 6; x < canvas.width / ratio; x += 12) {
        const code = cityAt([x, y]);
        if (!code) continue;
        if (labelBoxes.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1)) continue;
        if (around(x, y, 14, ['city-label', 'province-label', 'zhejiang-label']).length) continue;
        // Away from borders and coasts: the city's own colour 4 px around the point, in every direction.
        const corners = [
          [x - 4, y - 4],
          [x + 4, y - 4],
          [x - 4, y + 4],
          [x + 4, y + 4],
        ] as [number, number][];
        if (corners.some((c) => cityAt(c) !== code)) continue;
        const tally = byCity.get(code) ?? { samples: 0, same: 0 };
        tally.samples++;
        const i = (Math.round(y * ratio) * canvas.width + Math.round(x * ratio)) * 4;
        if (hex(i) === scale(values.get(code)!.value)) tally.same++;
        byCity.set(code, tally);
      }
    return {
      box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
      fill: scale(values.get('330100')!.value),
      byCity: [...byCity],
      marks: ['map-first-paint', 'map-load', 'map-ready'].map(
        (name) => performance.getEntriesByName(name)[0]!.startTime,
      ),
    };
  }, svg.labelBoxes);
  // Same camera: Hangzhou's outline within a pixel of where MapLibre draws it; same colour from the one scale.
  for (const side of ['x0', 'y0', 'x1', 'y1'] as (keyof Box)[])
    expect(Math.abs(svg.hangzhou!.box[side] - maplibre.box[side]), side).toBeLessThanOrEqual(1);
  expect(svg.hangzhou!.fill).toBe(maplibre.fill);
  // What the reader saw: each city's colour where MapLibre then draws that city (labels and borders aside).
  expect(maplibre.byCity.length, JSON.stringify(maplibre.byCity)).toBeGreaterThanOrEqual(6);
  const samples = maplibre.byCity.reduce((sum, [, t]) => sum + t.samples, 0);
  const same = maplibre.byCity.reduce((sum, [, t]) => sum + t.same, 0);
  expect(same / samples, JSON.stringify(maplibre.byCity)).toBeGreaterThan(0.97);
  for (const [code, tally] of maplibre.byCity) expect(tally.same, code).toBeGreaterThan(0);
  const [firstPaint, load, ready] = maplibre.marks as [number, number, number];
  expect(firstPaint).toBeLessThan(load);
  expect(load).toBeLessThanOrEqual(ready);
  // The first paint fades out over MapLibre's map and goes.
  await expect(layer).toHaveCount(0);
  await screenshot(page, 'first-paint-handed-over');
  expect(watch.consoleErrors).toEqual([]);
});

test('the first paint hatches the same regional averages as MapLibre’s map', async ({ page, watch }) => {
  const release = await holdMaplibre(page);
  // The default metric: provinces without a figure of their own show their statistical region's average.
  await page.goto(`./${withRenderer('?view=china&lang=en')}`);
  const layer = page.locator('#map .first-paint');
  await expect(layer.locator('canvas')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'loading');
  const { provincePaths, hatched, patterns } = await firstPaintSvg(page);
  expect(provincePaths).toBe(34);
  expect(hatched.length).toBeGreaterThan(0);
  expect(patterns).toBe(1);
  await screenshot(page, 'first-paint-hatch');

  release();
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'ready', { timeout: 60_000 });
  const regional = await page.evaluate(() => {
    const app = (
      window as unknown as {
        __app: {
          view: { map: { getFeatureState(f: { source: string; id: string }): { regional?: boolean } } };
          boundaries: { provinces: { features: { properties: { code: string } }[] } };
        };
      }
    ).__app;
    return app.boundaries.provinces.features
      .map((f) => f.properties.code)
      .filter((code) => app.view.map.getFeatureState({ source: 'provinces', id: code }).regional === true)
      .sort();
  });
  expect(hatched).toEqual(regional);
  await expect(layer).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
});
