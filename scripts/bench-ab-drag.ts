/**
 * An A/B of map-ready and the 60-move drag, the bench's two measures (scripts/bench.ts), for app builds side by side
 * with Leaflet's page, loads alternating so that the machine's load falls on all alike. Each name is a folder under
 * <root> (an app build), or `<folder>+<variant>`: that build with a variant of VARIANTS (JSON, name to CSS, or to
 * script when it starts with `JS:`) added to the page before it starts, to try a change without a build.
 * <root> also holds peers/ (`npx vite build --config bench/vite.peers.config.ts`) and app/ (a build, which the
 * peers' pages read their boundaries from). WAIT=<ms> waits that long between map-ready and the drag.
 * COMPOSITING=software composites the pages by the CPU, as the bench's --software-compositing.
 * Usage: tsx scripts/bench-ab-drag.ts <root> <runs> <query> <name>…
 *   VARIANTS='{"bare":"header{display:none}"}' tsx scripts/bench-ab-drag.ts dist-ab 7 '?renderer=vector' old new old+bare
 */
import type { Browser } from '@playwright/test';
import { dragMap, machineSettled, stats } from './bench';
import { launchHeadlessChromium, SOFTWARE_COMPOSITING_ARGS } from './headless-chromium';
import { serveStatic } from './static-server';

const [root = 'dist-ab', runsArg = '7', query = '?renderer=vector', ...names] = process.argv.slice(2);
const RUNS = Number(runsArg);
const VARIANTS: Record<string, string> = JSON.parse(process.env['VARIANTS'] ?? '{}');
const WAIT_MS = Number(process.env['WAIT'] ?? 0);

async function load(browser: Browser, url: string, variant: string): Promise<{ ready: number; drag: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (variant.startsWith('JS:')) await page.addInitScript(variant.slice(3));
  else if (variant)
    // A constructed stylesheet: the page's Content-Security-Policy (style-src 'self') refuses a <style> element,
    // and a variant added that way was silently not applied.
    await page.addInitScript((css) => {
      document.addEventListener('DOMContentLoaded', () => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
    }, variant);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, undefined, {
    timeout: 60_000,
  });
  const ready = await page.evaluate(() => performance.getEntriesByName('map-ready')[0]!.startTime);
  // As the bench: a garbage collection (its heap reading) between map-ready and the drag.
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  if (WAIT_MS) await page.waitForTimeout(WAIT_MS);
  const drag = await dragMap(page);
  await context.close();
  // As the bench: the next page does not pay for this one's teardown.
  await machineSettled();
  return { ready, drag };
}

const { server, url } = await serveStatic(root);
const browser = await launchHeadlessChromium(
  process.env['COMPOSITING'] === 'software' ? SOFTWARE_COMPOSITING_ARGS : [],
);
const pages = new Map<string, { url: string; variant: string }>(
  names.map((name) => {
    const [folder, variant = ''] = name.split('+');
    if (variant && VARIANTS[variant] === undefined) throw new Error(`bench-ab-drag: no variant "${variant}"`);
    return [name, { url: `${url}${folder}/${query}`, variant: variant ? VARIANTS[variant]! : '' }];
  }),
);
pages.set('leaflet', { url: `${url}peers/leaflet/`, variant: '' });
const ready = new Map<string, number[]>([...pages.keys()].map((name) => [name, []]));
const drag = new Map<string, number[]>([...pages.keys()].map((name) => [name, []]));
try {
  for (const page of pages.values()) await load(browser, page.url, page.variant);
  for (let run = 0; run < RUNS; run++) {
    const line: string[] = [];
    for (const [name, page] of pages) {
      const r = await load(browser, page.url, page.variant);
      ready.get(name)!.push(r.ready);
      drag.get(name)!.push(r.drag);
      line.push(`${name} ${r.ready.toFixed(0)}/${r.drag.toFixed(0)} ms`);
    }
    console.log(`run ${run + 1}/${RUNS}: ${line.join(', ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
const leaflet = { ready: stats(ready.get('leaflet')!).median, drag: stats(drag.get('leaflet')!).median };
for (const name of pages.keys()) {
  const [r, d] = [stats(ready.get(name)!).median, stats(drag.get(name)!).median];
  console.log(
    `${name}: map-ready ${r.toFixed(0)} ms (${(r / leaflet.ready).toFixed(2)} × Leaflet's), drag ${d.toFixed(0)} ms (${(d / leaflet.drag).toFixed(2)})`,
  );
}
