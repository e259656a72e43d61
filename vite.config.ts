import { defineConfig, type Plugin } from 'vitest/config';
import { paletteTable } from './scripts/palette-source.ts';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { assetFileNames } from './scripts/asset-names.ts';
import { timelineGeometry } from './src/story/timeline-geometry.ts';
// Kiosk: the service worker that lets a reload work with no server (issue 13 item 4).
import { serviceWorker } from './scripts/service-worker.ts';

/** Serves `virtual:palettes`: the palette table computed with d3 at build time, not in the browser. */
function palettes(): Plugin {
  const id = 'virtual:palettes';
  return {
    name: 'palettes',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? `export default ${JSON.stringify(paletteTable())};` : undefined),
  };
}

/** Story (issue 11): serves `virtual:timeline-geometry`, the time line's points placed with d3-scale at build time. */
function timeline(): Plugin {
  const id = 'virtual:timeline-geometry';
  return {
    name: 'timeline-geometry',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? `export default ${JSON.stringify(timelineGeometry())};` : undefined),
  };
}

export default defineConfig({
  base: './',
  plugins: [palettes(), contentSecurityPolicy(), serviceWorker(), timeline()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The manifest tells the payload budget which chunks the first view loads (scripts/payload.ts).
    manifest: true,
    // MapLibre is the floor every map pays; keeping it in its own chunk lets the budget guard and the
    // benchmark count exactly what the app adds on top of it.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        assetFileNames,
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'geo/**/*.test.ts'],
    environment: 'node',
    // Some tests build the boundaries or the app; on a busy 2-core machine that can pass vitest's 5 s default.
    testTimeout: 30_000,
  },
});
