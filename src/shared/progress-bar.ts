import { el } from './dom';
import './progress-bar.css';

/** Work that ends sooner than this shows no bar: a flash of one would only distract. */
export const SHOW_PROGRESS_AFTER_MS = 500;

/** The clock the bar waits on; tests pass fake timers. */
export interface ProgressTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: ProgressTimers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface ProgressView {
  /** The stage in the reader's words ("Checking districts.geojson…"). */
  label: string;
  /** Done so far, 0–1, or null when not known (the bar then moves without a value). */
  fraction: number | null;
  /** The Cancel button's text, or null when the work can no longer be stopped. */
  cancel: string | null;
}

/**
 * A progress bar for long work, with its stage named and a Cancel button: hidden until the work has
 * taken SHOW_PROGRESS_AFTER_MS, then role="progressbar" with aria-valuenow when the fraction is known.
 * `data-stage` says which stage it shows, for tests and styles.
 */
export class ProgressBar {
  readonly element = el('div', { class: 'progress', hidden: '' });
  private readonly label = el('p', { class: 'progress-label' });
  private readonly fill = el('div', { class: 'progress-fill' });
  private readonly bar = el(
    'div',
    { role: 'progressbar', class: 'progress-bar', 'aria-valuemin': '0', 'aria-valuemax': '100' },
    this.fill,
  );
  private readonly cancelButton = el('button', { type: 'button', class: 'progress-cancel' });
  private timer: unknown = null;
  private running = false;

  constructor(
    onCancel: () => void,
    private readonly timers: ProgressTimers = browserTimers,
    private readonly delayMs = SHOW_PROGRESS_AFTER_MS,
  ) {
    this.element.append(this.label, this.bar, this.cancelButton);
    this.cancelButton.addEventListener('click', () => {
      if (this.running) onCancel();
    });
  }

  /** Work has started: the bar shows if it is still running after the delay. */
  start(view: ProgressView, stage = ''): void {
    this.stop();
    this.running = true;
    this.update(view, stage);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      if (this.running) this.element.hidden = false;
    }, this.delayMs);
  }

  update(view: ProgressView, stage = ''): void {
    this.label.textContent = view.label;
    this.bar.setAttribute('aria-label', view.label);
    this.element.dataset['stage'] = stage;
    if (view.fraction === null) {
      this.bar.removeAttribute('aria-valuenow');
      this.bar.classList.add('progress-unknown');
      this.fill.style.width = '';
    } else {
      const percent = Math.round(Math.min(1, Math.max(0, view.fraction)) * 100);
      this.bar.setAttribute('aria-valuenow', String(percent));
      this.bar.classList.remove('progress-unknown');
      this.fill.style.width = `${percent}%`;
    }
    this.cancelButton.hidden = view.cancel === null;
    this.cancelButton.textContent = view.cancel ?? '';
  }

  /** The work ended (done, refused or cancelled): no bar, and no bar later. */
  stop(): void {
    this.running = false;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.element.hidden = true;
  }

  get visible(): boolean {
    return !this.element.hidden;
  }
}
