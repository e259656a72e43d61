/**
 * What tests, the snapshot command and operators may read from a running page, declared once:
 * the `window.__*` hooks and the `data-*` readiness flags. The app sets them; tests/e2e/driver.ts reads them.
 * This module imports only types from modules below every feature, so any feature may import it without a cycle.
 */
import type { Boundaries } from './scale/choropleth';
import type { BoundaryTimings } from './byod/read-boundaries';
import type { BoundaryStage } from './byod/progress';
import type { KioskMode } from './kiosk/idle';
import type { OfflineState } from './kiosk/offline';
import type { MapView } from './map/map-view';
import type { SnapshotForCli, SnapshotRequest, SnapshotStage } from './export/snapshot';
import type { Store } from './state/store';
import type { WakeLockState } from './kiosk/wake-lock';
import type { Camera } from './vector/camera';
import type { VectorMap } from './vector/vector-map';
import type { RendererChoice, WebglSupport } from './state/renderer';

// ---- Window hooks ----

/** The parts of the running app a test may inspect (`window.__app`). */
export interface AppSurface {
  readonly store: Store;
  readonly view: MapView;
  readonly boundaries: Boundaries;
}

/** Every delay the kiosk uses. Tests may shorten them with `window.__kioskTimings` (set before the page loads). */
export interface KioskTimings {
  /** A lost WebGL context not given back within this long is recovered by reloading the page. */
  contextRestoreTimeoutMs: number;
  frameStallMs: number;
  renderStallMs: number;
  watchdogCheckMs: number;
  cursorHideMs: number;
  /** How long a problem with the tour file stays on screen. */
  noticeVisibleMs: number;
  /** How often the kiosk asks its server for a new build (src/kiosk/offline.ts). */
  updateCheckMs: number;
}

/** What tests and operators can read from `window.__kiosk`. */
export interface KioskHandle {
  readonly stepIndex: number;
  readonly stepsPlayed: number;
  readonly stepCount: number;
  readonly mode: KioskMode;
  readonly contextLost: boolean;
  readonly wakeLock: WakeLockState;
  readonly tourFile: string;
  readonly tourProblems: readonly string[];
  /** Why the page last reloaded itself, if it did. */
  readonly resumedAfter: string | null;
  /** Whether a reload would work with no server (src/kiosk/offline.ts). */
  readonly offline: OfflineState;
  stop(): void;
  /** Test hook: shows step `index` now and plays on from there (one page for every step, not a reload each). */
  showStep(index: number): void;
}

/** The timings of one load of the reader's own file, for the scaling test and the benchmark (`window.__byodTimings`). */
export interface LoadTimings extends Partial<BoundaryTimings> {
  file: string;
  role: 'metrics' | 'boundaries';
  readMs: number;
  workerMs?: number;
  /** Handing the data to the map and redrawing the panels (legend, region list, table), on the page's thread. */
  applyMs: number;
  /** From then until MapLibre reports the map idle with the new data drawn. */
  drawMs: number;
  /** From the start of the load until the map has drawn the new data. */
  totalMs: number;
  /** Boundaries: the search for self-crossings and their repair, after the first drawing (in the worker). */
  repairMs?: number;
  /** Boundaries: label points inside the areas, after the first drawing (in the worker). */
  labelMs?: number;
  /** Boundaries: from the start of the load until the map was updated in place after the check. */
  checkedMs?: number;
}

/** What the first paint drew (`window.__firstPaint`): the renderer's SVG, shown as one bitmap, and its camera. */
export interface FirstPaintSurface {
  readonly svg: string;
  readonly camera: Camera;
}

/**
 * For `npm run snapshot`: the page's own export code, driven by the deep-link state (`window.__snapshot`). A PNG or
 * JPEG is the vector page rasterised ('vector', the command's painter) unless 'maplibre' asks for the painter of the
 * page's Export button, which tests use to check that painter too.
 */
export type SnapshotHook = (request: SnapshotRequest, rasterPainter?: 'vector' | 'maplibre') => Promise<SnapshotForCli>;

/**
 * Test hook (`window.__exportHold`): the export calls it as each stage starts, after the progress bar names the
 * stage, and waits for the promise it returns, so a test holds an export at a stage for as long as it needs (to
 * press Cancel) with no race against a fast machine. Only a script on the page can set it; unset, or returning
 * undefined, the export waits for nothing (export/stages.ts).
 */
export type ExportHoldHook = (stage: SnapshotStage) => Promise<void> | undefined;

/**
 * Test hook (`window.__byodHold`): called as the worker reports each stage of a load, after the progress bar names
 * it. While the promise it returns is pending, the worker's later answers wait behind it, so a test holds a load at
 * a stage (to press Cancel) with a small file and no race against the worker. Unset, nothing waits.
 */
export type LoadHoldHook = (stage: BoundaryStage) => Promise<void> | undefined;

declare global {
  interface Window {
    __app?: AppSurface;
    /** The vector map, when it is the page's map (`?renderer=vector`): its camera and whether it is moving. */
    __vectorMap?: Pick<VectorMap, 'currentCamera' | 'isMoving' | 'popupRegion' | 'regionsAt'>;
    /**
     * The page's state beside the vector map, as `__app.store` beside MapLibre: a test puts the page in a view or
     * opens a popup as the controls would, without loading the page again for each state.
     */
    __vectorStore?: Pick<Store, 'state' | 'update'>;
    __kiosk?: KioskHandle;
    /** Read once when the kiosk starts; values that are not positive finite numbers are ignored. */
    __kioskTimings?: Partial<Record<keyof KioskTimings, unknown>>;
    __snapshot?: SnapshotHook;
    __byodTimings?: LoadTimings[];
    __firstPaint?: FirstPaintSurface;
    __exportHold?: ExportHoldHook;
    __byodHold?: LoadHoldHook;
    /**
     * Test hook: `auto`'s answer about WebGL2 instead of the probe's (src/map/webgl-probe.ts), set before the page
     * loads; a test resolves it when it wants, so a late 'gpu' answer and the hand-over to MapLibre can be checked
     * on a machine without a GPU.
     */
    __webglAnswer?: Promise<WebglSupport>;
  }
}

// ---- Readiness flags (data-* attributes) ----

export type MapState = 'loading' | 'ready' | 'error';
export type ByodState = 'loading' | 'shown' | 'refused' | 'cancelled';

/** Flags on <html>, by their `dataset` name. Counters only grow, so a test can wait for "one more than before". */
export interface PageFlags {
  /** The map has drawn its first full frame ('ready') or failed to start ('error'). */
  mapState: MapState;
  /** The map started: MapLibre or the vector map (`?renderer=`, src/state/renderer.ts). */
  mapRenderer: RendererChoice;
  /** Whether the browser's WebGL2 runs in software (SwiftShader, llvmpipe), so MapLibre is tuned for it. */
  softwareWebgl: boolean;
  /**
   * `auto` only: the vector map is shown while the WebGL answer or MapLibre's start is awaited ('waiting'), then
   * MapLibre took over ('done') or the vector map stays ('kept': software or no WebGL2, the reader's files, or
   * MapLibre failed to start). src/ui/settle-auto.ts.
   */
  mapHandOver: 'waiting' | 'done' | 'kept';
  /** The reader's last file: being read, shown, refused, or cancelled by the reader (the map left as it was). */
  byodState: ByodState;
  /** Reports shown for the reader's files (shown or refused). */
  byodLoads: number;
  /** Batches of files (one drop, one deep link) finished, every file shown or refused. */
  byodBatches: number;
  /**
   * Loaded boundaries are drawn before their check for self-crossings ends ('running'); 'done' once the map was
   * updated in place and the report says what was repaired.
   */
  byodCheck: 'running' | 'done';
  /** The tour step the kiosk is on. */
  kioskStep: number;
  kioskMode: KioskMode;
  /** The view of the kiosk's step; kiosk.css hides the city markers on China's. */
  kioskView: 'china' | 'zhejiang' | 'hangzhou' | 'shaoxing';
  /** The kiosk saw the WebGL context go, or come back. */
  kioskGl: 'lost' | 'restored';
}

/** Flags on other elements: the reader's file report panel, and the alert showing a kiosk tour problem. */
export interface ElementFlags {
  byodReport: Exclude<ByodState, 'loading'>;
  kioskNotice: '';
}

/** The attribute each flag is written as, for selectors and `toHaveAttribute`. */
export const FLAG_ATTRIBUTE = {
  mapState: 'data-map-state',
  mapRenderer: 'data-map-renderer',
  softwareWebgl: 'data-software-webgl',
  mapHandOver: 'data-map-hand-over',
  byodState: 'data-byod-state',
  byodLoads: 'data-byod-loads',
  byodBatches: 'data-byod-batches',
  byodCheck: 'data-byod-check',
  kioskStep: 'data-kiosk-step',
  kioskMode: 'data-kiosk-mode',
  kioskView: 'data-kiosk-view',
  kioskGl: 'data-kiosk-gl',
  byodReport: 'data-byod-report',
  kioskNotice: 'data-kiosk-notice',
} as const satisfies Record<keyof PageFlags | keyof ElementFlags, `data-${string}`>;

export function setPageFlag<K extends keyof PageFlags>(name: K, value: PageFlags[K]): void {
  document.documentElement.dataset[name] = String(value);
}

/** Adds one to a counter flag on <html>. */
export function countPageFlag(name: 'byodLoads' | 'byodBatches'): void {
  setPageFlag(name, Number(document.documentElement.dataset[name] ?? '0') + 1);
}

export function setElementFlag<K extends keyof ElementFlags>(
  element: HTMLElement,
  name: K,
  value: ElementFlags[K],
): void {
  element.dataset[name] = value;
}

export function clearElementFlag(element: HTMLElement, name: keyof ElementFlags): void {
  delete element.dataset[name];
}
