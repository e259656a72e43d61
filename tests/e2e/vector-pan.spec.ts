import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { Camera } from '../../src/vector/camera';
import { expect, openMap, screenshot, test } from './fixtures';

// A pan on the vector map moves what is drawn and writes the names again (src/vector/overscan.ts, paint-surface.ts):
// what the reader sees where the pan rests must be what a full drawing at that camera shows, names and all.

/** A drag by (dx, dy) in `steps` moves, as a reader makes it, until the map rests (no preview transform left). */
async function drag(page: Page, dx: number, dy: number, steps = 12, beforePress = async () => {}): Promise<void> {
  const box = (await page.locator('#map').boundingBox())!;
  // From the sea east of Zhejiang: no region under the pointer, so none is outlined over the pictures compared.
  const [x, y] = [box.x + box.width * 0.92, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await beforePress();
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(x + (dx * i) / steps, y + (dy * i) / steps);
  await page.mouse.up();
  await expect(page.locator('.vector-map-surface')).not.toHaveAttribute('data-preview');
}

/** The map's picture as the reader sees it (no controls, notice or credits over it) and its names' SVG. */
async function picture(page: Page): Promise<{ png: Buffer; names: string; camera: Camera }> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('.vector-map > :not(.vector-map-surface)'))
      element.style.visibility = 'hidden';
  });
  await expect(page.locator('.vector-map-surface .emphasis')).toHaveCount(0);
  const names = await page.evaluate(() => document.querySelector('.vector-names')!.outerHTML);
  const camera = await page.evaluate(() => window.__vectorMap!.currentCamera);
  return { png: await page.locator('#map').screenshot(), names, camera };
}

/** The same page drawn from scratch at `camera`: a full drawing (repaint), not a move of an earlier one. */
async function freshPicture(page: Page, query: string, camera: Camera) {
  await openMap(page, query);
  await page.evaluate((camera) => {
    const map = window.__vectorMap as unknown as { motion: { camera: Camera }; repaint(): void };
    map.motion.camera = camera;
    map.repaint();
  }, camera);
  await page.waitForFunction((zoom) => {
    const layer = document.querySelector<SVGSVGElement>('.vector-layer');
    return layer && window.__vectorMap!.currentCamera.zoom === zoom && document.querySelector('.vector-names');
  }, camera.zoom);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return picture(page);
}

/** Pixels that differ between two screens of the same size (any channel by more than `tolerance`). */
function differingPixels(a: Buffer, b: Buffer, tolerance = 0): number {
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)];
  expect([pa.width, pa.height]).toEqual([pb.width, pb.height]);
  let count = 0;
  for (let i = 0; i < pa.data.length; i += 4)
    for (let c = 0; c < 3; c++)
      if (Math.abs(pa.data[i + c]! - pb.data[i + c]!) > tolerance) {
        count++;
        break;
      }
  return count;
}

/**
 * The same picture but for antialiasing at edges: a moved drawing's coordinates are the fresh one's shifted by whole
 * pixels, stored by the browser as 32-bit floats that differ by ~1e-4 px, which tips a few edge pixels' coverage
 * (seen: 0.16% of the pixels, by at most 28 of 255). A strip left blank, a region missing or a shift by a pixel
 * changes many pixels by far more.
 */
function expectSamePicture(moved: Buffer, fresh: Buffer): void {
  const { width, height } = PNG.sync.read(moved);
  expect(differingPixels(moved, fresh, 48), 'pixels unlike a full drawing at the same camera').toBe(0);
  expect(differingPixels(moved, fresh), 'edge pixels antialiased otherwise').toBeLessThan(width * height * 0.005);
}

const QUERY = '?renderer=vector&lang=en&view=zhejiang';

test.describe('a pan on the vector map (?renderer=vector)', () => {
  test('moves the drawn map without drawing it again, and shows what a full drawing at the new camera shows', async ({
    page,
    watch: _watch,
  }) => {
    test.setTimeout(180_000);
    await openMap(page, QUERY);
    const names = page.locator('.vector-names text');
    const namesBefore = await names.evaluateAll((texts) => texts.map((t) => t.getAttribute('data-code')));
    // About the bench's drag (240 px left, 120 px up), within the margin drawn around the viewport; by 242 and 122, not
    // whole periods of the regional hatch (6 px), whose stripes must then lie as a fresh drawing lays them. The drawing
    // is marked once the pointer is over the map (hovering a city there outlines it, which may draw the map again).
    await drag(page, -242, -122, 20, () =>
      page.evaluate(() => {
        (document.querySelector('.vector-layer') as unknown as { __beforePan: boolean }).__beforePan = true;
      }),
    );
    const kept = await page.evaluate(
      () => (document.querySelector('.vector-layer') as unknown as { __beforePan?: boolean }).__beforePan === true,
    );
    expect(kept, 'the drawn map is moved, not drawn again').toBe(true);
    const panned = await picture(page);
    await screenshot(page, 'vector-pan-panned');
    // Names that came into view are written, those that left are gone: culled and placed at the new camera.
    const namesAfter = await names.evaluateAll((texts) => texts.map((t) => t.getAttribute('data-code')));
    expect(namesAfter).not.toEqual(namesBefore);

    const fresh = await page.context().newPage();
    const drawn = await freshPicture(fresh, QUERY, panned.camera);
    await screenshot(fresh, 'vector-pan-fresh');
    expect(drawn.camera).toEqual(panned.camera);
    expect(panned.names, 'the names, placed and culled at the new camera').toBe(drawn.names);
    expectSamePicture(panned.png, drawn.png);
    await fresh.close();

    // A pan past the margin draws the map again, at the camera where it rests.
    await drag(page, 700, 500);
    const redrawn = await page.evaluate(
      () => (document.querySelector('.vector-layer') as unknown as { __beforePan?: boolean }).__beforePan !== true,
    );
    expect(redrawn, 'a pan past the margin draws again').toBe(true);
    const far = await picture(page);
    const freshFar = await page.context().newPage();
    const drawnFar = await freshPicture(freshFar, QUERY, far.camera);
    expect(far.names).toBe(drawnFar.names);
    expectSamePicture(far.png, drawnFar.png);
    await freshFar.close();
  });
});
