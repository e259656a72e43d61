/**
 * An A/B of map-ready for one link on two builds of the app, with Leaflet's page in the same loop: the same
 * measure as `npm run bench` (navigation until the page's `map-ready` mark, a fresh browser context per load,
 * headless Chromium with SwiftShader), loads interleaved old, new, Leaflet so that the machine's load falls on
 * all three alike. Usage: tsx scripts/bench-ab.ts <root> [runs] [query], where <root> holds old/, new/ (two
 * app builds) and peers/ (`npx vite build --config bench/vite.peers.config.ts`, copied from dist-bench/peers).
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from './headless-chromium';
import { serveStatic } from './static-server';
import { stats } from './bench';

const [root = 'dist-ab', runsArg = '9', query = ''] = process.argv.slice(2);
const RUNS = Number(runsArg);

async function mapReady(browser: Browser, url: string): Promise<{ ms: number; renderer: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, undefined, {
    timeout: 60_000,
  });
  const result = await page.evaluate(() => ({
    ms: performance.getEntriesByName('map-ready')[0]!.startTime,
    renderer: document.documentElement.dataset['mapRenderer'] ?? '',
  }));
  await context.close();
  return result;
}

const chromiumPath = execFileSync('bash', ['scripts/find-chromium.sh'], { encoding: 'utf8' }).trim();
const { server, url } = await serveStatic(root);
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
const pages = { old: `${url}old/${query}`, new: `${url}new/${query}`, leaflet: `${url}peers/leaflet/` };
const times = { old: [] as number[], new: [] as number[], leaflet: [] as number[] };
try {
  for (const warm of Object.values(pages)) await mapReady(browser, warm);
  for (let run = 0; run < RUNS; run++) {
    const line: string[] = [];
    for (const [name, page] of Object.entries(pages) as [keyof typeof pages, string][]) {
      const { ms, renderer } = await mapReady(browser, page);
      times[name].push(ms);
      line.push(`${name} ${ms.toFixed(0)} ms${renderer ? ` (${renderer})` : ''}`);
    }
    console.log(`run ${run + 1}/${RUNS}: ${line.join(', ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
const leaflet = stats(times.leaflet).median;
for (const name of ['old', 'new', 'leaflet'] as const) {
  const s = stats(times[name]);
  console.log(
    `${name}: median ${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)}), ÷ Leaflet ${(s.median / leaflet).toFixed(2)}`,
  );
}
