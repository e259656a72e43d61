// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressBar, SHOW_PROGRESS_AFTER_MS } from '../../../src/shared/progress-bar';

const bar = (element: HTMLElement) => element.querySelector('[role="progressbar"]')!;
const cancelButton = (element: HTMLElement) => element.querySelector('button')!;

describe('ProgressBar', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stays hidden for work shorter than half a second', () => {
    const progress = new ProgressBar(() => {});
    progress.start({ label: 'Reading a.geojson…', fraction: null, cancel: 'Cancel' }, 'reading');
    vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS - 1);
    expect(progress.visible).toBe(false);
    progress.stop();
    vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS);
    expect(progress.visible).toBe(false);
  });

  it('shows after half a second, names the stage, and gives the fraction when it is known', () => {
    const progress = new ProgressBar(() => {});
    progress.start({ label: 'Reading a.geojson…', fraction: null, cancel: 'Cancel' }, 'reading');
    vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS);
    expect(progress.visible).toBe(true);
    expect(bar(progress.element).hasAttribute('aria-valuenow')).toBe(false);
    progress.update({ label: 'Checking a.geojson…', fraction: 0.426, cancel: 'Cancel' }, 'checking');
    expect(progress.element.dataset['stage']).toBe('checking');
    expect(progress.element.textContent).toContain('Checking a.geojson…');
    expect(bar(progress.element).getAttribute('aria-valuenow')).toBe('43');
    expect(bar(progress.element).getAttribute('aria-label')).toBe('Checking a.geojson…');
  });

  it('calls Cancel while the work runs, and hides the button when it can no longer be cancelled', () => {
    const onCancel = vi.fn();
    const progress = new ProgressBar(onCancel);
    progress.start({ label: 'Checking…', fraction: 0.5, cancel: 'Cancel' });
    vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS);
    cancelButton(progress.element).click();
    expect(onCancel).toHaveBeenCalledTimes(1);
    progress.update({ label: 'Drawing…', fraction: null, cancel: null }, 'drawing');
    expect(cancelButton(progress.element).hidden).toBe(true);
    progress.stop();
    cancelButton(progress.element).click();
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('waits on the timers it is given', () => {
    const waits: number[] = [];
    let fire = () => {};
    const progress = new ProgressBar(() => {}, {
      setTimeout: (run, ms) => {
        waits.push(ms);
        fire = run;
        return 1;
      },
      clearTimeout: () => {},
    });
    progress.start({ label: 'Exporting…', fraction: 0, cancel: 'Cancel' });
    expect(waits).toEqual([SHOW_PROGRESS_AFTER_MS]);
    expect(progress.visible).toBe(false);
    fire();
    expect(progress.visible).toBe(true);
  });
});
