import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { ARTIFACTS_DIR } from './fixtures';

/**
 * Issue 13 item 4: the kiosk's server dies and stays dead. The service worker (src/kiosk/offline.ts) keeps the
 * app shell, the boundaries and the tour, so the tour goes on and a reload still brings the kiosk back.
 * This test serves the build with its own `vite preview` (the launcher's server), so that it can kill it.
 */

const DIST_DIR = process.env['DIST_DIR'] ?? 'dist';
/** The outage the issue asks for, in the tour's own time: the steps the default tour plays in two minutes. */
const OUTAGE_SECONDS = 120;

type KioskWindow = Window & {
  __kiosk?: { stepsPlayed: number; stepIndex: number; tourFile: string; tourProblems: readonly string[] };
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    (response) => response.ok,
    () => false,
  );
}

/** How many steps of the default tour, from `stepIndex` on, take `seconds` at their own durations. */
function stepsFor(seconds: number, stepIndex: number): number {
  const tour = JSON.parse(readFileSync(join(DIST_DIR, 'tours', 'default.json'), 'utf8')) as
    | { duration: number }[]
    | { steps: { duration: number }[] };
  const durations = (Array.isArray(tour) ? tour : tour.steps).map((step) => step.duration);
  let steps = 0;
  for (let elapsed = 0; elapsed < seconds; steps++) elapsed += durations[(stepIndex + steps) % durations.length]!;
  return steps;
}

test.describe('a kiosk whose server has died', () => {
  let server: ChildProcess | null = null;
  test.afterEach(() => {
    if (server?.exitCode === null) server.kill('SIGKILL');
  });

  test('plays on for two minutes of its tour, and a reload brings it back from the service worker', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    server = spawn(
      'node_modules/.bin/vite',
      ['preview', '--configLoader', 'runner', '--outDir', DIST_DIR, '--port', String(port), '--strictPort'],
      { stdio: 'ignore' },
    );
    await expect.poll(() => answers(`${origin}/`), { timeout: 60_000 }).toBe(true);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    // Update checks every second, so that the outage meets many of them.
    await page.addInitScript(() => {
      (window as unknown as { __kioskTimings: object }).__kioskTimings = { updateCheckMs: 1000 };
    });
    await page.goto(`${origin}/?kiosk=1&tour-interval=1`);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
    // The worker has installed, taken the page over and cached the tour.
    await expect(html).toHaveAttribute('data-kiosk-offline', 'ready', { timeout: 60_000 });

    server.kill('SIGKILL');
    await new Promise((resolve) => server!.once('exit', resolve));
    expect(await answers(`${origin}/`), 'the server is gone').toBe(false);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));

    const at = await page.evaluate(() => (window as KioskWindow).__kiosk!);
    const steps = stepsFor(OUTAGE_SECONDS, at.stepIndex);
    await page.waitForFunction(
      (n) => ((window as KioskWindow).__kiosk?.stepsPlayed ?? 0) >= n,
      at.stepsPlayed + steps,
      {
        timeout: 60_000,
      },
    );

    // The kiosk's own recovery reloads the page (watchdog, lost GPU context, a map that failed): the same call.
    await page.evaluate(() => location.reload());
    await page.waitForFunction(() => document.documentElement.dataset['mapState'] === 'ready', undefined, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => ((window as KioskWindow).__kiosk?.stepsPlayed ?? 0) >= 2, undefined, {
      timeout: 30_000,
    });
    const after = await page.evaluate(() => {
      const k = (window as KioskWindow).__kiosk!;
      return {
        tourFile: k.tourFile,
        tourProblems: [...k.tourProblems],
        controlled: navigator.serviceWorker.controller !== null,
        offline: document.documentElement.dataset['kioskOffline'],
      };
    });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'kiosk-offline-after-reload.png') });
    console.log(`offline kiosk: ${steps} steps (${OUTAGE_SECONDS} s of the tour) with no server, then reloaded`);

    expect(await answers(`${origin}/`), 'still no server').toBe(false);
    // The default tour itself, from the cache: not the built-in fallback a failed fetch would give.
    expect(after.tourFile).toMatch(/tours\/default\.json$/u);
    expect(after.tourProblems).toEqual([]);
    expect(after.controlled).toBe(true);
    expect(after.offline).toBe('ready');
    // Every request the page made after the server died was answered by the worker.
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
