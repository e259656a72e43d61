/**
 * Keeps the kiosk running when its server is gone: registers the Workbox service worker that the build
 * writes next to index.html (scripts/service-worker.ts), so a reload is answered from the cache.
 *
 * Only the kiosk registers it: an unattended screen is where a reload with no server happens, and a reader's
 * browser then keeps no caches it does not need. The worker's scope is the folder the app is served from
 * (the script is registered relative to the page), so the app works under any sub-path.
 */

/** What `data-kiosk-offline` on <html> says. */
export type OfflineState = 'unsupported' | 'installing' | 'ready' | 'failed';

export interface OfflineOptions {
  /** The tour file the kiosk plays; fetched once more through the worker so that it is cached too. */
  tourFile: string;
  /** How often to ask the server for a new build (a kiosk never navigates, so the browser would not ask). */
  updateEveryMs: number;
  /** A new build has taken over: the page should reload into it. */
  onUpdate(): void;
}

export interface OfflineHandle {
  readonly state: OfflineState;
  stop(): void;
}

const SERVICE_WORKER_URL = `${import.meta.env.BASE_URL}sw.js`;

export function keepOffline(options: OfflineOptions): OfflineHandle {
  const html = document.documentElement;
  let state: OfflineState = 'unsupported';
  const setState = (next: OfflineState) => {
    state = next;
    html.dataset['kioskOffline'] = next;
  };
  // The dev server has no worker file, and a browser without service workers (or an insecure origin) has no API.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) {
    setState('unsupported');
    return { state, stop: () => delete html.dataset['kioskOffline'] };
  }
  const container = navigator.serviceWorker;
  // A page that loaded under a worker has its files from that worker's cache (its tour too, network-first).
  let controlled = container.controller !== null;
  let stopped = false;
  let updateTimer: ReturnType<typeof setInterval> | undefined;

  const onControllerChange = () => {
    if (stopped) return;
    // Another worker took over a page that already had one: a new build was installed, with new file names.
    if (controlled) return options.onUpdate();
    controlled = true;
    // The first worker just claimed this page. The tour was fetched before it existed: fetch it again through
    // the worker, which keeps it for a reload with no server.
    fetch(options.tourFile, { cache: 'no-cache' })
      .then((response) => setState(response.ok ? 'ready' : 'failed'))
      .catch(() => setState('failed'));
  };
  container.addEventListener('controllerchange', onControllerChange);
  setState(controlled ? 'ready' : 'installing');

  container
    .register(SERVICE_WORKER_URL)
    .then((registration) => {
      if (stopped) return;
      // A worker whose install fails (a file it must cache is missing) becomes redundant and never takes over.
      registration.installing?.addEventListener('statechange', (event) => {
        if ((event.target as ServiceWorker).state === 'redundant' && !container.controller) setState('failed');
      });
      updateTimer = setInterval(() => {
        registration.update().catch(() => {
          // No server just now: the cached build keeps running, and the next check tries again.
        });
      }, options.updateEveryMs);
    })
    .catch((error: unknown) => {
      setState('failed');
      console.warn(`kiosk: the offline cache could not be set up (${error instanceof Error ? error.message : error})`);
    });

  return {
    get state() {
      return state;
    },
    stop() {
      stopped = true;
      clearInterval(updateTimer);
      container.removeEventListener('controllerchange', onControllerChange);
      delete html.dataset['kioskOffline'];
    },
  };
}
