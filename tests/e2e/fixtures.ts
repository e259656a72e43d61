import { test as base, expect, type Page, type ConsoleMessage, type Request } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
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

/**
 * Saves what the page shows to the test artifacts, for a person to look at (`<name>.png`, or `.jpg` when large).
 * Taken by Chromium's own capture with its fast encoder (`optimizeForSpeed`: larger files, the same pixels) instead
 * of `page.screenshot`, which encodes at full compression after steps these pictures do not need (hiding the caret,
 * stopping animations). Measured on the quiet machine (vector map, 4 Dec 2026): 88 against 192 ms at 1280 × 800,
 * 368–476 against 509–757 ms at 3840 × 2160; a suite run saves about 250 of them. The visual baselines keep
 * `page.screenshot` (visual.spec.ts), where the encoding is compared.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  const large = size !== null && size.width * size.height > JPEG_ABOVE_PIXELS;
  // As page.screenshot does: text is drawn in its font, not a fallback still loading.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const cdp = await page.context().newCDPSession(page);
  try {
    const { data } = await cdp.send('Page.captureScreenshot', {
      format: large ? 'jpeg' : 'png',
      ...(large ? { quality: 85 } : {}),
      optimizeForSpeed: true,
    });
    writeFileSync(join(ARTIFACTS_DIR, `${name}.${large ? 'jpg' : 'png'}`), Buffer.from(data, 'base64'));
  } finally {
    await cdp.detach();
  }
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
