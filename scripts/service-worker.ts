import { VitePWA } from 'vite-plugin-pwa';

/** Navigations the worker answers with the cached index.html: the app's page at any sub-path, with any query. */
export const APP_PAGE = /^[^?]*\/(index\.html)?(\?.*)?$/u;

/** Tour files, fetched network-first so that an edited tour applies on the next load. */
export const TOUR_FILE = /\/tours\/[^/]+\.json$/u;

/** The service worker's file, next to index.html; the kiosk registers it relative to the page (any sub-path). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * A Workbox service worker (vite-plugin-pwa's generateSW) that lets a kiosk reload with no server at all:
 * the app shell (index.html, every script and stylesheet, MapLibre's worker, fonts if any) and the boundary
 * files are precached with their build revision; tour files are network-first, so an edited tour applies on
 * the next load and the last one that loaded plays when the server is gone.
 *
 * Updates: a new build brings a new sw.js with new revisions; it installs beside the old one, takes over at once
 * (skipWaiting, clientsClaim) and drops the old caches, and the kiosk reloads itself into the new build
 * (src/kiosk/offline.ts). Nothing is injected into index.html: the policy forbids inline scripts, and only
 * the kiosk registers the worker (see src/kiosk/offline.ts for why).
 */
export function serviceWorker() {
  return VitePWA({
    strategies: 'generateSW',
    filename: SERVICE_WORKER_FILE,
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,json,woff,woff2,svg,png}'],
      // The build manifest is for scripts/payload.ts, tours are fetched network-first below, and the PDF fonts
      // (3.7 MB, scripts/pdf-fonts.ts) are fetched only when a PDF is asked for.
      globIgnores: ['.vite/**', 'tours/**', 'fonts/*.subset.otf', '**/node_modules/**'],
      // MapLibre's chunk is about 1 MB; leave room for it and for larger boundary files.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // The app's own page, at the scope's root with any query (?kiosk=1&lang=zh…), is the app shell.
      navigateFallback: 'index.html',
      navigateFallbackAllowlist: [APP_PAGE],
      runtimeCaching: [
        {
          // TOUR_FILE written out: Workbox copies this function's source into sw.js, without its closure.
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/tours\/[^/]+\.json$/u.test(url.pathname),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'tours',
            // A server that accepts the connection and then hangs must not hold the kiosk's tour back.
            networkTimeoutSeconds: 5,
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      sourcemap: false,
    },
  });
}
