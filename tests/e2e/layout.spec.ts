import { test, expect, openMap, screenshot, waitForIdle } from './fixtures';
import { layoutProblems, measureLayout } from './layout-rules';
import type { Page } from '@playwright/test';

const SIZES = [
  [360, 640],
  [390, 844],
  [768, 1024],
  [1024, 768],
  [1280, 800],
  [1366, 768],
  [1920, 1080],
  [2560, 1440],
  [3840, 2160],
] as const;
const POPUPS = ['hangzhou', 'shaoxing'] as const;
const LANGS = ['en', 'zh'] as const;

// Camera moves cut, so each screen is measured where it ends, not mid-flight.
test.use({ reducedMotion: 'reduce' });

type StoreLike = { store: { update(patch: Record<string, unknown>): void } };

async function show(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate((p) => (window as unknown as { __app: StoreLike }).__app.store.update(p), patch);
  await waitForIdle(page);
}

for (const [width, height] of SIZES) {
  test(`popups fit at ${width}×${height} in English and Chinese`, async ({ page, watch }) => {
    // Four screens at up to 3840 × 2160 with a software GPU.
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height });
    await openMap(page, '?lang=en');
    const found: Record<string, string[]> = {};
    for (const lang of LANGS) {
      for (const popup of POPUPS) {
        await show(page, { lang, view: popup, popup });
        await expect(page.locator(`.story-popup[data-popup="${popup}"]`)).toBeVisible();
        await expect(page.locator('.maplibregl-popup[role="dialog"]')).toHaveAttribute('aria-labelledby', /.+/);
        await screenshot(page, `layout-${width}x${height}-${lang}-${popup}`);
        const measure = await measureLayout(page);
        expect(measure.popup).not.toBeNull();
        if (width < 600) expect(measure.placement, 'a bottom sheet under 600 px').toBe('sheet');
        const problems = layoutProblems(measure);
        if (problems.length) found[`${lang} ${popup}`] = problems;
      }
    }
    expect(found).toEqual({});
    expect(watch.consoleErrors).toEqual([]);
  });
}
