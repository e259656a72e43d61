import { type AnyStringKey, t, type Lang } from '../i18n';
import { ProgressBar, type ProgressTimers } from '../shared/progress-bar';
import { cancelLoad } from './controller';
import type { BoundaryStage } from './progress';
import './strings';

export interface LoadStage {
  file: string;
  stage: BoundaryStage;
  fraction: number | null;
}

/**
 * The load's progress bar, loaded with the loader's code rather than with the first view (the payload
 * budget): the "Load data" control hands it the load's stage whenever it changes, or null when it ended.
 */
export class LoadProgress {
  private readonly bar: ProgressBar;
  private running = false;

  constructor(timers?: ProgressTimers) {
    this.bar = new ProgressBar(cancelLoad, timers);
  }

  get element(): HTMLElement {
    return this.bar.element;
  }

  show(current: LoadStage | null, lang: Lang): void {
    if (!current) {
      this.running = false;
      this.bar.stop();
      return;
    }
    const view = {
      label: t(lang, `byod.stage.${current.stage}` as AnyStringKey, { file: current.file }),
      fraction: current.fraction,
      // Once drawing has begun the map is already changing: nothing left to cancel.
      cancel: current.stage === 'drawing' ? null : t(lang, 'byod.cancel' as AnyStringKey),
    };
    if (this.running) this.bar.update(view, current.stage);
    else this.bar.start(view, current.stage);
    this.running = true;
  }
}
