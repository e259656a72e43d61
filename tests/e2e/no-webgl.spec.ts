import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { ARTIFACTS_DIR, expect, openMap, screenshot, test } from './fixtures';
import { otherLanguageLeft } from './language-check';

// Chromium without any 3D API: MapLibre cannot get its WebGL2 context, as on a GPU-less kiosk PC.
test.use({
  launchOptions: {
    executablePath: execFileSync('bash', ['scripts/find-chromium.sh'], { encoding: 'utf8' }).trim(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-3d-apis'],
  },
});

test.describe('a browser without WebGL', () => {
  test('keeps a working vector map and says in one line why it is not the interactive one', async ({ page, watch }) => {
    await openMap(page, '?view=zhejiang&metric=residents-per-km2&lang=en');
    expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'))).toBe(false);
    await expect(page.locator('html')).toHaveAttribute('data-map-renderer', 'vector');
    await expect(page.locator('.vector-map-notice')).toHaveText(/interactive map needs WebGL2.*hardware acceleration/u);
    await expect(page.locator('#alert')).toBeHidden();
    // Eleven shaded cities, the provinces around them as land; labels as text.
    await expect(page.locator('.vector-map svg path[data-level="city"]')).toHaveCount(11);
    // The picture (map, hover outline, names: a layer each) is hidden from screen readers; the region list reads it.
    await expect(page.locator('.vector-map-surface svg')).toHaveCount(3);
    await expect(page.locator('.vector-map-surface svg:not([aria-hidden="true"])')).toHaveCount(0);
    // Hangzhou and Shaoxing as story markers, drawn as the live map's (src/scene/labels.ts).
    await expect(page.locator('.vector-map g.story-mark[data-code="330100"]')).toContainText('Hangzhou');
    await expect(page.locator('.vector-map text[data-code="330300"]')).toContainText('Wenzhou');
    await expect(page.locator('.legend-title')).toHaveText('Residents per km² (census 2020)');
    await screenshot(page, 'no-webgl-zhejiang');

    // A click on Wenzhou opens its popup; Hangzhou's opens the story, as with MapLibre.
    const wenzhou = (await page.locator('.vector-map text[data-code="330300"]').boundingBox())!;
    await page.mouse.move(wenzhou.x + wenzhou.width / 2, wenzhou.y + wenzhou.height + 6);
    await expect(page.locator('.vector-tooltip')).toContainText('Wenzhou');
    await page.mouse.click(wenzhou.x + wenzhou.width / 2, wenzhou.y + wenzhou.height + 6);
    await expect(page.locator('.region-popup[data-region="330300"]')).toContainText('census');
    await expect(page.locator('.vector-popup[role="dialog"]')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.region-popup')).toHaveCount(0);
    // The marker's dot stands on Hangzhou's label point, inside the city.
    const hangzhou = (await page.locator('.vector-map g.story-mark[data-code="330100"] circle').boundingBox())!;
    await page.mouse.click(hangzhou.x + hangzhou.width / 2, hangzhou.y + hangzhou.height / 2);
    await expect(page.locator('.story-popup[data-popup="hangzhou"]')).toBeVisible();
    await expect(page).toHaveURL(/popup=hangzhou/);
    await page.locator('.vector-popup .maplibregl-popup-close-button').click();
    await expect(page).not.toHaveURL(/popup=/);

    // The keyboard: the region list focuses and opens regions on the vector map too.
    const buttons = page.locator('.region-list button');
    await buttons.nth(1).focus();
    await expect(page.locator('.vector-tooltip')).toContainText('Ningbo');
    await expect(page.locator('.vector-map .emphasis path')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page.locator('.region-popup[data-region="330200"]')).toBeVisible();
    await page.keyboard.press('Escape');

    // View buttons move the map: Shaoxing is drawn larger (its view keeps Hangzhou's story place and the
    // neighbours in sight, src/map/views.ts) and is outlined.
    const before = (await page.locator('.vector-map path[data-code="330600"]').boundingBox())!;
    await page.locator('.view-buttons [data-view="shaoxing"]').click();
    await expect(page.locator('.story-popup[data-popup="shaoxing"]')).toBeVisible();
    // Measured where the camera lands (the view buttons ease the vector map's camera, as MapLibre's).
    await expect.poll(() => page.evaluate(() => window.__vectorMap!.isMoving)).toBe(false);
    const after = (await page.locator('.vector-map path[data-code="330600"]').boundingBox())!;
    expect(after.width).toBeGreaterThan(before.width * 1.2);
    await expect(page.locator('.vector-map .emphasis path')).toHaveCount(1);
    await screenshot(page, 'no-webgl-shaoxing');
    await page.locator('#data summary').click();
    await expect(page.locator('#data table')).toContainText('Hangzhou');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOriginRequests).toEqual([]);
  });

  test('speaks the page’s language and switches with it', async ({ page }) => {
    await openMap(page, '?view=china&lang=zh');
    await expect(page.locator('.vector-map-notice')).toContainText('交互式地图需要 WebGL2');
    await expect(page.locator('.vector-map path[data-level="province"]')).toHaveCount(34);
    await expect(page.locator('.vector-map text').first()).toHaveAttribute('lang', 'zh-Hans');
    await screenshot(page, 'no-webgl-china-zh');
    // Every panel follows, as with MapLibre: header, controls, legend, figures panel, region list, data table, credits.
    for (const lang of ['en', 'zh', 'en'] as const) {
      await page.locator(`.lang-switch[data-lang="${lang}"]`).click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      await expect(page.locator('#figures h2').first()).toHaveText(
        lang === 'zh' ? '报道中的数字' : 'The article in numbers',
      );
      await expect(page.locator('.vector-map-attribution')).toContainText(lang === 'zh' ? '边界' : 'Boundaries');
      expect(
        await otherLanguageLeft(page, lang),
        `strings of the other language left after switching to ${lang}`,
      ).toEqual([]);
    }
    await expect(page.locator('.vector-map-notice')).toContainText('needs WebGL2');
    await expect(page.locator('.vector-map text').first()).toHaveAttribute('lang', 'en');
  });

  test('exports a PNG from the page, drawn without WebGL: the vector page on a 2D canvas', async ({ page, watch }) => {
    test.setTimeout(180_000);
    await openMap(page, '?view=zhejiang&lang=en');
    await page.getByRole('button', { name: 'Export a snapshot of the map as an image' }).click();
    await page.getByLabel('Size').selectOption('1920x1080');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);
    const path = join(ARTIFACTS_DIR, 'no-webgl-export.png');
    await download.saveAs(path);
    await expect(page.locator('.export-status')).toContainText(download.suggestedFilename());
    const png = PNG.sync.read(readFileSync(path));
    expect([png.width, png.height]).toEqual([1920, 1080]);
    // Ink on the page: not a blank canvas (the title, the map's navy classes).
    let navy = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 40 && png.data[i + 2]! > 60) navy++;
    expect(navy).toBeGreaterThan(10_000);
    expect(watch.consoleErrors).toEqual([]);
  });
});
