/**
 * An A/B of the bench's districts on the vector map (`npm run bench -- --only districts`'s measure: navigation
 * until 'byod-shown', the areas drawn and the report saying "Showing") for two builds of the app, with ECharts
 * drawing the same file in the same loop: loads interleaved old, new, ECharts, so that the machine's load falls on
 * all three alike. MapLibre's runs (15–60 s each) are left out. Usage:
 * tsx scripts/bench-ab-districts.ts <root> [runs] [old,new], where <root> holds old/ and new/ (app builds, each with
 * bench/districts.geojson as the bench writes it), peers/ (copied from dist-bench/peers) and app/ (a link to old/:
 * the peers read the app's boundaries there).
 */
import { launchHeadlessChromium } from './headless-chromium';
import { loadavg } from 'node:os';
import type { Browser } from '@playwright/test';
import { serveStatic } from './static-server';
import { stats } from './bench';

const [root = 'dist-ab', runsArg = '5', armsArg = 'old,new'] = process.argv.slice(2);
const RUNS = Number(runsArg);
/** The app's builds compared, each a folder of <root>: old and new, or any others (e.g. old,list,new). */
const ARMS = armsArg.split(',');
const TIMEOUT_MS = 600_000;
const FILE = 'bench/districts.geojson';

/**
 * Navigation until a performance mark, read once the page's flag says it is there: `map-ready` (the app's and the
 * peers' pages) or 'byod-shown' (the app, after the loader's batch; the vector map marks it once the frame with
 * the areas is painted and the report says "Showing", as npm run bench reads it). Polled every 100 ms rather than
 * on animation frames: on this machine a page's frames stalled for minutes while others' browsers held the GPU
 * process, and the time measured is the mark's, not the poll's.
 */
async function timeToMark(browser: Browser, url: string, mark: 'map-ready' | 'byod-shown'): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const t = Date.now();
  await page.goto(url);
  if (process.env['AB_DEBUG']) console.log(`goto ${url} ${Date.now() - t} ms`);
  await page.waitForFunction(
    (mark) =>
      mark === 'map-ready'
        ? ['ready', 'error'].includes(document.documentElement.dataset['mapState'] ?? '')
        : Number(document.documentElement.dataset['byodBatches'] ?? '0') >= 1,
    mark,
    { timeout: TIMEOUT_MS, polling: 100 },
  );
  const found = await page.evaluate(
    (mark) => ({
      ms: performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
      state: document.documentElement.dataset[mark === 'map-ready' ? 'mapState' : 'byodState'],
      renderer: document.documentElement.dataset['mapRenderer'],
      timings: window.__byodTimings?.[0],
    }),
    mark,
  );
  // Where the app's time went (the loader's marks: read, worker stages, apply, draw), as the bench prints them.
  if (found.timings)
    console.log(
      `  ${url.split('/')[3]}: ${JSON.stringify(found.timings, (_k, v) => (typeof v === 'number' ? Math.round(v) : v))}`,
    );
  await context.close();
  if (mark === 'byod-shown' && (found.state !== 'shown' || found.renderer !== 'vector'))
    throw new Error(`bench: ${url} ended in state ${found.state} on ${found.renderer}`);
  if (mark === 'map-ready' && found.state !== 'ready') throw new Error(`bench: ${url} ended in state ${found.state}`);
  return found.ms;
}
const { server, url } = await serveStatic(root);
const browser = await launchHeadlessChromium();
const times: Record<string, number[]> = Object.fromEntries([...ARMS, 'echarts'].map((name) => [name, []]));
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
console.log(`load at the start: ${load()}`);
try {
  // Warm the disk cache for the pages, as the bench does.
  for (const app of ARMS) await timeToMark(browser, `${url}${app}/`, 'map-ready');
  await timeToMark(browser, `${url}peers/echarts/`, 'map-ready');
  for (let run = 0; run < RUNS; run++) {
    const line: string[] = [];
    for (const name of [...ARMS, 'echarts']) {
      const ms =
        name === 'echarts'
          ? await timeToMark(browser, `${url}peers/echarts/?file=../../old/${FILE}`, 'map-ready')
          : await timeToMark(browser, `${url}${name}/?renderer=vector&boundaries=${FILE}&key=code`, 'byod-shown');
      times[name]!.push(ms);
      line.push(`${name} ${ms.toFixed(0)} ms`);
    }
    console.log(`run ${run + 1}/${RUNS} (load ${load()}): ${line.join(', ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
const echarts = stats(times['echarts']!).median;
for (const name of [...ARMS, 'echarts']) {
  const s = stats(times[name]!);
  console.log(
    `${name}: median ${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)}), ÷ ECharts ${(s.median / echarts).toFixed(2)}`,
  );
}
// Per run, each build against the ECharts load right after it: the ratio the bench reports, paired.
const ratios = (name: string) => times[name]!.map((ms, i) => ms / times['echarts']![i]!);
for (const name of ARMS)
  console.log(
    `${name} ÷ ECharts per run: ${ratios(name)
      .map((r) => r.toFixed(2))
      .join(' ')}, median ${stats(ratios(name)).median.toFixed(2)}`,
  );
