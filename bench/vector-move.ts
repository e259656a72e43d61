/**
 * What a frame of the vector map's camera move costs, two ways, on this machine (docs/architecture.md quotes it):
 * each frame a CSS transform of one drawing (what src/vector/camera-motion.ts does), against drawing the SVG again
 * at every frame's camera. The kiosk's China → Hangzhou move at 1920 × 1080, frame by frame as the browser runs it.
 *
 *   npx vite build --outDir dist && npx vite preview --outDir dist --port 4471 &
 *   npx tsx bench/vector-move.ts http://127.0.0.1:4471/
 */
import { chromium } from '@playwright/test';
import type { Camera } from '../src/vector/camera';
import { ease, flightCover, flightPath } from '../src/vector/camera-ease';

const url = process.argv[2] ?? 'http://127.0.0.1:4471/';
const FRAMES = 75; // 1.2 s at 60 frames a second
const RUNS = 3;

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
// tsx keeps function names with a __name helper that the page does not have.
await page.addInitScript('window.__name = (f) => f');
await page.emulateMedia({ reducedMotion: 'reduce' });
await page.goto(`${url}?kiosk=1&renderer=vector&tour-interval=3600&lang=en`);
await page.waitForFunction(() => window.__kiosk?.stepsPlayed === 1, undefined, { timeout: 60_000 });
const from: Camera = await page.evaluate(() => window.__vectorMap!.currentCamera);
await page.evaluate(() => window.__kiosk!.showStep(2));
const to: Camera = await page.evaluate(() => window.__vectorMap!.currentCamera);
await page.evaluate(() => window.__kiosk!.stop());
const path = flightPath(from, to);
const cameras = Array.from({ length: FRAMES }, (_, i) => path(ease((i + 1) / FRAMES)));
const cover = flightCover(path);

/** Runs one frame per animation frame; the frame's own work (script) and the time between frames (everything). */
async function run(mode: 'transform' | 'redraw'): Promise<{ scriptMs: number[]; frameMs: number[] }> {
  return page.evaluate(
    ({ mode, cameras, cover }) =>
      new Promise((resolve) => {
        // The map's camera motion (private in TypeScript, there at run time): what goTo drives.
        const motion = (
          window.__vectorMap as unknown as { motion: { commit(c: unknown): void; preview(c: unknown): void } }
        ).motion;
        const scriptMs: number[] = [];
        const frameMs: number[] = [];
        if (mode === 'transform') motion.commit(cover);
        let i = 0;
        let last = 0;
        const frame = (time: number) => {
          if (last) frameMs.push(time - last);
          last = time;
          if (i === cameras.length) return resolve({ scriptMs, frameMs });
          const start = performance.now();
          if (mode === 'transform') motion.preview(cameras[i]);
          else motion.commit(cameras[i]);
          scriptMs.push(performance.now() - start);
          i++;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { mode, cameras, cover },
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p90 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)]!;
const results: Record<string, unknown> = {};
for (const mode of ['transform', 'redraw'] as const) {
  const scripts: number[] = [];
  const frames: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const { scriptMs, frameMs } = await run(mode);
    scripts.push(...scriptMs);
    frames.push(...frameMs);
  }
  results[mode] = {
    scriptMedianMs: Number(median(scripts).toFixed(2)),
    frameMedianMs: Number(median(frames).toFixed(1)),
    frameP90Ms: Number(p90(frames).toFixed(1)),
    moveMs: Math.round(frames.reduce((a, b) => a + b, 0) / RUNS),
  };
}
// One drawing at the covering camera and one at the end: what a move draws beside its transforms.
results['coverDrawMs'] = await page.evaluate((cover) => {
  const motion = (window.__vectorMap as unknown as { motion: { commit(c: unknown): void } }).motion;
  const start = performance.now();
  motion.commit(cover);
  return Number((performance.now() - start).toFixed(1));
}, cover);
console.log(JSON.stringify({ frames: FRAMES, runs: RUNS, ...results }, null, 2));
await browser.close();
