/**
 * Issue 23's drag, A/B: the bench's 60-move drag (scripts/bench.ts dragMap) on two builds of the vector map and on
 * Leaflet, interleaved in one session, and how much of each drag is its release (from the pointerup to two frames
 * later: the vector map's draw at the new camera). With --trace, one traced drag per page and the release's main-thread
 * work by trace event (script, HTML parsing, style, layout, paint), from Chromium's own timeline.
 *
 *   mkdir -p dist-ab && ln -s ../dist-old dist-ab/old && ln -s ../dist-new dist-ab/new && ln -s ../dist-old dist-ab/app
 *   ln -s ../dist-bench/peers dist-ab/peers   # Leaflet's page reads ../../app/geo/
 *   npx tsx bench/drag-ab.ts dist-ab [runs] [--trace]
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../scripts/headless-chromium';
import { serveStatic } from '../scripts/static-server';

const root = process.argv[2] ?? 'dist-ab';
const RUNS = Number(process.argv[3] ?? 9);
const TRACE = process.argv.includes('--trace');
/** Main-thread busy time from Chromium's own counters (CDP Performance.getMetrics), for the drag and its release. */
const METRICS = process.argv.includes('--metrics');
const VIEWPORT = { width: 1280, height: 800 };

/** The bench's drag, plus the time of the release (the first pointerup or mouseup the page saw). */
async function drag(page: Page, beforeRelease = async () => {}): Promise<{ total: number; release: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { upAt?: number };
    const mark = () => {
      w.upAt ??= performance.now();
    };
    for (const type of ['pointerup', 'mouseup']) window.addEventListener(type, mark, { capture: true });
  });
  const box = (await page.locator('#map').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  const start = await page.evaluate(() => performance.now());
  for (let i = 1; i <= 60; i++) await page.mouse.move(x - 4 * i, y - 2 * i);
  await beforeRelease();
  await page.mouse.up();
  const [end, upAt] = await page.evaluate(
    () =>
      new Promise<[number, number]>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve([performance.now(), (window as unknown as { upAt: number }).upAt])),
        ),
      ),
  );
  return { total: end - start, release: end - upAt };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
}

/** The release's main-thread work by event name (top-level slices of the renderer's main thread), in ms. */
async function tracedDrag(page: Page): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,blink.user_timing,v8.execute',
    transferMode: 'ReportEvents',
  });
  await page.evaluate(() => performance.mark('drag-start'));
  await page.evaluate(() => {
    const w = window as unknown as {
      __vectorMap?: { motion: { host: { draw(...a: unknown[]): void } } };
      drawMs: number[];
    };
    const host = w.__vectorMap?.motion.host;
    if (!host) return;
    w.drawMs = [];
    const draw = host.draw.bind(host);
    host.draw = (...a: unknown[]) => {
      const t = performance.now();
      draw(...a);
      w.drawMs.push(performance.now() - t);
    };
  });
  const { release, total } = await drag(page);
  await page.evaluate(() => performance.mark('drag-end'));
  await cdp.send('Tracing.end');
  await done;
  const main = events.find(
    (e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain',
  );
  const endMark = events.find((e) => e.name === 'drag-end');
  const endTs = endMark!.ts;
  const upTs = endTs - release * 1000;
  const sums: Record<string, number> = { total, release };
  for (const e of events) {
    if (e.ph !== 'X' || e.tid !== main?.tid || e.pid !== main.pid || e.ts < upTs || e.ts > endTs) continue;
    sums[e.name] = (sums[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  }
  // The vector map's own draw, timed around its host's draw (script and the SVG's parsing, synchronous).
  const draw = await page.evaluate(() => (window as unknown as { drawMs?: number[] }).drawMs ?? []);
  sums['draw (sync)'] = draw.reduce((a, b) => a + b, 0);
  return sums;
}

const COUNTERS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;

/** The drag, with the main thread's busy time (ms) over the whole drag and over its release, by Chromium's counters. */
async function measuredDrag(page: Page): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return Object.fromEntries(metrics.map((m) => [m.name, m.value * 1000]));
  };
  const start = await read();
  let beforeUp: Record<string, number> = {};
  const { total, release } = await drag(page, async () => {
    beforeUp = await read();
  });
  const end = await read();
  const out: Record<string, number> = { total, release };
  for (const name of COUNTERS) {
    out[`drag ${name}`] = end[name]! - start[name]!;
    out[`release ${name}`] = end[name]! - beforeUp[name]!;
  }
  return out;
}

const { server, url } = await serveStatic(root);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const pages = {
  old: `${url}old/?renderer=vector`,
  new: `${url}new/?renderer=vector`,
  leaflet: `${url}peers/leaflet/`,
};

async function open(address: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  // tsx keeps function names with a __name helper that the page does not have.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(address);
  await page.waitForFunction(() => document.documentElement.dataset['mapState'] === 'ready', undefined, {
    timeout: 90_000,
  });
  return page;
}

try {
  if (process.argv.includes('--ready')) {
    // map-ready (the page's own mark) of each build, interleaved: the margin drawn around the viewport costs here.
    const ready: Record<string, number[]> = {};
    for (let run = 0; run < RUNS; run++)
      for (const [name, address] of Object.entries(pages)) {
        const page = await open(address);
        ready[name] ??= [];
        ready[name].push(
          await page.evaluate(() => performance.getEntriesByName('map-ready')[0]?.startTime ?? Number.NaN),
        );
        await page.context().close();
      }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    for (const [name, r] of Object.entries(ready))
      console.log(`${name} map-ready median ${median(r).toFixed(0)} ms; runs ${r.map((v) => v.toFixed(0)).join(' ')}`);
  } else if (METRICS) {
    const all: Record<string, Record<string, number[]>> = {};
    for (let run = 0; run < RUNS; run++)
      for (const [name, address] of Object.entries(pages)) {
        const page = await open(address);
        const r = await measuredDrag(page);
        await page.context().close();
        all[name] ??= {};
        for (const [k, v] of Object.entries(r)) {
          all[name]![k] ??= [];
          all[name]![k].push(v);
        }
        console.log(
          `run ${run + 1} ${name}: ${Object.entries(r)
            .map(([k, v]) => `${k} ${v.toFixed(0)}`)
            .join(', ')}`,
        );
      }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    for (const [name, r] of Object.entries(all))
      console.log(
        `${name} medians: ${Object.entries(r)
          .map(([k, v]) => `${k} ${median(v).toFixed(0)}`)
          .join(', ')}`,
      );
  } else if (TRACE) {
    for (const [name, address] of Object.entries(pages)) {
      const page = await open(address);
      const sums = await tracedDrag(page);
      console.log(
        name,
        Object.entries(sums)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 16)
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(', '),
      );
      await page.context().close();
    }
  } else {
    const results: Record<string, { total: number[]; release: number[] }> = {};
    for (const name of Object.keys(pages)) results[name] = { total: [], release: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const [name, address] of Object.entries(pages)) {
        const page = await open(address);
        const r = await drag(page);
        results[name]!.total.push(r.total);
        results[name]!.release.push(r.release);
        await page.context().close();
      }
      console.log(
        `run ${run + 1}: ${Object.entries(results)
          .map(([n, r]) => `${n} ${r.total.at(-1)!.toFixed(0)} (release ${r.release.at(-1)!.toFixed(0)})`)
          .join(', ')}`,
      );
    }
    const median = (values: number[]) => {
      const s = [...values].sort((a, b) => a - b);
      const m = Math.floor(s.length / 2);
      return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
    };
    const leaflet = median(results['leaflet']!.total);
    for (const [name, r] of Object.entries(results))
      console.log(
        `${name}: drag median ${median(r.total).toFixed(0)} ms (÷ Leaflet ${(median(r.total) / leaflet).toFixed(2)}), release median ${median(r.release).toFixed(0)} ms; runs ${r.total.map((v) => v.toFixed(0)).join(' ')}`,
      );
  }
} finally {
  await browser.close();
  server.close();
}
