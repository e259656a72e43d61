/**
 * `npx tsx scripts/profile-districts-worker.ts [vector|maplibre]`: Chromium's profiler on the boundary worker while
 * the app loads the bench's districts (`?boundaries=bench/districts.geojson&key=code`), from the build the bench
 * left in dist-bench/ (run `npm run bench -- --only districts` first). Writes the worker's profile to
 * bench/.cache/boundary-worker.cpuprofile (open it in DevTools' Performance panel) and prints the load's timings.
 * The worker is held at its start (waitForDebuggerOnStart) until the profiler runs, so nothing of it is missed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './headless-chromium';
import { serveStatic } from './static-server';

const OUT = 'bench/.cache/boundary-worker.cpuprofile';
const renderer = process.argv[2] === 'maplibre' ? 'maplibre' : 'vector';
const chromiumPath = execFileSync('bash', ['scripts/find-chromium.sh'], { encoding: 'utf8' }).trim();
const { server, url } = await serveStatic('dist-bench');
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Playwright's session speaks to the page; the worker is reached through Target messages (non-flattened).
  let next = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  const send = (sessionId: string, method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: unknown; error?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result ?? reply.error);
  });
  let worker: string | null = null;
  cdp.on('Target.attachedToTarget', async ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker' && targetInfo.url.includes('boundary-worker')) {
      worker = sessionId;
      await send(sessionId, 'Profiler.enable');
      await send(sessionId, 'Profiler.setSamplingInterval', { interval: 500 });
      await send(sessionId, 'Profiler.start');
    }
    void send(sessionId, 'Runtime.runIfWaitingForDebugger');
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  await page.goto(`${url}app/?renderer=${renderer}&boundaries=bench/districts.geojson&key=code`);
  await page.waitForFunction(() => Number(document.documentElement.dataset['byodBatches'] ?? '0') >= 1, undefined, {
    timeout: 600_000,
  });
  console.log(JSON.stringify(await page.evaluate(() => window.__byodTimings)));
  if (worker) {
    const { profile } = (await send(worker, 'Profiler.stop')) as { profile: unknown };
    mkdirSync('bench/.cache', { recursive: true });
    writeFileSync(OUT, JSON.stringify(profile));
    console.log(`worker profile: ${OUT}`);
  }
} finally {
  await browser.close();
  server.close();
}
