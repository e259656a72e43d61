/**
 * `npx tsx scripts/profile-districts-worker.ts [vector|maplibre] [root]`: Chromium's profiler on the boundary worker
 * and on the page while the app loads the bench's districts (`?boundaries=bench/districts.geojson&key=code`), from
 * the build the bench left in dist-bench/ (run `npm run bench -- --only districts` first), or from `root`, laid
 * out the same way (root/app/bench/districts.geojson); `npx vite build --minify false` gives readable names.
 * Writes both profiles to bench/.cache/boundary-worker.cpuprofile and page.cpuprofile (open them in DevTools'
 * Performance panel), prints the load's timings and each profile's largest self times until 'byod-shown'.
 * The worker is held at its start (waitForDebuggerOnStart) until the profiler runs, so nothing of it is missed.
 */
import { launchHeadlessChromium } from './headless-chromium';
import { mkdirSync, writeFileSync } from 'node:fs';
import { serveStatic } from './static-server';
import { type CpuProfile, summaryLines } from './cpuprofile-summary';

const OUT = 'bench/.cache/boundary-worker.cpuprofile';
const PAGE_OUT = 'bench/.cache/page.cpuprofile';
const renderer = process.argv[2] === 'maplibre' ? 'maplibre' : 'vector';
const root = process.argv[3] ?? 'dist-bench';
const { server, url } = await serveStatic(root);
const browser = await launchHeadlessChromium();
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
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await page.goto(`${url}app/?renderer=${renderer}&boundaries=bench/districts.geojson&key=code`);
  await page.waitForFunction(() => Number(document.documentElement.dataset['byodBatches'] ?? '0') >= 1, undefined, {
    timeout: 600_000,
  });
  console.log(JSON.stringify(await page.evaluate(() => window.__byodTimings)));
  // Both profiles are summed until 'byod-shown' (the check after the drawing runs on in the worker). Their clock
  // (microseconds, one for the page's process) is not the page's: 'byod-shown' is placed on it by its distance
  // from the profile's end, read just before the profiler stops (a few ms off at most).
  const sinceShownMs = await page.evaluate(
    () => performance.now() - performance.getEntriesByName('byod-shown')[0]!.startTime,
  );
  mkdirSync('bench/.cache', { recursive: true });
  const { profile: pageProfile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const shownUs = pageProfile.endTime - sinceShownMs * 1000;
  writeFileSync(PAGE_OUT, JSON.stringify(pageProfile));
  console.log(summaryLines(`page (${PAGE_OUT})`, pageProfile, 30, shownUs).join('\n'));
  if (worker) {
    const { profile } = (await send(worker, 'Profiler.stop')) as { profile: CpuProfile };
    writeFileSync(OUT, JSON.stringify(profile));
    console.log(summaryLines(`worker (${OUT})`, profile, 30, shownUs).join('\n'));
  }
} finally {
  await browser.close();
  server.close();
}
