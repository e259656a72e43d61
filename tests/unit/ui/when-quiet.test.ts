// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenPaintedAndQuiet, whenQuiet } from '../../../src/ui/when-quiet';

describe('whenQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const settled = (promise: Promise<void>) => {
    let done = false;
    promise.then(() => (done = true));
    return () => done;
  };
  /** Not done a millisecond before `ms` from now, done at `ms`. */
  const expectDoneAfter = async (isDone: () => boolean, ms: number) => {
    await vi.advanceTimersByTimeAsync(ms - 1);
    expect(isDone()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(isDone()).toBe(true);
  };

  it('resolves after the quiet time when nothing happens', async () => {
    const isDone = settled(whenQuiet(document.createElement('div'), 500));
    await expectDoneAfter(isDone, 500);
  });

  it('waits while the reader drags, and for the quiet time after the release', async () => {
    const map = document.createElement('div');
    const isDone = settled(whenQuiet(map, 500));
    map.dispatchEvent(new Event('pointerdown'));
    for (let i = 0; i < 60; i++) {
      await vi.advanceTimersByTimeAsync(30);
      map.dispatchEvent(new Event('pointermove'));
    }
    map.dispatchEvent(new Event('pointerup'));
    expect(isDone()).toBe(false);
    await expectDoneAfter(isDone, 500);
  });

  it('does not resolve while a press is held, even with no move for longer than the quiet time', async () => {
    const map = document.createElement('div');
    const isDone = settled(whenQuiet(map, 400));
    map.dispatchEvent(new Event('pointerdown'));
    // A drag's moves held back by a busy GPU: nothing arrives for a second.
    await vi.advanceTimersByTimeAsync(1000);
    expect(isDone()).toBe(false);
    map.dispatchEvent(new Event('pointermove'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(isDone()).toBe(false);
    map.dispatchEvent(new Event('pointerup'));
    await expectDoneAfter(isDone, 400);
  });

  it('ends a press released off the map', async () => {
    const map = document.createElement('div');
    const isDone = settled(whenQuiet(map, 400));
    map.dispatchEvent(new Event('pointerdown'));
    window.dispatchEvent(new Event('pointerup'));
    await expectDoneAfter(isDone, 400);
  });

  it('hears input on the map’s children and stops listening once resolved', async () => {
    const map = document.createElement('div');
    const canvas = map.appendChild(document.createElement('canvas'));
    const isDone = settled(whenQuiet(map, 100));
    await vi.advanceTimersByTimeAsync(90);
    canvas.dispatchEvent(new Event('wheel', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(90);
    expect(isDone()).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    expect(isDone()).toBe(true);
    // A listener left behind would start a new wait.
    map.dispatchEvent(new Event('keydown'));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts the quiet time from the second animation frame, however long the frames take to come', async () => {
    const frames: (() => void)[] = [];
    const nextFrame = async () => {
      frames.shift()!();
      await vi.advanceTimersByTimeAsync(0);
    };
    const isDone = settled(whenPaintedAndQuiet(document.createElement('div'), 400, (f) => frames.push(f)));
    // A first frame that takes a second on a software GPU: the quiet time has not begun.
    await vi.advanceTimersByTimeAsync(1000);
    await nextFrame();
    await vi.advanceTimersByTimeAsync(1000);
    expect(isDone()).toBe(false);
    await nextFrame();
    await expectDoneAfter(isDone, 400);
    expect(frames).toEqual([]);
  });
});
