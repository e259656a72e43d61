/**
 * An A/B of map-ready for one link on two builds of the app, with Leaflet's page in the same loop: the same
 * measure as `npm run bench` (navigation until the page's `map-ready` mark, a fresh browser context per load,
 * headless Chromium with SwiftShader), loads interleaved old, new, Leaflet so that the machine's load falls on
 * all three alike. Usage: tsx scripts/bench-ab.ts <root> [runs] [query], where <root> holds old/, new/ (two
 * app builds) and peers/ (`npx vite build --config bench/vite.peers.config.ts`, copied from dist-bench/peers).
 */
import { launchHeadlessChromium } from './headless-chromium';
import type { Browser } from '@playwright/test';
import { serveStatic } from './static-server';
import { stats } from './bench';

const [root = 'dist-ab', runsArg = '9', query = ''] = process.argv.slice(2);
const RUNS = Number(runsArg);

async function mapReady(browser: Browser, url: string): Promise<{ ms: number; renderer: string; answerMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // When the page learnt its WebGL answer (data-software-webgl is written then): the old `auto` waited for it.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset['softwareWebgl'] === undefined) return;
      performance.mark('webgl-answer');
      observer.disconnect();
      // The document, not <html>: an init script runs before <html> exists.
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-software-webgl'] });
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, undefined, {
    timeout: 60_000,
  });
  // The answer may come after map-ready (the new `auto`): waited for, on a page that asks it.
  if (!url.includes('peers/'))
    await page.waitForFunction(() => performance.getEntriesByName('webgl-answer').length > 0, undefined, {
      timeout: 60_000,
    });
  const result = await page.evaluate(() => ({
    ms: performance.getEntriesByName('map-ready')[0]!.startTime,
    renderer: document.documentElement.dataset['mapRenderer'] ?? '',
    answerMs: performance.getEntriesByName('webgl-answer')[0]?.startTime ?? Number.NaN,
  }));
  await context.close();
  return result;
}
const { server, url } = await serveStatic(root);
const browser = await launchHeadlessChromium();
const pages = { old: `${url}old/${query}`, new: `${url}new/${query}`, leaflet: `${url}peers/leaflet/` };
const times = { old: [] as number[], new: [] as number[], leaflet: [] as number[] };
// In each page of the app: its WebGL answer's time less its map-ready (> 0: map-ready did not wait for it).
const answerAfterReady = { old: [] as number[], new: [] as number[] };
try {
  for (const warm of Object.values(pages)) await mapReady(browser, warm);
  for (let run = 0; run < RUNS; run++) {
    const line: string[] = [];
    for (const [name, page] of Object.entries(pages) as [keyof typeof pages, string][]) {
      const { ms, renderer, answerMs } = await mapReady(browser, page);
      times[name].push(ms);
      if (name !== 'leaflet') answerAfterReady[name].push(answerMs - ms);
      const answer = name === 'leaflet' ? '' : `, answer ${answerMs.toFixed(0)} ms`;
      line.push(`${name} ${ms.toFixed(0)} ms${renderer ? ` (${renderer}${answer})` : ''}`);
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
for (const name of ['old', 'new'] as const)
  console.log(`${name}: WebGL answer − map-ready, median ${stats(answerAfterReady[name]).median.toFixed(0)} ms`);
