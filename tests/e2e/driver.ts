/**
 * One way for the browser specs to drive the map and read what it shows, in the spirit of maputnik's
 * e2e/maputnik-driver.ts: `given` sets the page up before it loads, `when` acts as a reader would and waits
 * for the app's own readiness signal (never a fixed sleep), `get` reads state from the page.
 * The hooks and flags it reads are declared once, in src/test-surface.ts.
 */
import { expect, type Page } from '@playwright/test';
import {
  FLAG_ATTRIBUTE,
  type KioskHandle,
  type KioskTimings,
  type LoadTimings,
  type PageFlags,
} from '../../src/test-surface';
import type { SnapshotStage } from '../../src/export/stages';
import type { BoundaryStage } from '../../src/byod/progress';
import type { WebglSupport } from '../../src/state/renderer';

/** The part of either map's store (MapLibre's `__app.store`, the vector map's `__vectorStore`) a test drives. */
type StoreLike = { state: { lang: string }; update(patch: Record<string, unknown>): void };

/** A plain copy of `window.__kiosk` (its getters read at one moment). */
export type KioskState = Omit<KioskHandle, 'stop' | 'showStep'>;

/** One change of the kiosk's step, mode, language or cursor, recorded in the page by `when.recordingKiosk`. */
export interface KioskLogEntry {
  stepsPlayed: number;
  step: string;
  mode: string;
  lang: string;
  visitorText: string;
  cursorHidden: boolean;
  t: number;
}

/** One status text or event recorded in the page by `when.recordingExport`, with its time. */
export interface ExportLogEntry {
  t: number;
  text: string;
}

// Scratch globals the specs themselves write into the page (the app's own hooks live in src/test-surface.ts).
declare global {
  interface Window {
    __kioskLog?: KioskLogEntry[];
    __exportLog?: ExportLogEntry[];
    /** The choropleth on screen when a spec took note of it, to check a refused file left it in place. */
    __choroplethBefore?: unknown;
    /** A drag in progress: the same DataTransfer from dragenter to drop, as a file manager sends it. */
    __drop?: DataTransfer;
    /** Lets go of the load held by `when.holdingByodAt`. */
    __releaseByod?: () => void;
    /** Lets go of the export held by `when.holdingExportAt`. */
    __releaseExport?: () => void;
    /** Content-Security-Policy violations the page reported. */
    __violations?: string[];
    /** The WebGL extension a spec uses to lose and restore the map's context. */
    __lose?: WEBGL_lose_context;
    /** Gives `auto` its WebGL answer, held by `given.webglAnswerHeld`. */
    __answerWebgl?: (support: WebglSupport) => void;
  }
}

export interface LngLat {
  lng: number;
  lat: number;
}

export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * How long `when.open` waits for the map by default. E2E_READY_TIMEOUT_MS lengthens it on a machine shared with
 * other test runs (measured 3 Dec 2026: a first idle took over 30 s at a load average of 20 on 2 cores).
 */
const READY_TIMEOUT_MS = Number(process.env['E2E_READY_TIMEOUT_MS'] ?? 30_000);

/**
 * The map a spec gets when its link names none. `auto` picks the vector map on a machine whose WebGL runs in
 * software, as this one does (src/state/renderer.ts), so specs name MapLibre unless they ask otherwise: the
 * suite covers MapLibre's path whatever the machine picks. E2E_RENDERER=vector runs every such spec on the
 * vector map instead (a parity run), E2E_RENDERER=auto on what the machine picks.
 */
const DEFAULT_RENDERER = process.env['E2E_RENDERER'] ?? 'maplibre';

/** A link with `renderer=` added when it names none (see DEFAULT_RENDERER). */
export function withRenderer(query: string): string {
  if (DEFAULT_RENDERER === 'auto' || /[?&]renderer=/u.test(query)) return query;
  const [path, hash = ''] = query.split('#');
  const joined = `${path}${path!.includes('?') ? '&' : '?'}renderer=${DEFAULT_RENDERER}`;
  return hash ? `${joined}#${hash}` : joined;
}

export function driver(page: Page) {
  const get = {
    /** A readiness flag on <html>, as written (undefined when not set). */
    flag: (name: keyof PageFlags): Promise<string | undefined> =>
      page.evaluate((key) => document.documentElement.dataset[key], name),
    center: (): Promise<LngLat> =>
      page.evaluate(() => {
        const { lng, lat } = window.__app!.view.map.getCenter();
        return { lng, lat };
      }),
    zoom: (): Promise<number> => page.evaluate(() => window.__app!.view.map.getZoom()),
    /** The values of the shown metric by region code, as the map holds them. */
    shownValues: (): Promise<Record<string, number>> =>
      page.evaluate(() =>
        Object.fromEntries([...window.__app!.view.currentChoropleth.values].map(([code, v]) => [code, v.value])),
      ),
    /** Where a city's label point is on the map canvas, in CSS pixels from the canvas's top left. */
    cityLabelPoint: (code: string): Promise<ScreenPoint> =>
      page.evaluate((wanted) => {
        const app = window.__app!;
        const city = app.boundaries.cities.features.find((f) => f.properties.code === wanted);
        if (!city) throw new Error(`no city ${wanted} in the boundaries`);
        const { x, y } = app.view.map.project(city.properties.label);
        return { x, y };
      }, code),
    kiosk: (): Promise<KioskState> =>
      page.evaluate(() => {
        const k = window.__kiosk!;
        return {
          stepIndex: k.stepIndex,
          stepsPlayed: k.stepsPlayed,
          stepCount: k.stepCount,
          mode: k.mode,
          contextLost: k.contextLost,
          tourFile: k.tourFile,
          tourProblems: [...k.tourProblems],
          resumedAfter: k.resumedAfter,
          wakeLock: k.wakeLock,
          offline: k.offline,
        };
      }),
    kioskLog: (): Promise<KioskLogEntry[]> => page.evaluate(() => window.__kioskLog!),
    exportLog: (): Promise<ExportLogEntry[]> => page.evaluate(() => window.__exportLog!),
    /** Batches of the reader's files finished (shown or refused): the load control's own readiness signal. */
    byodBatches: (): Promise<number> =>
      page.evaluate(() => Number(document.documentElement.dataset['byodBatches'] ?? '0')),
    byodTimings: (): Promise<LoadTimings[]> => page.evaluate(() => window.__byodTimings ?? []),
    /** Whether the map still shows the very choropleth noted by `when.notingChoropleth`. */
    sameChoroplethAsNoted: (): Promise<boolean> =>
      page.evaluate(() => window.__app!.view.currentChoropleth === window.__choroplethBefore),
  };

  const given = {
    /** `auto` waits for `when.answeringWebgl` instead of its probe (the page's `__webglAnswer` hook, src/test-surface.ts). */
    webglAnswerHeld: async (): Promise<void> => {
      await page.addInitScript(() => {
        window.__webglAnswer = new Promise((resolve) => (window.__answerWebgl = resolve));
      });
    },
    /** Shortens the kiosk's own delays (src/kiosk reads window.__kioskTimings) before the page loads. */
    kioskTimings: async (timings: Partial<KioskTimings>): Promise<void> => {
      await page.addInitScript((t) => {
        window.__kioskTimings = t;
      }, timings);
    },
  };

  const when = {
    /**
     * A mouse drag from the map's middle: `moves` moves of `step` px each; released at the end unless `release` is
     * false (a test that looks at the map mid-drag releases it itself).
     */
    draggingMap: async (moves: number, [dx, dy]: [number, number], { release = true } = {}): Promise<void> => {
      const box = (await page.locator('#map').boundingBox())!;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= moves; i++) await page.mouse.move(x + dx * i, y + dy * i);
      if (release) await page.mouse.up();
    },
    /**
     * Opens the app at a query (`?view=…&metric=…`) and waits for it to say the map is ready. A 4K page on
     * SwiftShader takes 36–44 s to its first idle on a loaded 2-core machine: such tests pass a longer wait.
     */
    open: async (query = '', readyTimeoutMs = READY_TIMEOUT_MS): Promise<void> => {
      await page.goto(`./${withRenderer(query)}`);
      await page.waitForFunction(
        () => ['ready', 'error'].includes(document.documentElement.dataset['mapState'] ?? ''),
        undefined,
        { timeout: readyTimeoutMs },
      );
      await expect(page.locator('html')).toHaveAttribute(FLAG_ATTRIBUTE.mapState, 'ready');
    },
    /** Waits until MapLibre has finished drawing after a change (camera move, metric switch). */
    idle: (): Promise<void> =>
      page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const map = window.__app!.view.map;
            map.once('idle', () => resolve());
            map.triggerRepaint();
          }),
      ),
    /**
     * Puts the open page in a state, on either map, without loading it again: the language through the language
     * button, as a reader switches it (the other language's strings load on demand, which a bare store update would
     * skip), the rest through the page's store (src/test-surface.ts); then waits until the map has drawn it.
     */
    showing: async ({ lang, ...patch }: Record<string, unknown>): Promise<void> => {
      const current = await page.evaluate(
        () => ((window.__app?.store ?? window.__vectorStore) as unknown as StoreLike).state.lang,
      );
      if (lang !== undefined && lang !== current) {
        await page.locator('[data-control="lang"]').click();
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      }
      await page.evaluate(
        (p) => ((window.__app?.store ?? window.__vectorStore) as unknown as StoreLike).update(p),
        patch,
      );
      // The vector map draws a cut at once (camera moves cut in tests); MapLibre draws on its own frames.
      const vector = await page.evaluate(() => document.documentElement.dataset['mapRenderer'] === 'vector');
      if (vector) await page.waitForFunction(() => window.__vectorMap?.isMoving === false);
      else await when.idle();
    },
    switchMetric: async (metric: string): Promise<void> => {
      await page.locator('#metric-select').selectOption(metric);
      await expect(page).toHaveURL(new RegExp(`metric=${metric}`));
      await when.idle();
    },
    switchView: async (view: string): Promise<void> => {
      const button = page.locator(`[data-control="view-${view}"]`);
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await when.idle();
    },
    switchLang: async (lang: 'en' | 'zh'): Promise<void> => {
      await page.locator('[data-control="lang"]').click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      await when.idle();
    },
    /** Clicks a city where its label sits, as a reader opening its popup would. */
    clickCity: async (code: string): Promise<void> => {
      const point = await get.cityLabelPoint(code);
      const box = (await page.locator('#map').boundingBox())!;
      await page.mouse.click(box.x + point.x, box.y + point.y);
    },
    /** Waits until more than `after` batches of the reader's files are finished. */
    byodBatchFinished: (after: number): Promise<unknown> =>
      page.waitForFunction((n) => Number(document.documentElement.dataset['byodBatches'] ?? '0') > n, after, {
        timeout: 90_000,
      }),
    /** Waits until the tour has put `steps` steps on screen in all (polling, never a fixed sleep). */
    kioskStepsPlayed: (steps: number, timeout = 60_000): Promise<unknown> =>
      page.waitForFunction((n) => (window.__kiosk?.stepsPlayed ?? 0) >= n, steps, { timeout, polling: 100 }),
    /** Opens the kiosk at a query and waits for its first step. */
    openKiosk: async (query: string): Promise<void> => {
      await when.open(query);
      await when.kioskStepsPlayed(1, 30_000);
    },
    /**
     * Records every change of step, mode, language and cursor with what the band said and when, in the page.
     * States that last only `?idle` seconds are asserted from this log afterwards: a poll from the test could
     * arrive after they are gone on a loaded machine.
     */
    recordingKiosk: (): Promise<void> =>
      page.evaluate(
        ([step, mode]) => {
          const html = document.documentElement;
          const log: KioskLogEntry[] = [];
          window.__kioskLog = log;
          new MutationObserver(() =>
            log.push({
              stepsPlayed: window.__kiosk!.stepsPlayed,
              step: html.dataset['kioskStep'] ?? '',
              mode: html.dataset['kioskMode'] ?? '',
              lang: html.lang,
              visitorText: document.querySelector('.kiosk-visitor-text')?.textContent ?? '',
              cursorHidden: html.classList.contains('kiosk-cursor-hidden'),
              t: performance.now(),
            }),
          ).observe(html, { attributes: true, attributeFilter: [step, mode, 'lang', 'class'] });
        },
        [FLAG_ATTRIBUTE.kioskStep, FLAG_ATTRIBUTE.kioskMode] as const,
      ),
    /**
     * Records the export's status texts, its progress bar and the live map's first move with their times, in
     * the page: stages can pass faster than a poll on a busy machine, so their order is checked afterwards.
     */
    recordingExport: (): Promise<void> =>
      page.evaluate(() => {
        const log: ExportLogEntry[] = [];
        window.__exportLog = log;
        const status = document.querySelector('.export-status')!;
        new MutationObserver(() => log.push({ t: performance.now(), text: status.textContent ?? '' })).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
        const progress = document.querySelector<HTMLElement>('.export-progress')!;
        const bar = progress.querySelector('[role="progressbar"]')!;
        const note = () =>
          log.push({
            t: performance.now(),
            text: `#progress ${progress.hidden ? 'hidden' : 'shown'} ${bar.getAttribute('aria-valuenow') ?? ''}`,
          });
        new MutationObserver(note).observe(progress, { attributes: true });
        new MutationObserver(note).observe(bar, { attributes: true });
        // MapLibre's map only: the vector map (?renderer=vector) has no __app.
        window.__app?.view.map.once('move', () => log.push({ t: performance.now(), text: '#live-map-moved' }));
      }),
    /**
     * Holds every export at the start of `stage`, after the progress bar names it, until `releasingExport` (the
     * page's `__exportHold` hook, src/test-surface.ts): the export cannot end before Cancel is pressed, however
     * fast the machine.
     */
    holdingExportAt: (stage: SnapshotStage): Promise<void> =>
      page.evaluate((held) => {
        window.__exportHold = (next) =>
          next === held
            ? new Promise<void>((resolve) => {
                window.__releaseExport = resolve;
              })
            : undefined;
      }, stage),
    /**
     * Holds the next load of the reader's files at the start of `stage` (after the progress bar names it) until
     * `releasingByod` (the page's `__byodHold` hook, src/test-surface.ts): one load, held once, however fast the
     * machine's worker is.
     */
    holdingByodAt: (stage: BoundaryStage): Promise<void> =>
      page.evaluate((held) => {
        window.__byodHold = (next) => {
          if (next !== held) return undefined;
          window.__byodHold = undefined;
          return new Promise<void>((resolve) => {
            window.__releaseByod = resolve;
          });
        };
      }, stage),
    /** Lets the held load go on. */
    /** Answers `auto`'s WebGL question held by `given.webglAnswerHeld`, as late as the spec likes. */
    answeringWebgl: (support: WebglSupport): Promise<void> =>
      page.evaluate((answer) => window.__answerWebgl!(answer), support),
    releasingByod: (): Promise<void> => page.evaluate(() => window.__releaseByod?.()),
    /** Lets the held export go on, and holds no later one. */
    releasingExport: (): Promise<void> =>
      page.evaluate(() => {
        window.__exportHold = undefined;
        window.__releaseExport?.();
      }),
    /** Takes note of the choropleth on screen, for `get.sameChoroplethAsNoted`. */
    notingChoropleth: (): Promise<void> =>
      page.evaluate(() => {
        window.__choroplethBefore = window.__app!.view.currentChoropleth;
      }),
  };

  return { page, given, when, get };
}

export type Driver = ReturnType<typeof driver>;
