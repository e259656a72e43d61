import { describe, expect, it } from 'vitest';
import {
  MAX_RELOAD_BACKOFF_MS,
  RELOAD_BACKOFF_MS,
  RELOAD_WINDOW_MS,
  recentReloads,
  reloadDelayMs,
  Watchdog,
} from '../../../src/kiosk/watchdog';

const LIMITS = { frameStallMs: 20_000, renderStallMs: 30_000 };

describe('Watchdog', () => {
  it('is quiet while frames keep coming', () => {
    const dog = new Watchdog(LIMITS, 0);
    for (let t = 0; t <= 120_000; t += 2_000) {
      dog.frame(t);
      expect(dog.check(t)).toBeNull();
    }
  });

  it('reports a page that gets no animation frame for too long', () => {
    const dog = new Watchdog(LIMITS, 0);
    dog.frame(1_000);
    expect(dog.check(21_000)).toBeNull();
    expect(dog.check(21_001)).toBe('no-frame');
  });

  it('reports a map that does not draw a change it was given', () => {
    const dog = new Watchdog(LIMITS, 0);
    dog.expectRender(5_000);
    dog.frame(30_000);
    expect(dog.check(35_000)).toBeNull();
    dog.frame(35_001);
    expect(dog.check(35_001)).toBe('no-render');
  });

  it('counts a render expectation from the first unanswered change', () => {
    const dog = new Watchdog(LIMITS, 0);
    dog.expectRender(0);
    dog.expectRender(20_000);
    dog.frame(30_001);
    expect(dog.check(30_001)).toBe('no-render');
    dog.rendered();
    expect(dog.check(30_001)).toBeNull();
  });

  it('starts counting afresh after a reset (page hidden, context lost)', () => {
    const dog = new Watchdog(LIMITS, 0);
    dog.expectRender(0);
    dog.reset(100_000);
    expect(dog.check(110_000)).toBeNull();
  });
});

describe('reload back-off', () => {
  it('reloads at once for the first few reloads in ten minutes', () => {
    expect(reloadDelayMs([], 1e6)).toBe(0);
    expect(reloadDelayMs([1e6 - 1_000, 1e6 - 500], 1e6)).toBe(0);
  });

  it('then waits longer each time, up to a limit', () => {
    const now = 10 * RELOAD_WINDOW_MS;
    const times = (n: number) => Array.from({ length: n }, (_, i) => now - 1_000 * (i + 1));
    expect(reloadDelayMs(times(3), now)).toBe(RELOAD_BACKOFF_MS);
    expect(reloadDelayMs(times(4), now)).toBe(2 * RELOAD_BACKOFF_MS);
    expect(reloadDelayMs(times(10), now)).toBe(MAX_RELOAD_BACKOFF_MS);
  });

  it('forgets reloads older than the window and keeps the list short', () => {
    const now = 100 * RELOAD_WINDOW_MS;
    expect(recentReloads([now - RELOAD_WINDOW_MS - 1, now - 5], now)).toEqual([now - 5]);
    expect(
      recentReloads(
        Array.from({ length: 500 }, (_, i) => now - i),
        now,
      ).length,
    ).toBeLessThanOrEqual(11);
  });
});
