// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../src/export/strings';
import { ExportCancelled, ExportProgress } from '../../../src/export/export-progress';
import { SHOW_PROGRESS_AFTER_MS } from '../../../src/shared/progress-bar';
import { RASTER_STAGES } from '../../../src/export/stages';

describe('ExportProgress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows a long export by stage, and Cancel stops it at its next stage', () => {
    const onCancel = vi.fn();
    const progress = new ExportProgress(() => 'en', onCancel);
    const messages: string[] = [];
    const listener = progress.start((_stage, message) => messages.push(message));
    listener('checking', 'Checking the size…');
    expect(progress.element.hidden).toBe(true);
    vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS);
    listener('rendering', 'Drawing the map…');
    expect(progress.element.hidden).toBe(false);
    expect(progress.element.dataset['stage']).toBe('rendering');
    expect(progress.element.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).toBe('25');
    const cancel = progress.element.querySelector('button')!;
    expect(cancel.textContent).toBe('Cancel');
    cancel.click();
    expect(onCancel).toHaveBeenCalledOnce();
    expect(progress.wasCancelled).toBe(true);
    expect(progress.element.hidden).toBe(true);
    expect(() => listener('composing', 'Adding title…')).toThrow(ExportCancelled);
    expect(messages).toEqual(['Checking the size…', 'Drawing the map…']);
  });

  it('shows no bar for an export done within half a second, and a new run is not cancelled', () => {
    const progress = new ExportProgress(
      () => 'zh',
      () => {},
    );
    const listener = progress.start(() => {});
    listener('checking', '…');
    vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS - 1);
    progress.stop();
    vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS);
    expect(progress.element.hidden).toBe(true);
    expect(progress.wasCancelled).toBe(false);
    expect(progress.element.querySelector('button')!.textContent).toBe('取消');
  });
});

describe('ExportProgress with a painter’s stage order', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fills forward whichever painter runs: the vector page composes before it rasterises', () => {
    const progress = new ExportProgress(
      () => 'en',
      () => {},
    );
    const listener = progress.start(() => {}, RASTER_STAGES);
    vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS);
    const filled: string[] = [];
    for (const stage of RASTER_STAGES) {
      listener(stage, stage);
      filled.push(progress.element.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')!);
    }
    expect(filled).toEqual(['0', '25', '50', '75']);
    progress.stop();
  });
});
