import { defineConfig, type Plugin } from 'vitest/config';
import type { IndexHtmlTransformContext } from 'vite';
import { paletteTable } from './scripts/palette-source.ts';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { assetFileNames } from './scripts/asset-names.ts';
import { timelineGeometry } from './src/story/timeline-geometry.ts';
import { themeCss } from './src/scene/theme.ts';
// Kiosk: the service worker that lets a reload work with no server (issue 13 item 4).
import { serviceWorker } from './scripts/service-worker.ts';
// PDF export: Noto Sans CJK SC cut to what a PDF can hold, fetched only for a PDF (issue 14 item 2).
import { pdfFonts } from './scripts/pdf-fonts.ts';
// PDF export: the regional hatch stays a hatch once svg-to-pdfkit is minified.
import { svgToPdfkitPatterns } from './scripts/svg-to-pdfkit-patterns.ts';
// The first view parses only the MapLibre CSS this app uses (issue 23).
import { maplibreCssTrim } from './scripts/maplibre-css-trim.ts';
import { FIRST_VIEW_CHUNK, FIRST_VIEW_MODULES } from './scripts/payload.ts';
import { MAPLIBRE_CHUNK_META } from './src/map/prefetch-maplibre.ts';

/** What the build wrote, as the HTML's transform sees it. */
type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>;

/** Serves `virtual:palettes`: the palette table computed with d3 at build time, not in the browser. */
function palettes(): Plugin {
  const id = 'virtual:palettes';
  return {
    name: 'palettes',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? `export default ${JSON.stringify(paletteTable())};` : undefined),
  };
}

/** Serves `virtual:theme.css`: the theme record (src/scene/theme.ts) as the page's CSS custom properties. */
function theme(): Plugin {
  const id = 'virtual:theme.css';
  return {
    name: 'theme',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? themeCss() : undefined),
  };
}

/**
 * A build step on the built HTML, given the bundle and the base its links start with (`./`, or a sub-path): what
 * the plugins below share.
 */
function builtHtml(name: string, transform: (html: string, bundle: OutputBundle, base: string) => string): Plugin {
  let base = './';
  return {
    name,
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: { order: 'post', handler: (html, context) => transform(html, context.bundle ?? {}, base) },
  };
}

/** `lines` added at the end of the HTML's <head>. */
function inHead(html: string, lines: readonly string[]): string {
  return html.replace('</head>', `  ${lines.join('\n    ')}\n  </head>`);
}

/**
 * MapLibre is imported dynamically (the first paint draws before its code is parsed), so nothing in the HTML
 * names its chunk: this names it in a `<meta>`, from which `auto` prefetches it once its vector map is drawn
 * (src/map/prefetch-maplibre.ts). Not a modulepreload: that also compiled its 800 KB where the map chosen is the
 * vector map (software WebGL: `auto` on this machine), 90–220 ms of the vector map's map-ready in A/B runs here
 * (4 Dec 2026, medians of 7–9 alternating loads). Not a prefetch in the HTML either: fetched beside the first view's
 * files, it still took about 50 ms from it (543 against 492 ms, the same evening).
 */
const prefetchMaplibre = () =>
  builtHtml('prefetch-maplibre', (html, bundle, base) => {
    const chunk = Object.values(bundle).find((output) => output.type === 'chunk' && output.name === 'maplibre');
    if (!chunk) throw new Error('prefetch-maplibre: the build has no "maplibre" chunk');
    return inHead(html, [`<meta name="${MAPLIBRE_CHUNK_META}" content="${base}${chunk.fileName}" />`]);
  });

/**
 * The chunk every start imports at once, after the app's own has run (FIRST_VIEW_CHUNK: the figures panel, and the
 * vector map that `auto` and `?renderer=vector` show first), named in the HTML with what it imports as
 * modulepreloads, its CSS as preloads: fetched with the app's chunk instead of one round trip after it. Without them
 * the page asked for nine files about 230 ms after navigation and waited 70–100 ms for them before drawing anything
 * (Chromium trace of the vector map's first view, 4 Dec 2026). Not the hand-over to MapLibre, which only a machine
 * with a GPU imports, later. MapLibre by name fetches the vector map's chunks too (a few KB it does not run).
 */
const preloadStartupChunks = () =>
  builtHtml('preload-startup-chunks', (html, bundle, base) => {
    const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
    const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const scripts = new Set<string>();
    const styles = new Set<string>();
    const visit = (file: string) => {
      const chunk = byFile.get(file);
      if (!chunk || scripts.has(file) || html.includes(file) || chunk.name === 'maplibre') return;
      scripts.add(file);
      for (const css of chunk.viteMetadata?.importedCss ?? []) if (!html.includes(css)) styles.add(css);
      for (const imported of chunk.imports) visit(imported);
    };
    const firstView = chunks.find((c) => c.name === FIRST_VIEW_CHUNK);
    if (!firstView) throw new Error(`preload-startup-chunks: the build has no "${FIRST_VIEW_CHUNK}" chunk`);
    visit(firstView.fileName);
    return inHead(html, [
      ...[...scripts].map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`),
      ...[...styles].map((file) => `<link rel="preload" as="style" crossorigin href="${base}${file}">`),
    ]);
  });

/** The HTML's comments are for its readers here, not for every visitor's download (about 100 bytes gzip). */
const stripHtmlComments = () => builtHtml('strip-html-comments', (html) => html.replace(/\s*<!--[\s\S]*?-->/g, ''));

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
  plugins: [
    palettes(),
    theme(),
    contentSecurityPolicy(),
    prefetchMaplibre(),
    preloadStartupChunks(),
    stripHtmlComments(),
    serviceWorker(),
    timeline(),
    pdfFonts(),
    svgToPdfkitPatterns(),
    maplibreCssTrim(),
  ],
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
        // Only MapLibre's code: its CSS is loaded with the page, and must not tie the code chunk to the entry
        // (the first paint draws before MapLibre's code is loaded; src/vector/first-paint.ts).
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ },
            { name: 'maplibre-css', test: /node_modules[\\/]maplibre-gl[\\/].*\.css$/ },
            // The first view's own modules in one chunk: without this, the modules it shares with lazy features
            // (export, kiosk, the vector map) come as four small chunks, 1.5 KB gzip more.
            { name: 'app', test: /[\\/]src[\\/]/, tags: ['$initial'] },
            // What every start imports at once besides (scripts/payload.ts FIRST_VIEW_MODULES), in one file.
            { name: FIRST_VIEW_CHUNK, test: FIRST_VIEW_MODULES },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'geo/**/*.test.ts'],
    environment: 'node',
    // Worker threads, not child processes: the same tests with a fifth less CPU (measured 3 Dec 2026 on the shared
    // 2-core machine: 33 s user + 9 s sys against 40 s + 13 s with forks).
    pool: 'threads',
    // Test files share a worker's modules instead of importing everything again for each of the ~100 files: the
    // unit suite in 21 s of CPU instead of 58 s, 26 s instead of 76 s on the wall (measured 4 Dec 2026, shared
    // 2-core machine, load 6). A test of module state takes a fresh copy itself (vi.resetModules).
    isolate: false,
    // Both languages' tables, as the app loads them before use (src/i18n/index.ts loadLang).
    setupFiles: ['tests/unit/setup-languages.ts'],
    // Some tests build the boundaries or the app; on a busy 2-core machine that can pass vitest's 5 s default.
    testTimeout: 30_000,
  },
});
