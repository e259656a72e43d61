import type { Page } from '@playwright/test';
import { driver } from './driver';
import { expect, screenshot, test, waitForIdle } from './fixtures';
import { layoutProblems, measureLayout, type LayoutMeasure } from './layout-rules';

/**
 * The vector map places its popups by the same rule as MapLibre (src/map/popup-frame.ts, placePopup()): for the same
 * view, size and language both give the same placement, inside the map, clear of the legend, the controls, the
 * figures panel and the story marker; a bottom sheet on a phone. The layout rules are layout.spec.ts's own.
 */

// The representative sizes of layout.spec.ts's nine: a phone, a laptop, a 1080p screen. layout.spec.ts measures
// the vector map itself at 2560 × 1440 and 3840 × 2160, with these checks.
const SIZES = [
  [390, 844],
  [1280, 800],
  [1920, 1080],
] as const;
const POPUPS = ['hangzhou', 'shaoxing'] as const;
const LANGS = ['en', 'zh'] as const;
type Renderer = 'maplibre' | 'vector';

// A first idle of MapLibre on SwiftShader, on a machine shared with other runs (driver.ts READY_TIMEOUT_MS).
const READY_MS = Number(process.env['E2E_READY_TIMEOUT_MS'] ?? 90_000);

// Camera moves cut, so each screen is measured where it ends, as in layout.spec.ts.
test.use({ reducedMotion: 'reduce' });

/** Opens a story's view with its popup on one map, once the map has come to rest; what the layout rules read. */
async function openStory(page: Page, renderer: Renderer, lang: string, popup: string): Promise<LayoutMeasure> {
  await driver(page).when.open(`?renderer=${renderer}&lang=${lang}&view=${popup}&popup=${popup}`, READY_MS);
  await expect(page.locator('html')).toHaveAttribute('data-map-renderer', renderer);
  await expect(page.locator(`.story-popup[data-popup="${popup}"]`)).toBeVisible();
  if (renderer === 'maplibre') await waitForIdle(page);
  else await page.waitForFunction(() => window.__vectorMap?.isMoving === false);
  return measureLayout(page);
}

/**
 * Puts the vector map, already open, in a story's view with its popup (the driver's `when.showing`, as
 * layout.spec.ts does): the view, then the popup, as a link opens them. One page for the four stories of a size, not
 * four loads; the parity tests below still open each by its link.
 */
async function showStory(page: Page, lang: string, popup: string): Promise<LayoutMeasure> {
  const { showing } = driver(page).when;
  await showing({ lang, view: popup, popup: null });
  await showing({ popup });
  await expect(page.locator(`.story-popup[data-popup="${popup}"]`)).toBeVisible();
  return measureLayout(page);
}

/** The open popup's dialog naming and focus, as popup-frame.ts sets them on either map. */
async function expectDialog(page: Page): Promise<void> {
  const dialog = page.locator('.maplibregl-popup[role="dialog"]:not(.map-tooltip)');
  await expect(dialog).toHaveCount(1);
  const heading = await dialog.getAttribute('aria-labelledby');
  expect(heading).toBeTruthy();
  await expect(dialog.locator(`[id="${heading}"]`)).toHaveCount(1);
  await expect(dialog.locator('.maplibregl-popup-close-button')).toBeFocused();
}

const size = (r: { left: number; top: number; right: number; bottom: number }) =>
  `${Math.round(r.right - r.left)}×${Math.round(r.bottom - r.top)} at ${Math.round(r.left)},${Math.round(r.top)}`;

for (const [width, height] of SIZES) {
  test(`vector popups fit at ${width}×${height} by the layout rules, in English and Chinese`, async ({
    page,
    watch,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await driver(page).when.open('?renderer=vector&lang=en', READY_MS);
    await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
    const found: Record<string, string[]> = {};
    for (const lang of LANGS)
      for (const popup of POPUPS) {
        const measure = await showStory(page, lang, popup);
        await screenshot(page, `popup-parity-vector-${width}x${height}-${lang}-${popup}`);
        expect(measure.popup, `${lang} ${popup}: a popup`).not.toBeNull();
        expect(measure.placement, `${lang} ${popup}`).toBe(width < 600 ? 'sheet' : 'float');
        await expectDialog(page);
        const problems = layoutProblems(measure);
        if (problems.length) found[`${lang} ${popup}`] = problems;
        test
          .info()
          .annotations.push({ type: `${lang} ${popup}`, description: `${measure.placement} ${size(measure.popup!)}` });
      }
    expect(found).toEqual({});
    expect(watch.consoleErrors).toEqual([]);
  });
}

const PARITY = [
  [390, 844, 'en', 'hangzhou'],
  [1280, 800, 'en', 'shaoxing'],
  [1920, 1080, 'zh', 'hangzhou'],
] as const;

for (const [width, height, lang, popup] of PARITY) {
  test(`at ${width}×${height} in ${lang}, the ${popup} popup is placed alike on MapLibre and the vector map`, async ({
    page,
    watch,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    const maplibre = await openStory(page, 'maplibre', lang, popup);
    await screenshot(page, `popup-parity-maplibre-${width}x${height}-${lang}-${popup}`);
    const vector = await openStory(page, 'vector', lang, popup);
    for (const [name, m] of [
      ['maplibre', maplibre],
      ['vector', vector],
    ] as const) {
      expect(m.popup, name).not.toBeNull();
      expect(layoutProblems(m), name).toEqual([]);
      test.info().annotations.push({ type: name, description: `${m.placement} ${size(m.popup!)}` });
    }
    expect(vector.placement).toBe(maplibre.placement);
    if (width < 600) expect(vector.placement).toBe('sheet');
    // The same width rule (22.5 rem, or the sheet as wide as its band) on both maps, to a few pixels of borders.
    const w = (m: LayoutMeasure) => m.popup!.right - m.popup!.left;
    expect(Math.abs(w(vector) - w(maplibre))).toBeLessThanOrEqual(4);
    expect(watch.consoleErrors).toEqual([]);
  });
}

test('the vector popup holds still while the reader drags, and is placed again where the map rests', async ({
  page,
  watch,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const before = await openStory(page, 'vector', 'en', 'shaoxing');
  expect(layoutProblems(before)).toEqual([]);
  const popup = before.popup!;
  const place = before.place!;
  // Drag the map so that the story marker goes under the middle of the popup.
  const dx = Math.round((popup.left + popup.right) / 2 - place.x);
  const dy = Math.round((popup.top + popup.bottom) / 2 - place.y);
  // Start the drag on free map, away from the popup, the controls and the marker.
  const start = { x: place.x - Math.sign(dx) * 60, y: place.y - Math.sign(dy) * 60 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + dx / 2, start.y + dy / 2, { steps: 5 });
  const during = await measureLayout(page);
  expect(during.popup, 'held still during the drag').toEqual(popup);
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => window.__vectorMap?.isMoving === false);
  const after = await measureLayout(page);
  await screenshot(page, 'popup-parity-vector-after-drag');
  // The reader moved the map: the popup moved out of the way, the camera stayed where the reader left it.
  expect(Math.abs(after.place!.x - place.x - dx), 'moved as far as dragged').toBeLessThanOrEqual(2);
  expect(Math.abs(after.place!.y - place.y - dy), 'moved as far as dragged').toBeLessThanOrEqual(2);
  expect(after.popup).not.toEqual(popup);
  expect(layoutProblems(after)).toEqual([]);
  // A phone's size: the map resizes and the popup becomes a sheet, as MapLibre's does.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('.maplibregl-popup.popup-sheet')).toHaveAttribute('data-placement', 'sheet');
  await page.waitForFunction(() => window.__vectorMap?.isMoving === false);
  await screenshot(page, 'popup-parity-vector-resized-to-phone');
  // The credits fold behind MapLibre's ⓘ button on the phone's narrow map, as MapLibre's do.
  await expect(page.locator('.vector-map-attribution')).toHaveClass(/maplibregl-compact/);
  await expect(page.locator('.vector-map-attribution')).not.toHaveAttribute('open');
  // The popup's rules and the page around the map, resized from a laptop's (the region list stays open, and the
  // page grows with it instead of running it over the data table).
  expect(layoutProblems(await measureLayout(page))).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});
