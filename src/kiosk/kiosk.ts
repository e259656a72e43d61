import './kiosk.css';
import { LANGS, loadLang, t, type Lang } from '../i18n';
import { showAlert } from '../ui/notices';
import { CaptionBand } from './caption-band';
import { kioskViewPadding } from './framing';
import type { KioskHost } from './host';
import { onInput, onResume, onTick, resumeAtMs, TOUR_PLAYING, type IdleState } from './idle';
import { DEFAULT_TOUR_FILE, loadTour } from './load-tour';
import { keepOffline } from './offline';
import { TourPlayer } from './player';
import { loadReloadTimes, saveResumePoint, takeResumePoint, type ResumePoint } from './resume';
import { Timers } from './timers';
import type { TourStep } from './tour';
import { ScreenWakeLock } from './wake-lock';
import { clearElementFlag, setElementFlag, setPageFlag, type KioskHandle, type KioskTimings } from '../test-surface';
import { recentReloads, reloadDelayMs, Watchdog } from './watchdog';

// MapLibre's side of the kiosk's host travels in the kiosk's chunk, not in every page's first view (payload budget).
export { maplibreKioskMap } from '../map/kiosk-map';

const DEFAULT_TIMINGS: KioskTimings = {
  contextRestoreTimeoutMs: 10_000,
  frameStallMs: 20_000,
  renderStallMs: 30_000,
  watchdogCheckMs: 2_000,
  cursorHideMs: 3_000,
  noticeVisibleMs: 60_000,
  updateCheckMs: 60 * 60_000,
};

// A step must outlast the 1.2 s camera move (scene/framing.ts FLY_DURATION_MS) and leave time to look; shorter steps cut.
const MIN_ANIMATED_STEP_MS = 3_000;
// Mice report sub-pixel jitter, and Chrome repeats the last position after layout changes: neither is a visitor.
const POINTER_JITTER_PX = 3;
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'touchstart'] as const;

function readTimings(): KioskTimings {
  const overrides = window.__kioskTimings ?? {};
  const timings = { ...DEFAULT_TIMINGS };
  for (const key of Object.keys(DEFAULT_TIMINGS) as (keyof KioskTimings)[]) {
    const value = overrides[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) timings[key] = value;
  }
  return timings;
}

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** sessionStorage can be switched off; the kiosk then just starts its tour from the top. */
function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Runs the map unattended: plays the tour through the store, hands the map to a visitor on any input and
 * takes it back after `?idle` seconds, keeps the screen awake, and recovers from a lost WebGL context or
 * a page that stopped drawing. Everything it starts is undone by `stop()`.
 */
export async function startKiosk(host: KioskHost): Promise<KioskHandle> {
  const { store, map } = host;
  const html = document.documentElement;
  html.classList.add('kiosk', 'kiosk-cursor-hidden');
  const timings = readTimings();
  // The tour's captions and the resume language may be either language: both tables are loaded first.
  const [{ tour, problems }] = await Promise.all([
    Promise.all(LANGS.map(loadLang)).then(() => loadTour(store.state.tour)),
    host.ready,
  ]);

  const homeLang: Lang = store.state.lang;
  const idleMs = store.state.idleSeconds * 1000;
  const timers = new Timers();
  const storage = session();
  const resumePoint: ResumePoint | null = storage ? takeResumePoint(storage) : null;
  const watchdog = new Watchdog(
    { frameStallMs: timings.frameStallMs, renderStallMs: timings.renderStallMs },
    performance.now(),
  );
  const wakeLock = new ScreenWakeLock();
  let idle: IdleState = TOUR_PLAYING;
  let contextLost = false;
  let reloadReason: string | null = null;
  let langOnResume: Lang | null = null;
  let lastPointer: { x: number; y: number } | null = null;
  let frameRequested = false;

  // The key leaves the map for the top of the figures column: the whole map is map (kiosk.css draws it compact).
  const key = document.querySelector<HTMLElement>('#map .legend');
  const keyHome = key?.parentElement ?? null;
  if (key) document.querySelector('.side-column')?.prepend(key);
  const band = new CaptionBand(tour.steps.length, store.state.idleSeconds, store.state.lang, () =>
    setIdle(onResume(), null),
  );

  const show = (step: TourStep, index: number, durationMs: number, resumed: boolean) => {
    const animate = !reducedMotion() && durationMs >= MIN_ANIMATED_STEP_MS;
    // Whatever a visitor left open (a tooltip, another region's popup) goes before the tour takes over.
    if (resumed) map.focusRegion(null);
    if (resumed || step.popup === null) map.closePopup();
    const lang = resumed && langOnResume ? { lang: langOnResume } : {};
    langOnResume = null;
    store.update({ view: step.view, metric: step.metric, popup: step.popup, ...lang });
    // The app eases on every view change; a step too short for the move, or reduced motion, cuts instead.
    // Called even when the view did not change, to bring back a camera the visitor moved.
    const { container } = map;
    map.goTo(
      step.view,
      animate,
      kioskViewPadding({ width: container.clientWidth, height: container.clientHeight }, step.view),
    );
    // Nobody is at the keyboard: a popup the tour opened must not show a focus ring.
    if (document.activeElement instanceof HTMLElement && document.activeElement.closest('.maplibregl-popup'))
      document.activeElement.blur();
    map.repaint();
    watchdog.expectRender(performance.now());
    band.showStep(step, index, durationMs, !reducedMotion());
    // The figures panel shows the numbers the caption names (kiosk.css); the host outlives a language switch.
    document.getElementById('figures')?.setAttribute('data-step-figures', step.figures.join(' '));
    setPageFlag('kioskStep', index);
    // China's step hides the two city markers (kiosk.css): at that scale they sit on Zhejiang's name.
    setPageFlag('kioskView', step.view);
  };

  const player = new TourPlayer(
    tour,
    timers,
    { intervalSecondsOverride: store.state.tourIntervalSeconds, show },
    resumePoint ?? undefined,
  );

  /** The tour plays exactly when no visitor has the map and the map can draw. */
  const sync = () => {
    const shouldPlay = idle.mode === 'tour' && !contextLost;
    if (shouldPlay && !player.playing) player.play();
    else if (!shouldPlay && player.playing) player.pause();
  };

  const checkIdle = () => setIdle(onTick(idle, performance.now(), idleMs), homeLang);

  function setIdle(next: IdleState, resumeLang: Lang | null): void {
    const changed = next.mode !== idle.mode;
    idle = next;
    if (changed) {
      setPageFlag('kioskMode', next.mode);
      band.showMode(next.mode);
      if (next.mode === 'tour') langOnResume = resumeLang;
    }
    const resumeAt = resumeAtMs(idle, idleMs);
    if (resumeAt === null) timers.clear('idle');
    // One timer for the earliest possible resume; when it fires it looks again (the visitor may have touched since).
    else if (!timers.has('idle')) timers.set('idle', resumeAt - performance.now(), checkIdle);
    sync();
  }

  const hideCursor = () => html.classList.add('kiosk-cursor-hidden');
  const onUserInput = (event: Event) => {
    if (event instanceof PointerEvent && event.pointerType === 'mouse') {
      html.classList.remove('kiosk-cursor-hidden');
      timers.set('cursor', timings.cursorHideMs, hideCursor);
    }
    if (event.type === 'pointermove') {
      const { screenX: x, screenY: y } = event as PointerEvent;
      const previous = lastPointer;
      lastPointer = { x, y };
      if (!previous || Math.abs(x - previous.x) + Math.abs(y - previous.y) <= POINTER_JITTER_PX) return;
    }
    setIdle(onInput(idle, performance.now()), null);
  };

  const requestReload = (reason: string) => {
    if (timers.has('reload')) return;
    reloadReason = reason;
    const reloads = storage ? loadReloadTimes(storage) : [];
    const delayMs = reloadDelayMs(reloads, Date.now());
    console.warn(`kiosk: reloading the page (${reason})${delayMs ? ` in ${Math.round(delayMs / 1000)} s` : ''}`);
    timers.set('reload', delayMs, () => {
      const now = Date.now();
      if (storage)
        saveResumePoint(storage, { stepIndex: player.stepIndex, stepsPlayed: player.stepsPlayed, reason }, [
          ...recentReloads(reloads, now),
          now,
        ]);
      location.reload();
    });
  };

  const onContextLost = () => {
    contextLost = true;
    setPageFlag('kioskGl', 'lost');
    sync();
    timers.set('context-restore', timings.contextRestoreTimeoutMs, () => requestReload('context-lost'));
  };
  const onContextRestored = () => {
    timers.clear('context-restore');
    if (reloadReason === 'context-lost') {
      timers.clear('reload');
      reloadReason = null;
    }
    contextLost = false;
    setPageFlag('kioskGl', 'restored');
    watchdog.reset(performance.now());
    sync();
  };

  const onRender = () => watchdog.rendered();
  const onFrame = () => {
    frameRequested = false;
    watchdog.frame(performance.now());
  };
  const checkWatchdog = () => {
    const now = performance.now();
    if (document.visibilityState !== 'visible' || contextLost) watchdog.reset(now);
    else {
      const stall = watchdog.check(now);
      if (stall) return requestReload(stall);
    }
    if (!frameRequested) {
      frameRequested = true;
      requestAnimationFrame(onFrame);
    }
    timers.set('watchdog', timings.watchdogCheckMs, checkWatchdog);
  };
  const onVisibility = () => watchdog.reset(performance.now());

  const unsubscribe = store.subscribe((next, previous) => {
    if (next.lang !== previous.lang) band.setLang(next.lang);
  });

  band.mount(document.querySelector('.app-main') ?? map.container);
  // The band takes room from the map: resize now so the first step frames its view in the final size.
  map.resize();
  for (const type of INPUT_EVENTS) window.addEventListener(type, onUserInput, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  // Listeners on the map, undone by stop(); the vector map has no WebGL context and never calls the first two.
  const unlisten = [map.onContextLost(onContextLost), map.onContextRestored(onContextRestored), map.onRender(onRender)];
  wakeLock.start();
  setPageFlag('kioskMode', idle.mode);
  band.showMode(idle.mode);
  reportProblems(problems, store.state.lang, timers, timings.noticeVisibleMs);
  sync();
  checkWatchdog();
  // Registered once the tour is loaded, so the worker never stands between the kiosk and its first tour file.
  const offline = keepOffline({
    tourFile: tour.file === 'built-in' ? DEFAULT_TOUR_FILE : tour.file,
    updateEveryMs: timings.updateCheckMs,
    onUpdate: () => requestReload('update'),
  });

  const stop = () => {
    timers.clearAll();
    player.pause();
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onUserInput, { capture: true });
    document.removeEventListener('visibilitychange', onVisibility);
    for (const undo of unlisten) undo();
    unsubscribe();
    wakeLock.stop();
    offline.stop();
    band.remove();
    if (key && keyHome) keyHome.append(key);
    html.classList.remove('kiosk', 'kiosk-cursor-hidden');
    for (const key of ['kioskMode', 'kioskStep', 'kioskGl', 'kioskView']) delete html.dataset[key];
  };

  const handle: KioskHandle = {
    get stepIndex() {
      return player.stepIndex;
    },
    get stepsPlayed() {
      return player.stepsPlayed;
    },
    stepCount: tour.steps.length,
    get mode() {
      return idle.mode;
    },
    get contextLost() {
      return contextLost;
    },
    get wakeLock() {
      return wakeLock.state;
    },
    tourFile: tour.file,
    tourProblems: problems,
    resumedAfter: resumePoint?.reason ?? null,
    get offline() {
      return offline.state;
    },
    stop,
    showStep: (index) => player.skipTo(index),
  };
  window.__kiosk = handle;
  return handle;
}

/** A broken tour file is shown to whoever set the kiosk up, then cleared so the public sees a clean screen. */
function reportProblems(problems: readonly string[], lang: Lang, timers: Timers, visibleMs: number): void {
  if (!problems.length) return;
  for (const problem of problems) console.warn(`kiosk: ${problem}`);
  const host = document.getElementById('alert');
  if (!host) return;
  showAlert(host, t(lang, 'kiosk.tourProblem', { problem: problems.join(' ') }));
  const shown = host.firstElementChild;
  setElementFlag(host, 'kioskNotice', '');
  timers.set('notice', visibleMs, () => {
    if (host.firstElementChild !== shown) return;
    host.hidden = true;
    host.replaceChildren();
    clearElementFlag(host, 'kioskNotice');
  });
}
