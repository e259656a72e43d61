import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

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

test('the view is drawn as SVG before MapLibre’s code arrives, then MapLibre takes over at the same place', async ({
  page,
  watch,
}) => {
  const release = await holdMaplibre(page);
  await page.goto('./?view=zhejiang&metric=residents-per-km2&lang=en');
  const layer = page.locator('#map .first-paint');
  await expect(layer.locator('path[data-level="city"]')).toHaveCount(11);
  await expect(layer).toHaveAttribute('aria-hidden', 'true');
  expect(await layer.evaluate((node) => (node as HTMLElement).inert)).toBe(true);
  // At this size the Zhejiang view is past the city-label zoom (5.5): city names and the neighbours' names, as on
  // MapLibre's map; Zhejiang's own name gives way to its cities'.
  await expect(layer.locator('text[data-code="330200"]')).toContainText('Ningbo');
  await expect(layer.locator('text[data-code="320000"]')).toContainText('Jiangsu');
  await expect(layer.locator('text[data-code="330000"]')).toHaveCount(0);
  expect(await page.evaluate(() => performance.getEntriesByName('map-first-paint').length)).toBe(1);
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'loading');
  await screenshot(page, 'first-paint-svg');
  const svgBox = await layer.evaluate((node) => {
    const box = (node.querySelector('path[data-code="330100"]') as SVGGraphicsElement).getBBox();
    return { x0: box.x, y0: box.y, x1: box.x + box.width, y1: box.y + box.height };
  });
  const svgFill = await layer.locator('path[data-code="330100"]').getAttribute('fill');

  release();
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'ready', { timeout: 60_000 });
  const maplibre = await page.evaluate(() => {
    const app = (
      window as unknown as {
        __app: {
          view: {
            map: { project(p: number[]): { x: number; y: number } };
            currentChoropleth: { values: Map<string, { value: number }>; scale: (v: number) => string };
          };
          boundaries: { cities: { features: { properties: { code: string }; geometry: { coordinates: unknown } }[] } };
        };
      }
    ).__app;
    const hangzhou = app.boundaries.cities.features.find((f) => f.properties.code === '330100')!;
    const points = (JSON.stringify(hangzhou.geometry.coordinates).match(/-?[\d.]+,-?[\d.]+/gu) ?? []).map((pair) =>
      app.view.map.project(pair.split(',').map(Number)),
    );
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const { values, scale } = app.view.currentChoropleth;
    return {
      box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
      fill: scale(values.get('330100')!.value),
      marks: ['map-first-paint', 'map-load', 'map-ready'].map(
        (name) => performance.getEntriesByName(name)[0]!.startTime,
      ),
    };
  });
  // Same camera: Hangzhou's outline within a pixel of where MapLibre draws it; same colour from the one scale.
  for (const side of ['x0', 'y0', 'x1', 'y1'] as (keyof Box)[])
    expect(Math.abs(svgBox[side] - maplibre.box[side]), side).toBeLessThanOrEqual(1);
  expect(svgFill).toBe(maplibre.fill);
  const [firstPaint, load, ready] = maplibre.marks as [number, number, number];
  expect(firstPaint).toBeLessThan(load);
  expect(load).toBeLessThanOrEqual(ready);
  // The SVG fades out over MapLibre's map and goes.
  await expect(layer).toHaveCount(0);
  await screenshot(page, 'first-paint-handed-over');
  expect(watch.consoleErrors).toEqual([]);
});

test('the first paint hatches the same regional averages as MapLibre’s map', async ({ page, watch }) => {
  const release = await holdMaplibre(page);
  // The default metric: provinces without a figure of their own show their statistical region's average.
  await page.goto('./?view=china&lang=en');
  const layer = page.locator('#map .first-paint');
  await expect(layer.locator('path[data-level="province"]')).toHaveCount(34);
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'loading');
  const hatched = await layer
    .locator('g.hatch path')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-hatch')!).sort());
  expect(hatched.length).toBeGreaterThan(0);
  expect(await layer.locator('pattern#regional-hatch').count()).toBe(1);
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
