/**
 * npm run snapshot: the page's own export code (src/export/snapshot.ts) in headless Chromium,
 * driven by the deep-link state, writing one file per view. Serves the built app from 127.0.0.1
 * and lets the page fetch nothing else.
 */
import { CHROMIUM_ARGS } from './headless-chromium';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { SnapshotForCli, SnapshotRequest } from '../src/export/snapshot';
import { parseSnapshotArgs, USAGE, UsageError, type SnapshotJob } from './snapshot-args';
import { serveStatic } from './static-server';

const ROOT = resolve(import.meta.dirname, '..');
// What a build depends on: when any is newer than dist/index.html, dist/ is rebuilt.
const BUILD_INPUTS = ['src', 'public', 'index.html', 'package.json', 'vite.config.ts'];
const READY_TIMEOUT_MS = 60_000;
// An A3 page at 300 dpi takes SwiftShader well under a minute; the page's own timeout is 120 s.
const SNAPSHOT_TIMEOUT_MS = 180_000;
/**
 * No GPU process: every file is drawn on the CPU (the vector page, rasterised into a CPU canvas), so SwiftShader
 * would start and composite for nothing. The same PNG, byte for byte; the page was ready in 2.2-2.4 s without it
 * against 3.6-8.2 s with it, and Chromium closed in 1.1 s against 0.9-6.1 s (two runs each, load 17-22).
 */
const CLI_CHROMIUM_ARGS = ['--disable-gpu'];
/**
 * The page's live map, kept to a stamp: a snapshot of a named view (frame 'view') draws its own map off-screen
 * at the file's size and takes only the live map's style, so the live one need not fill 1280 × 800 px first.
 * On software WebGL its first frames took as long as the 4K render itself.
 */
const LIVE_MAP_CSS = '#map { flex: none !important; width: 64px !important; height: 64px !important; }';

function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtimeMs(join(path, name))));
}

/** Builds the app into `dist` when it is missing or older than its sources; says which and why. */
function ensureBuild(dist: string, allowed: boolean): void {
  const index = join(dist, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (!allowed) {
    if (!built)
      throw new Error(
        `${dist} has no index.html; build it (npx vite build --outDir ${dist}) or leave out --skip-build`,
      );
    return;
  }
  const newest = Math.max(...BUILD_INPUTS.map((p) => newestMtimeMs(join(ROOT, p))));
  if (built && built >= newest) return;
  const shown = relative(process.cwd(), dist);
  console.log(
    `snapshot: building ${shown.startsWith('..') ? dist : shown || '.'} (${built ? 'sources changed since the last build' : 'no build yet'})`,
  );
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'vite'),
    ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

function chromiumPath(): string {
  try {
    return execFileSync('bash', [join(ROOT, 'scripts', 'find-chromium.sh')], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'no Chromium found: install it (sudo apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH',
    );
  }
}

function deepLink(base: string, job: SnapshotJob, view: string): string {
  // The vector map's page: every file is drawn from the vector page (SVG, PDF, PNG rasterised), so MapLibre's
  // WebGL start, seconds on a machine without a GPU, would be waited for and never used.
  const params = new URLSearchParams({ view, lang: job.lang, metric: job.metric, renderer: 'vector' });
  if (job.popup) params.set('popup', job.popup);
  return `${base}?${params}`;
}

export async function runSnapshot(job: SnapshotJob): Promise<void> {
  const started = performance.now();
  const dist = resolve(job.dist);
  // Chromium starts while the build is checked (or made): its start is the longer of the two.
  const launching = chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...CLI_CHROMIUM_ARGS] });
  let buildMs: number;
  try {
    ensureBuild(dist, job.build);
    buildMs = performance.now() - started;
  } catch (error) {
    await launching.then((browser) => browser.close()).catch(() => {});
    throw error;
  }
  const browser = await launching;
  const { server, url } = await serveStatic(dist);
  const origin = new URL(url).origin;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    // No network: anything not served by our own server is refused.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(origin) || route.request().url().startsWith('data:')
        ? route.continue()
        : route.abort(),
    );
    page.on('pageerror', (error) => console.error(`snapshot: page error: ${error.message}`));
    // A constructed sheet, so the page's content security policy has nothing to refuse.
    await page.addInitScript((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, LIVE_MAP_CSS);
    const browserMs = performance.now() - started;
    for (const { view, file } of job.outputs) {
      const viewStarted = performance.now();
      await page.goto(deepLink(url, job, view));
      await page.waitForFunction(
        () => ['ready', 'error'].includes(document.documentElement.dataset['mapState'] ?? ''),
        undefined,
        { timeout: READY_TIMEOUT_MS },
      );
      const state = await page.evaluate(() => document.documentElement.dataset['mapState']);
      const readyMs = performance.now() - viewStarted;
      if (state !== 'ready')
        throw new Error(`the map for view "${view}" did not draw: ${await page.locator('#alert').textContent()}`);
      const request: SnapshotRequest = {
        size: job.size,
        format: job.format,
        includePopup: job.popup !== null,
        frame: 'view',
      };
      const result = (await page.evaluate(
        ({ request, timeout }) =>
          Promise.race([
            window.__snapshot!(request),
            new Promise<never>((_, reject) =>
              setTimeout(() => reject(new Error(`no snapshot after ${timeout / 1000} s`)), timeout),
            ),
          ]),
        { request, timeout: SNAPSHOT_TIMEOUT_MS },
      )) as SnapshotForCli;
      const bytes = Buffer.from(result.base64, 'base64');
      mkdirSync(dirname(resolve(file)), { recursive: true });
      writeFileSync(file, bytes);
      const seconds = (performance.now() - viewStarted) / 1000;
      const stages = [
        ...(file === job.outputs[0]!.file
          ? [['build check', buildMs] as const, ['browser start', browserMs - buildMs] as const]
          : []),
        ['page until the map is ready', readyMs] as const,
        ...Object.entries(result.stagesMs),
        // The file as base64 out of the page, decoded and written.
        ['transfer and write', performance.now() - viewStarted - readyMs - result.durationMs] as const,
      ]
        .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`)
        .join(', ');
      console.log(
        `snapshot: wrote ${file} (${result.widthPx} × ${result.heightPx} px, ${(bytes.length / 1e6).toFixed(2)} MB) in ${seconds.toFixed(1)} s (${stages})`,
      );
      for (const note of result.notes ?? []) console.log(`snapshot: ${note}`);
      for (const warning of result.warnings ?? []) console.warn(`snapshot: warning: ${file}: ${warning}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`snapshot: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseSnapshotArgs>;
  try {
    parsed = parseSnapshotArgs(argv, {
      cwd: process.cwd(),
      isDirectory: (p) => existsSync(p) && statSync(p).isDirectory(),
    });
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (parsed.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    await runSnapshot(parsed.job);
    return 0;
  } catch (error) {
    // The page's SnapshotError arrives wrapped by Playwright; its own words are after "Error: ".
    const message = error instanceof Error ? error.message : String(error);
    console.error(`snapshot: ${message.replace(/^[\s\S]*?SnapshotError: /u, '').split('\n')[0]}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
