import { defineConfig, type Plugin } from 'vitest/config';
import { paletteTable } from './src/scale/palette-source.ts';
import { contentSecurityPolicy } from './scripts/csp.ts';
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

export default defineConfig({
  base: './',
  plugins: [palettes(), contentSecurityPolicy(), serviceWorker()],
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
