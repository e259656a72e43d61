/**
 * `npx tsx scripts/trace-districts.ts [root]`: a Chromium trace (devtools.timeline) of one load of the bench's
 * districts on the vector map, from `root` (default dist-bench, laid out as the bench leaves it), summed by event
 * name and thread until 'byod-shown': where the page's thread spends what a CPU profile calls "(program)" (style,
 * layout, paint), and the workers' garbage collection. Writes the trace to bench/.cache/districts-trace.json.
 */
import { launchHeadlessChromium } from './headless-chromium';
import { mkdirSync, writeFileSync } from 'node:fs';
import { serveStatic } from './static-server';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { message?: string } };
}

const root = process.argv[2] ?? 'dist-bench';
const { server, url } = await serveStatic(root);
const browser = await launchHeadlessChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'v8', 'blink.user_timing', 'disabled-by-default-devtools.timeline'],
  });
  await page.goto(`${url}app/?renderer=vector&boundaries=bench/districts.geojson&key=code`);
  await page.waitForFunction(() => Number(document.documentElement.dataset['byodBatches'] ?? '0') >= 1, undefined, {
    timeout: 600_000,
  });
  console.log(JSON.stringify(await page.evaluate(() => window.__byodTimings)));
  const buffer = await browser.stopTracing();
  mkdirSync('bench/.cache', { recursive: true });
  writeFileSync('bench/.cache/districts-trace.json', buffer);
  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
  const threads = new Map<string, string>();
  for (const e of traceEvents)
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const mark = (name: string) => traceEvents.find((e) => e.name === name && e.ph !== 'M')?.ts;
  const start = mark('navigationStart') ?? Math.min(...traceEvents.filter((e) => e.ts > 0).map((e) => e.ts));
  const shown = mark('byod-shown') ?? Infinity;
  console.log(`navigation to byod-shown: ${((shown - start) / 1000).toFixed(0)} ms on the trace's clock`);
  // Complete events only, not nested ones of the same name, summed per thread until byod-shown.
  const sums = new Map<string, number>();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.dur === undefined || e.ts < start || e.ts > shown) continue;
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? `${e.tid}`;
    if (!/CrRendererMain|DedicatedWorker/u.test(thread)) continue;
    const key = `${thread.padEnd(24)} ${e.name}`;
    sums.set(key, (sums.get(key) ?? 0) + e.dur / 1000);
  }
  for (const [key, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 45))
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${key}`);
} finally {
  await browser.close();
  server.close();
}
