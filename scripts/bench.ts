/**
 * npm run bench: builds the app and a bare-MapLibre floor page the same way, serves both gzip'd from
 * 127.0.0.1, and measures them in headless Chromium in alternating runs, so every speed claim is a
 * ratio taken in one run on one machine. Writes bench/results.json and BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { measurePayload } from './payload';
import { serveStatic } from './static-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const OUT = 'dist-bench';
const VIEWPORT = { width: 1280, height: 800 };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

interface Stats {
  min: number;
  median: number;
  max: number;
  runs: number[];
}

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted.at(-1)!, runs: values };
}

function sh(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'inherit' });
}

async function timeToReady(browser: Browser, url: string): Promise<{ ms: number; heapBytes: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => ['ready', 'error'].includes(document.documentElement.dataset['mapState'] ?? ''),
    undefined,
    { timeout: 60_000 },
  );
  const state = await page.evaluate(() => document.documentElement.dataset['mapState']);
  if (state !== 'ready') throw new Error(`bench: ${url} ended in state ${state}`);
  const ms = await page.evaluate(() => performance.getEntriesByName('map-ready')[0]?.startTime ?? NaN);
  const heapBytes = await heapAfterGc(page);
  await context.close();
  return { ms, heapBytes };
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/**
 * Metric switch, from the store update: the synchronous work (state, join, classes, feature-state,
 * legend, table), the first frame drawn with the new colours, and MapLibre's next idle.
 */
async function metricSwitch(
  browser: Browser,
  url: string,
): Promise<{ toIdle: number[]; toFrame: number[]; sync: number[]; repaint: number[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset['mapState'] === 'ready');
  const result = await page.evaluate(async () => {
    type App = {
      store: { update(c: object): void };
      view: { map: { once(e: string, f: () => void): void; triggerRepaint(): void } };
    };
    const app = (window as unknown as { __app: App }).__app;
    // What one frame costs with nothing changed: the floor under "first frame in the new colours".
    const repaint: number[] = [];
    for (let i = 0; i < 12; i++) {
      const start = performance.now();
      await new Promise<void>((resolve) => {
        app.view.map.once('render', () => resolve());
        app.view.map.triggerRepaint();
      });
      repaint.push(performance.now() - start);
    }
    const metrics = ['residents-per-km2', 'stations-per-10k', 'regional-stations-per-km2', 'stations-per-km2'];
    const toIdle: number[] = [];
    const toFrame: number[] = [];
    const sync: number[] = [];
    for (let i = 0; i < 12; i++) {
      let start = 0;
      const frame = new Promise<void>((resolve) => app.view.map.once('render', () => resolve())).then(() =>
        toFrame.push(performance.now() - start),
      );
      const idle = new Promise<void>((resolve) => app.view.map.once('idle', () => resolve()));
      start = performance.now();
      app.store.update({ metric: metrics[i % metrics.length] });
      sync.push(performance.now() - start);
      await frame;
      await idle;
      toIdle.push(performance.now() - start);
    }
    return { toIdle, toFrame, sync, repaint };
  });
  await context.close();
  return result;
}

/** Loaded boundaries: from navigation until the areas are drawn (the loader has reported and the map is idle). */
async function timeToUserBoundaries(browser: Browser, url: string): Promise<{ ms: number; heapBytes: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => Number(document.documentElement.dataset['byodBatches'] ?? '0') >= 1, undefined, {
    timeout: 120_000,
  });
  const state = await page.evaluate(() => document.documentElement.dataset['byodState']);
  if (state !== 'shown') throw new Error(`bench: ${url} loader ended in state ${state}`);
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const map = (
          window as unknown as {
            __app: { view: { map: { once(e: string, f: () => void): void; triggerRepaint(): void } } };
          }
        ).__app.view.map;
        map.once('idle', () => resolve(performance.now()));
        map.triggerRepaint();
      }),
  );
  const heapBytes = await heapAfterGc(page);
  await context.close();
  return { ms, heapBytes };
}

type Measure = (page: Page) => Promise<number>;

/** Runs an optional measurement that another feature provides (export, your-own-data); null when absent. */
async function optional(browser: Browser, url: string, measure: Measure, runs: number): Promise<number[] | null> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset['mapState'] === 'ready', undefined, {
      timeout: 120_000,
    });
    const values: number[] = [];
    for (let i = 0; i < runs; i++) values.push(await measure(page));
    return values;
  } catch (error) {
    console.warn(`bench: skipped ${url}: ${(error as Error).message.split('\n')[0]}`);
    return null;
  } finally {
    await context.close();
  }
}

// --- Vector renderer (src/vector): first paint, and A4 exports as SVG and PDF. ---

/** When the first paint (SVG) and map-ready came, in one load of the app's default view. */
async function firstPaintAndReady(browser: Browser, url: string): Promise<{ firstPaintMs: number; readyMs: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset['mapState'] === 'ready', undefined, {
    timeout: 60_000,
  });
  const [firstPaintMs, readyMs] = await page.evaluate(() =>
    ['map-first-paint', 'map-ready'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
  );
  await context.close();
  return { firstPaintMs: firstPaintMs!, readyMs: readyMs! };
}

const NOTO_CJK_DIR = process.env['NOTO_CJK_DIR'] ?? '/usr/share/fonts/opentype/noto';

/** An A4 landscape export of the view on screen, as SVG or PDF (the PDF with its fonts served as the CLI does). */
function exportA4(format: 'svg' | 'pdf'): Measure {
  return async (page) => {
    await page.route('**/fonts/NotoSansCJK-*.ttc', (route) =>
      route.fulfill({ path: join(NOTO_CJK_DIR, new URL(route.request().url()).pathname.split('/').pop()!) }),
    );
    return page.evaluate(async (format) => {
      const snapshot = (window as unknown as { __snapshot?: (o: object) => Promise<unknown> }).__snapshot;
      if (!snapshot) throw new Error('window.__snapshot is not available');
      const start = performance.now();
      await snapshot({
        size: { widthPx: 3508, heightPx: 2480, pixelRatio: 3.125 },
        format,
        includePopup: false,
        frame: 'view',
      });
      return performance.now() - start;
    }, format);
  };
}

const exportPng: Measure = (page) =>
  page.evaluate(async () => {
    const snapshot = (window as unknown as { __snapshot?: (o: object) => Promise<string> }).__snapshot;
    if (!snapshot) throw new Error('window.__snapshot is not available');
    const start = performance.now();
    // The same request as the page's "4K slide" preset: 1920 × 1080 CSS px at pixel ratio 2.
    await snapshot({
      size: { widthPx: 3840, heightPx: 2160, pixelRatio: 2 },
      format: 'png',
      includePopup: false,
      frame: 'live',
    });
    return performance.now() - start;
  });

async function main(): Promise<void> {
  const chromiumPath = execFileSync('bash', ['scripts/find-chromium.sh'], { encoding: 'utf8' }).trim();
  sh('npx', ['vite', 'build', '--outDir', join(OUT, 'app'), '--emptyOutDir', '--logLevel', 'warn']);
  sh('npx', ['vite', 'build', '--config', 'bench/vite.floor.config.ts']);
  const payload = measurePayload(join(OUT, 'app'));

  const polygonCounts = [1000, 3000, 10000];
  const gridModule = 'src/byod/grid.ts';
  if (existsSync(gridModule)) {
    const { gridFeatureCollection } = (await import(`../${gridModule}`)) as {
      gridFeatureCollection: (n: number) => unknown;
    };
    mkdirSync(join(OUT, 'app', 'bench'), { recursive: true });
    for (const n of polygonCounts)
      writeFileSync(join(OUT, 'app', 'bench', `grid-${n}.geojson`), JSON.stringify(gridFeatureCollection(n)));
  }

  const { server, url } = await serveStatic(OUT);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const views = [
      '',
      '?view=china',
      '?view=hangzhou',
      '?view=shaoxing',
      '?view=hangzhou&popup=hangzhou',
      '?view=zhejiang&metric=residents-per-km2',
    ];
    const floor: number[] = [];
    const floorHeap: number[] = [];
    const floorContent: number[] = [];
    const app = new Map<string, number[]>(views.map((v) => [v, []]));
    const appHeap: number[] = [];
    await timeToReady(browser, `${url}floor/`); // warm the disk cache and the GPU process alike for both
    await timeToReady(browser, `${url}app/`);
    for (let run = 0; run < RUNS; run++) {
      const f = await timeToReady(browser, `${url}floor/`);
      floor.push(f.ms);
      floorHeap.push(f.heapBytes);
      floorContent.push((await timeToReady(browser, `${url}floor/?content`)).ms);
      for (const view of views) {
        const a = await timeToReady(browser, `${url}app/${view}`);
        app.get(view)!.push(a.ms);
        if (view === '') appHeap.push(a.heapBytes);
      }
      console.log(`run ${run + 1}/${RUNS}: floor ${f.ms.toFixed(0)} ms, app ${app.get('')!.at(-1)!.toFixed(0)} ms`);
    }
    const switches = await metricSwitch(browser, `${url}app/`);
    const exportMs = await optional(browser, `${url}app/?view=zhejiang`, exportPng, 3);
    const firstPaint: { firstPaintMs: number; readyMs: number }[] = [];
    for (let run = 0; run < RUNS; run++) firstPaint.push(await firstPaintAndReady(browser, `${url}app/`));
    const exportSvgMs = await optional(browser, `${url}app/?view=zhejiang`, exportA4('svg'), 3);
    const exportPdfMs = await optional(browser, `${url}app/?view=zhejiang`, exportA4('pdf'), 3);
    const polygons: Record<string, { readyMs: number[]; heapBytes: number[] } | null> = {};
    for (const n of polygonCounts) {
      if (!existsSync(join(OUT, 'app', 'bench', `grid-${n}.geojson`))) {
        polygons[n] = null;
        continue;
      }
      const readyMs: number[] = [];
      const heapBytes: number[] = [];
      for (let run = 0; run < 3; run++) {
        const r = await timeToUserBoundaries(browser, `${url}app/?boundaries=bench/grid-${n}.geojson&key=code`).catch(
          (error: unknown) => {
            console.warn(`bench: ${n} polygons: ${(error as Error).message.split('\n')[0]}`);
            return null;
          },
        );
        if (r) {
          readyMs.push(r.ms);
          heapBytes.push(r.heapBytes);
        }
      }
      polygons[n] = readyMs.length ? { readyMs, heapBytes } : null;
    }

    const floorStats = stats(floor);
    const results = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? '?',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: browser.version(),
        webgl: 'SwiftShader (software)',
      },
      runs: RUNS,
      floorMs: floorStats,
      floorWithContentMs: { ...stats(floorContent), ratioToFloor: stats(floorContent).median / floorStats.median },
      mapReadyMs: Object.fromEntries(
        [...app].map(([view, values]) => [
          view || '(default)',
          { ...stats(values), ratioToFloor: stats(values).median / floorStats.median },
        ]),
      ),
      payloadGzipBytes: payload.gzipBytes,
      appAddsGzipBytes: payload.appAddsGzipBytes,
      heapAfterReadyBytes: { app: stats(appHeap), floor: stats(floorHeap) },
      metricSwitchMs: {
        toIdle: stats(switches.toIdle),
        toFirstFrame: stats(switches.toFrame),
        synchronous: stats(switches.sync),
        repaintUnchanged: stats(switches.repaint),
      },
      exportPng3840x2160Ms: exportMs ? stats(exportMs) : null,
      firstPaintMs: {
        firstPaint: stats(firstPaint.map((r) => r.firstPaintMs)),
        mapReady: stats(firstPaint.map((r) => r.readyMs)),
      },
      exportA4Ms: { svg: exportSvgMs ? stats(exportSvgMs) : null, pdf: exportPdfMs ? stats(exportPdfMs) : null },
      generatedPolygons: Object.fromEntries(
        Object.entries(polygons).map(([n, r]) => [
          n,
          r
            ? {
                readyMs: stats(r.readyMs),
                heapBytes: stats(r.heapBytes),
                readyMinusFloorMs: stats(r.readyMs).median - floorStats.median,
              }
            : null,
        ]),
      ),
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync('BENCHMARKS.md', renderMarkdown(results));
    console.log(renderMarkdown(results));
  } finally {
    await browser.close();
    server.close();
  }
}

type Results = {
  date: string;
  machine: Record<string, string | number>;
  runs: number;
  floorMs: Stats;
  floorWithContentMs: Stats & { ratioToFloor: number };
  mapReadyMs: Record<string, Stats & { ratioToFloor: number }>;
  payloadGzipBytes: Record<string, number>;
  appAddsGzipBytes: number;
  heapAfterReadyBytes: { app: Stats; floor: Stats };
  metricSwitchMs: { toIdle: Stats; toFirstFrame: Stats; synchronous: Stats; repaintUnchanged: Stats };
  exportPng3840x2160Ms: Stats | null;
  firstPaintMs: { firstPaint: Stats; mapReady: Stats };
  exportA4Ms: { svg: Stats | null; pdf: Stats | null };
  generatedPolygons: Record<string, { readyMs: Stats; heapBytes: Stats; readyMinusFloorMs: number } | null>;
};

const ms = (n: number) => `${n.toFixed(0)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;

/** The vector renderer's section: first paint against map-ready in the same loads, and A4 vector exports. */
function vectorRendererMarkdown(r: Results): string[] {
  const row = (label: string, s: Stats | null) =>
    s ? `| ${label} | ${ms(s.min)} | ${ms(s.median)} | ${ms(s.max)} |` : `| ${label} | not measured | | |`;
  return [
    '## Vector renderer: first paint and vector exports',
    '',
    `Each of ${r.runs} loads of the default view times both marks; the export is run 3 times on one page.`,
    '',
    '| measure | min | median | max |',
    '| --- | ---: | ---: | ---: |',
    row('first paint (SVG of the view, `map-first-paint`)', r.firstPaintMs.firstPaint),
    row('map-ready in the same loads (MapLibre has drawn)', r.firstPaintMs.mapReady),
    row('export A4 landscape as SVG', r.exportA4Ms.svg),
    row('export A4 landscape as PDF (fonts subset and embedded)', r.exportA4Ms.pdf),
    '',
  ];
}

function renderMarkdown(r: Results): string {
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${r.date.slice(0, 10)}: ${r.machine['cpus']} cores (${r.machine['cpuModel']}), ${r.machine['memoryGiB']} GiB, Node ${r.machine['node']}, Chromium ${r.machine['chromium']}, WebGL on ${r.machine['webgl']}.`,
    `${r.runs} alternating runs (floor, then each app view), each in a fresh browser context, served gzip'd from 127.0.0.1. The floor is a bare MapLibre page with one polygon, built the same way. Ratios are medians taken in the same run.`,
    '',
    '## Time to map-ready',
    '',
    '| page | min | median | max | median ÷ floor |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| floor (bare MapLibre) | ${ms(r.floorMs.min)} | ${ms(r.floorMs.median)} | ${ms(r.floorMs.max)} | 1.00 |`,
    `| bare MapLibre drawing our boundaries, borders and bilingual labels (no app) | ${ms(r.floorWithContentMs.min)} | ${ms(r.floorWithContentMs.median)} | ${ms(r.floorWithContentMs.max)} | ${r.floorWithContentMs.ratioToFloor.toFixed(2)} |`,
    ...Object.entries(r.mapReadyMs).map(
      ([view, s]) => `| app ${view} | ${ms(s.min)} | ${ms(s.median)} | ${ms(s.max)} | ${s.ratioToFloor.toFixed(2)} |`,
    ),
    '',
    '## Bytes for the default view (gzip)',
    '',
    '| part | gzip |',
    '| --- | ---: |',
    ...Object.entries(r.payloadGzipBytes).map(([part, bytes]) => `| ${part} | ${kb(bytes)} |`),
    `| **what the app adds to MapLibre** (app JS + CSS + HTML + data) | **${kb(r.appAddsGzipBytes)}** (budget 60 KB) |`,
    '',
    '## Other measures',
    '',
    '| measure | min | median | max |',
    '| --- | ---: | ---: | ---: |',
    `| JS heap after ready, app | ${mb(r.heapAfterReadyBytes.app.min)} | ${mb(r.heapAfterReadyBytes.app.median)} | ${mb(r.heapAfterReadyBytes.app.max)} |`,
    `| JS heap after ready, floor | ${mb(r.heapAfterReadyBytes.floor.min)} | ${mb(r.heapAfterReadyBytes.floor.median)} | ${mb(r.heapAfterReadyBytes.floor.max)} |`,
    `| metric switch, synchronous work | ${r.metricSwitchMs.synchronous.min.toFixed(1)} ms | ${r.metricSwitchMs.synchronous.median.toFixed(1)} ms | ${r.metricSwitchMs.synchronous.max.toFixed(1)} ms |`,
    `| metric switch, until the first frame in the new colours | ${ms(r.metricSwitchMs.toFirstFrame.min)} | ${ms(r.metricSwitchMs.toFirstFrame.median)} | ${ms(r.metricSwitchMs.toFirstFrame.max)} |`,
    `| one repaint with nothing changed (what any frame costs here) | ${ms(r.metricSwitchMs.repaintUnchanged.min)} | ${ms(r.metricSwitchMs.repaintUnchanged.median)} | ${ms(r.metricSwitchMs.repaintUnchanged.max)} |`,
    `| metric switch, until the map is idle again | ${ms(r.metricSwitchMs.toIdle.min)} | ${ms(r.metricSwitchMs.toIdle.median)} | ${ms(r.metricSwitchMs.toIdle.max)} |`,
    r.exportPng3840x2160Ms
      ? `| export 3840×2160 PNG | ${ms(r.exportPng3840x2160Ms.min)} | ${ms(r.exportPng3840x2160Ms.median)} | ${ms(r.exportPng3840x2160Ms.max)} |`
      : '| export 3840×2160 PNG | not measured (export not available in this build) | | |',
    '',
    ...vectorRendererMarkdown(r),
    '## Your own boundaries: generated polygons',
    '',
    '| polygons | drawn, median | drawn − floor | JS heap after drawn, median |',
    '| ---: | ---: | ---: | ---: |',
    ...Object.entries(r.generatedPolygons).map(([n, p]) =>
      p
        ? `| ${n} | ${ms(p.readyMs.median)} | ${ms(p.readyMinusFloorMs)} | ${mb(p.heapBytes.median)} |`
        : `| ${n} | not measured | | |`,
    ),
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().catch((error: unknown) => {
    console.error(`bench: ${(error as Error).message}`);
    process.exit(1);
  });
}
