import { test as base, expect, type Page, type ConsoleMessage, type Request } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { driver } from './driver';

export const ARTIFACTS_DIR = join(process.cwd(), 'tests', 'artifacts');
mkdirSync(ARTIFACTS_DIR, { recursive: true });

export interface PageWatch {
  consoleErrors: string[];
  offOriginRequests: string[];
}

/** Every page is watched for console errors and requests that leave the app's origin. */
export const test = base.extend<{ watch: PageWatch }>({
  watch: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const watch: PageWatch = { consoleErrors: [], offOriginRequests: [] };
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') watch.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
    page.on('request', (request: Request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) watch.offOriginRequests.push(url);
    });
    await use(watch);
  },
});

export { expect };

/** Opens the app and waits for its own readiness signal, never a fixed sleep (the driver's `when.open`). */
export function openMap(page: Page, query = ''): Promise<void> {
  return driver(page).when.open(query);
}

/** Waits until MapLibre has finished drawing after a change (the driver's `when.idle`). */
export function waitForIdle(page: Page): Promise<void> {
  return driver(page).when.idle();
}

/**
 * Screens of more than this many pixels are saved as JPEG: they are for a person to look at, and Chromium's PNG
 * encoder took 6.6–8.1 s for one 3840 × 2160 screen here (JPEG 3.6–4.8 s), about twenty times in a suite run.
 */
const JPEG_ABOVE_PIXELS = 3_500_000;

/** Saves what the page shows to the test artifacts, for a person to look at (`<name>.png`, or `.jpg` when large). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  const large = size !== null && size.width * size.height > JPEG_ABOVE_PIXELS;
  if (large) await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.jpg`), type: 'jpeg', quality: 85 });
  else await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });
}

/**
 * Presses the Export panel's Download, saves the file to the test artifacts and waits until the panel says it
 * saved it (by file name, so in either language); the file's path.
 */
export async function downloadExport(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: /^(Download|下载)$/u }).click(),
  ]);
  const path = join(ARTIFACTS_DIR, name);
  await download.saveAs(path);
  await expect(page.locator('.export-status')).toContainText(download.suggestedFilename(), { timeout: 30_000 });
  return path;
}
