import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TourPlayer } from '../../../src/kiosk/player';
import { Timers } from '../../../src/kiosk/timers';
import type { Tour, TourStep } from '../../../src/kiosk/tour';

const step = (view: TourStep['view'], durationSeconds: number): TourStep => ({
  view,
  metric: 'stations-per-10k',
  popup: null,
  caption: { en: view, zh: view },
  figures: [],
  durationSeconds,
});
const TOUR: Tour = { file: 't.json', steps: [step('china', 2), step('zhejiang', 3), step('hangzhou', 4)] };

describe('TourPlayer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows each step for its duration, in a loop', () => {
    const shown: string[] = [];
    const timers = new Timers();
    const player = new TourPlayer(TOUR, timers, {
      intervalSecondsOverride: null,
      show: (s, i, ms) => shown.push(`${i}:${s.view}:${ms}`),
    });
    player.play();
    vi.advanceTimersByTime(2_000 + 3_000 + 4_000 + 2_000);
    expect(shown).toEqual(['0:china:2000', '1:zhejiang:3000', '2:hangzhou:4000', '0:china:2000', '1:zhejiang:3000']);
    expect(player.stepsPlayed).toBe(5);
    expect(timers.size).toBe(1);
  });

  it('pauses in place and resumes the same step, marked as resumed', () => {
    const shown: [number, boolean][] = [];
    const timers = new Timers();
    const player = new TourPlayer(TOUR, timers, {
      intervalSecondsOverride: 0.5,
      show: (_s, i, _ms, resumed) => shown.push([i, resumed]),
    });
    player.play();
    vi.advanceTimersByTime(500);
    player.pause();
    vi.advanceTimersByTime(60_000);
    expect(player.stepIndex).toBe(1);
    expect(timers.size).toBe(0);
    player.play();
    vi.advanceTimersByTime(500);
    expect(shown).toEqual([
      [0, false],
      [1, false],
      [1, true],
      [2, false],
    ]);
  });

  it('starts from a saved position, and from the top if the tour has fewer steps', () => {
    const show = vi.fn();
    const resumed = new TourPlayer(
      TOUR,
      new Timers(),
      { intervalSecondsOverride: null, show },
      { stepIndex: 2, stepsPlayed: 40 },
    );
    resumed.play();
    expect(show).toHaveBeenLastCalledWith(TOUR.steps[2], 2, 4_000, true);
    expect(resumed.stepsPlayed).toBe(41);
    expect(
      new TourPlayer(TOUR, new Timers(), { intervalSecondsOverride: null, show }, { stepIndex: 9, stepsPlayed: 1 })
        .stepIndex,
    ).toBe(0);
  });

  it('does not start a timer when showing the step paused the tour', () => {
    const timers = new Timers();
    const player: TourPlayer = new TourPlayer(TOUR, timers, {
      intervalSecondsOverride: null,
      show: () => player.pause(),
    });
    player.play();
    expect(timers.size).toBe(0);
  });

  it('skips to a step at once and plays on from it with its own timer; paused, it only moves its place', () => {
    const shown: string[] = [];
    const timers = new Timers();
    const player = new TourPlayer(TOUR, timers, {
      intervalSecondsOverride: 3_600,
      show: (_s, i, _ms, resumed) => shown.push(`${i}${resumed ? ' resumed' : ''}`),
    });
    player.play();
    player.skipTo(2);
    expect(shown).toEqual(['0', '2']);
    expect(timers.size).toBe(1);
    vi.advanceTimersByTime(3_600_000);
    expect(shown).toEqual(['0', '2', '0']);
    player.pause();
    player.skipTo(4);
    expect(player.stepIndex).toBe(1);
    expect(shown).toHaveLength(3);
    expect(timers.size).toBe(0);
  });
});

describe('Timers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps one timeout per name, and clears them all', () => {
    const timers = new Timers();
    const run = vi.fn();
    for (let i = 0; i < 1_000; i++) timers.set('cursor', 100, run);
    timers.set('idle', 100, run);
    expect(timers.size).toBe(2);
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(2);
    expect(timers.size).toBe(0);
    timers.set('step', 100, run);
    timers.clearAll();
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
