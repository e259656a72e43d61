import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_ARGS, SOFTWARE_COMPOSITING_ARGS } from './scripts/headless-chromium';

const PORT = Number(process.env.E2E_PORT ?? 4318);
// Several people (or agents) can test side by side: each builds into its own folder and port.
const DIST_DIR = process.env.DIST_DIR ?? 'dist';

function chromiumPath(): string {
  return execFileSync('bash', ['scripts/find-chromium.sh'], { encoding: 'utf8' }).trim();
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Two cores and a software GPU: more than two browsers at once only makes every test slower.
  workers: 2,
  // Tests, not files, are shared out between the two workers: a long file (layout, kiosk, export) no longer leaves
  // the other worker idle at the end. Every test opens its own page; tests in one file share no state.
  fullyParallel: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    // Camera moves cut instead of easing: on software WebGL every frame of an ease is drawn by the CPU, and most
    // tests check where the camera ends, not how it got there. The tests of easing itself ask for motion.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: chromiumPath(),
      // The page composited and its tiles drawn by Skia on the CPU instead of through SwiftShader's emulated GL; WebGL
      // (MapLibre, the export) still runs on SwiftShader. The tests check layout, text and the map's pixels, not the
      // compositor; the visual baselines pass unchanged. Measured 4 Dec 2026 (one worker, load 6–13): layout and
      // popup-parity at 1280×800 in 34 CPU-s instead of 44–51, the visual, map, kiosk-context and export tests in
      // 142 instead of 148.
      args: [...CHROMIUM_ARGS, ...SOFTWARE_COMPOSITING_ARGS],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${DIST_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
