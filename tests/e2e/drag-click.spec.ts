import type { Page } from '@playwright/test';
import { driver, type ScreenPoint } from './driver';
import { expect, screenshot, test } from './fixtures';

// Issue 23: on software WebGL the release of a drag opened a region popup as if it were a click, because the
// pixel-ratio switch at the drag's start (src/map/software-webgl.ts) stopped MapLibre's gestures. A drag must
// move the map and open nothing; a click must still open its region's popup. Both maps, asked for by name.

const JINHUA = '330700';

/** Where a city's name sits on the page, on either map. */
async function cityPoint(page: Page, renderer: 'maplibre' | 'vector', code: string): Promise<ScreenPoint> {
  if (renderer === 'maplibre') {
    const box = (await page.locator('#map').boundingBox())!;
    const point = await driver(page).get.cityLabelPoint(code);
    return { x: box.x + point.x, y: box.y + point.y };
  }
  // Just under the name, on the city's own shape (the vector map's names are SVG text).
  const label = (await page.locator(`.vector-map text[data-code="${code}"]`).boundingBox())!;
  return { x: label.x + label.width / 2, y: label.y + label.height + 6 };
}

/** The map has stopped moving and drawn where it stopped (MapLibre's inertia included). */
async function rested(page: Page, renderer: 'maplibre' | 'vector'): Promise<void> {
  if (renderer === 'vector') {
    await expect(page.locator('.vector-map-surface .vector-layer:first-child')).not.toHaveAttribute(
      'style',
      /translate/u,
    );
    return;
  }
  await page.waitForFunction(() => !window.__app!.view.map.isMoving());
  await driver(page).when.idle();
}

for (const renderer of ['maplibre', 'vector'] as const) {
  test(`?renderer=${renderer}: a drag moves the map and opens no popup; a click opens its region's`, async ({
    page,
    watch,
  }) => {
    test.setTimeout(120_000);
    await driver(page).when.open(`?renderer=${renderer}&view=zhejiang&lang=en`);
    await expect(page.locator('html')).toHaveAttribute('data-map-renderer', renderer);
    // Every region popup the page shows, in order (one popup's content may be put in place more than once): a
    // popup from the drag would come before the click's.
    await page.evaluate(() => {
      const opened: string[] = [];
      (window as unknown as { __popups: string[] }).__popups = opened;
      new MutationObserver(() => {
        const code = document.querySelector('.region-popup')?.getAttribute('data-region');
        if (code && opened.at(-1) !== code) opened.push(code);
      }).observe(document.body, { childList: true, subtree: true });
    });
    const popups = () => page.evaluate(() => (window as unknown as { __popups: string[] }).__popups);

    // Press on Jinhua and drag 200 px east in steps, to release over the map (west and south-west of Jinhua lie the
    // legend and the layer switch). Had the drag stopped after its first step (the bug), the release would be
    // over another city and taken for a click there.
    const start = await cityPoint(page, renderer, JINHUA);
    const end = { x: start.x + 200, y: start.y };
    expect(
      await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('#map .legend, #map .maplibregl-ctrl'),
        end,
      ),
    ).toBeNull();
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(end.x, end.y, { steps: 20 });
    await page.mouse.up();
    await rested(page, renderer);
    const moved = await cityPoint(page, renderer, JINHUA);
    // The map followed the whole drag (MapLibre's inertia may carry it further).
    expect(moved.x - start.x).toBeGreaterThan(190);
    expect(Math.abs(moved.y - start.y)).toBeLessThan(10);
    await expect(page.locator('.region-popup')).toHaveCount(0);

    // A click, no drag, on Jinhua where it now is: its popup, and the only one the page put up.
    const jinhua = await cityPoint(page, renderer, JINHUA);
    await page.mouse.click(jinhua.x, jinhua.y);
    await expect(page.locator(`.region-popup[data-region="${JINHUA}"]`)).toBeVisible();
    expect(await popups()).toEqual([JINHUA]);
    await screenshot(page, `drag-then-click-${renderer}`);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOriginRequests).toEqual([]);
  });
}
