import { test, expect, openMap, waitForIdle } from './fixtures';
import { compareWithBaseline } from './visual-compare';
import { driver } from './driver';
import type { Page } from '@playwright/test';

/**
 * Visual regression against tests/visual/baselines/. Refresh after an intended change with
 *   UPDATE_SNAPSHOTS=1 DIST_DIR=… E2E_PORT=… npx playwright test tests/e2e/visual.spec.ts --workers=1
 * and look at every baseline before committing it. Deterministic screens: system fonts (fonts-noto-cjk),
 * device scale factor 1, fixed viewports, no camera animation (reduced motion), no label fade (fadeDuration 0).
 */
test.use({ reducedMotion: 'reduce', deviceScaleFactor: 1 });

async function settle(page: Page): Promise<void> {
  await waitForIdle(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // The caret and hover states are not part of the design.
  await page.mouse.move(0, 0);
}

async function expectMatches(page: Page, name: string): Promise<void> {
  await settle(page);
  const result = compareWithBaseline(name, await page.screenshot({ animations: 'disabled', caret: 'hide' }));
  expect(result.problem, name).toBeNull();
}

const LAPTOP = { width: 1280, height: 800 };

test('visual: default view, China, and the story popups on a laptop', async ({ page, watch }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(LAPTOP);
  // One load, then each screen put in place as a reader gets there (the language button, the store): five loads
  // before 4 Dec 2026. Links to such screens are drawn by other tests: map.spec.ts opens each view by link, and the
  // phone's baseline below and a11y.spec.ts a popup.
  await openMap(page, '?lang=en');
  await expectMatches(page, 'default-en');
  const show = (state: Record<string, unknown>) => driver(page).when.showing(state);
  await show({ lang: 'zh' });
  await expectMatches(page, 'default-zh');
  await show({ lang: 'en', view: 'china' });
  await expectMatches(page, 'china-en');
  await show({ view: 'hangzhou', popup: 'hangzhou' });
  await expect(page.locator('.story-popup[data-popup="hangzhou"]')).toBeVisible();
  await expectMatches(page, 'hangzhou-popup-en');
  await show({ lang: 'zh', view: 'shaoxing', popup: null });
  await show({ popup: 'shaoxing' });
  await expect(page.locator('.story-popup[data-popup="shaoxing"]')).toBeVisible();
  await expectMatches(page, 'shaoxing-popup-zh');
  expect(watch.consoleErrors).toEqual([]);
});

test('visual: a phone with the Hangzhou sheet open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page, '?lang=en&view=hangzhou&popup=hangzhou');
  await expect(page.locator('.maplibregl-popup[data-placement="sheet"]')).toBeVisible();
  await expectMatches(page, 'phone-hangzhou-en');
});

// The kiosk's baseline (kiosk-step-en, 1920 × 1080, an hour a step) is compared on layout.spec.ts's 1080p kiosk
// page, which opens the same link: one load of it, not two.

test('visual: an A4 export', async ({ page }) => {
  await openMap(page, '?lang=en&view=zhejiang');
  // The Export button's painter (MapLibre). A4 landscape at 96 dpi: the 300 dpi file is the same layout drawn 3.125 times as sharp, and 9 MB of pixels.
  const base64 = await page.evaluate(async () => {
    const result = await window.__snapshot!(
      {
        size: { widthPx: 1123, heightPx: 794, pixelRatio: 1 },
        format: 'png',
        includePopup: false,
        frame: 'view',
      },
      'maplibre',
    );
    return result.base64;
  });
  const result = compareWithBaseline('export-a4-en', Buffer.from(base64, 'base64'));
  expect(result.problem).toBeNull();
});
