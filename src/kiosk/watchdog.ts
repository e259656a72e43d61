export type Stall = 'no-frame' | 'no-render';

export interface WatchdogLimits {
  /** A visible page that gets no animation frame for this long has stopped drawing. */
  frameStallMs: number;
  /** A camera or style change the map has not drawn within this long means the map has stopped. */
  renderStallMs: number;
}

/**
 * Decides, from heartbeats on the caller's clock, whether the page has stopped drawing.
 * It holds two timestamps and nothing else, so it can run for days.
 */
export class Watchdog {
  private lastFrameMs: number;
  private renderExpectedSinceMs: number | null = null;

  constructor(
    private readonly limits: WatchdogLimits,
    nowMs: number,
  ) {
    this.lastFrameMs = nowMs;
  }

  /** The browser ran an animation frame. */
  frame(nowMs: number): void {
    this.lastFrameMs = nowMs;
  }

  /** The map asked to change what it shows (camera, colours): a render must follow. */
  expectRender(nowMs: number): void {
    this.renderExpectedSinceMs ??= nowMs;
  }

  /** The map drew a frame. */
  rendered(): void {
    this.renderExpectedSinceMs = null;
  }

  /** Hidden pages draw nothing and a lost WebGL context is handled elsewhere: count afresh from now. */
  reset(nowMs: number): void {
    this.lastFrameMs = nowMs;
    this.renderExpectedSinceMs = null;
  }

  check(nowMs: number): Stall | null {
    if (nowMs - this.lastFrameMs > this.limits.frameStallMs) return 'no-frame';
    if (this.renderExpectedSinceMs !== null && nowMs - this.renderExpectedSinceMs > this.limits.renderStallMs)
      return 'no-render';
    return null;
  }
}

export const RELOAD_WINDOW_MS = 10 * 60_000;
export const QUICK_RELOADS = 3;
export const RELOAD_BACKOFF_MS = 60_000;
export const MAX_RELOAD_BACKOFF_MS = 15 * 60_000;

/** The reloads that still count: those within the window, newest last (the list never outgrows it). */
export function recentReloads(reloadTimesMs: readonly number[], nowMs: number): number[] {
  return reloadTimesMs.filter((t) => nowMs - t < RELOAD_WINDOW_MS && t <= nowMs).slice(-(QUICK_RELOADS + 8));
}

/**
 * How long to wait before reloading again: at once for the first few reloads in ten minutes,
 * then doubling waits, so a page that cannot recover does not reload in a tight loop.
 */
export function reloadDelayMs(reloadTimesMs: readonly number[], nowMs: number): number {
  const recent = recentReloads(reloadTimesMs, nowMs).length;
  if (recent < QUICK_RELOADS) return 0;
  return Math.min(MAX_RELOAD_BACKOFF_MS, RELOAD_BACKOFF_MS * 2 ** (recent - QUICK_RELOADS));
}
