import { driver } from './driver';
import { expect, screenshot, test } from './fixtures';

test('a long export shows a progress bar naming its stage; Cancel saves no file and leaves the map answering', async ({
  page,
  watch,
}) => {
  test.setTimeout(300_000);
  await driver(page).when.open('?view=zhejiang&lang=en', 120_000);
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.getByRole('button', { name: 'Export a snapshot of the map as an image' }).click();
  await page.getByLabel('Size').selectOption('3840x2160');
  await driver(page).when.recordingExport();
  // Held once the map is drawn off-screen, while the page is put together: the bar shows after half a second.
  await driver(page).when.holdingExportAt('composing');
  await page.getByRole('button', { name: 'Download' }).click();
  const progress = page.locator('.export-progress');
  await expect(progress.getByRole('progressbar')).toBeVisible({ timeout: 120_000 });
  await expect(progress).toHaveAttribute('data-stage', 'composing');
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
  await expect(page.locator('.export-status')).toHaveText('Adding title, legend, scale bar and sources…');
  // The off-screen map is there while the export is held.
  await expect(page.locator('.maplibregl-map')).toHaveCount(2);
  await screenshot(page, 'export-progress');

  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.export-status')).toHaveText('Export cancelled: no file was saved.');
  await driver(page).when.releasingExport();
  // The run has ended (its next stage threw) once Download can be pressed again.
  await expect(page.getByRole('button', { name: 'Download' })).toBeEnabled({ timeout: 60_000 });
  await expect(progress).toBeHidden();
  await expect(page.locator('.export-status')).toHaveText('Export cancelled: no file was saved.');
  // Only the live map is left: the off-screen one was removed.
  await expect(page.locator('.maplibregl-map')).toHaveCount(1);
  // In the page's own log: the bar was shown, then the run was cancelled, and nothing was saved.
  const log = await driver(page).get.exportLog();
  const at = (pattern: RegExp) => log.findIndex((entry) => pattern.test(entry.text));
  expect(at(/#progress shown/u)).toBeGreaterThanOrEqual(0);
  expect(at(/^Export cancelled/u)).toBeGreaterThan(at(/#progress shown/u));
  expect(at(/^Saved/u)).toBe(-1);

  // The live map still answers: a click on a city opens its popup.
  await page.locator('#export-panel').getByRole('button', { name: 'Close' }).click();
  await driver(page).when.clickCity('330700');
  await expect(page.locator('.maplibregl-popup .region-popup')).toHaveAttribute('data-region', '330700');

  // A second export runs to the end, and its file is the only one saved.
  await page.getByRole('button', { name: 'Export a snapshot of the map as an image' }).click();
  await page.getByLabel('Size').selectOption('1920x1080');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/u);
  expect(downloads).toEqual([download.suggestedFilename()]);
  expect(watch.consoleErrors).toEqual([]);
});
