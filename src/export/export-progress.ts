import { t, type Lang } from '../i18n';
import { ProgressBar, type ProgressTimers } from '../shared/progress-bar';
import { MAPLIBRE_STAGES, type ProgressListener, type SnapshotStage } from './stages';

/** Thrown from the progress listener into the export under way, which stops at its next stage and cleans up. */
export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
  }
}

/**
 * The export panel's progress: a bar shown once an export has taken half a second, naming its stage,
 * with Cancel. The exporters (snapshot.ts, vector-snapshot.ts) take no signal, so Cancel works through
 * their progress listener: the next stage they announce throws ExportCancelled, which unwinds them
 * through their own clean-up (the off-screen map is removed), and no file is saved.
 */
export class ExportProgress {
  private readonly bar: ProgressBar;
  private cancelled = false;

  constructor(
    private readonly lang: () => Lang,
    onCancel: () => void,
    timers?: ProgressTimers,
  ) {
    this.bar = new ProgressBar(() => {
      this.cancelled = true;
      this.bar.stop();
      onCancel();
    }, timers);
    this.bar.element.classList.add('export-progress');
  }

  get element(): HTMLElement {
    return this.bar.element;
  }

  /** Starts a run whose painter goes through `stages` in that order; the listener to hand the exporter. */
  start(onStage: ProgressListener, stages: readonly SnapshotStage[] = MAPLIBRE_STAGES): ProgressListener {
    this.cancelled = false;
    this.bar.start({ label: '', fraction: 0, cancel: t(this.lang(), 'export.cancel') });
    return (stage, message) => {
      if (this.cancelled) throw new ExportCancelled();
      this.bar.update(
        { label: message, fraction: stages.indexOf(stage) / stages.length, cancel: t(this.lang(), 'export.cancel') },
        stage,
      );
      onStage(stage, message);
    };
  }

  /** Whether the reader cancelled this run (a run that finished anyway saves nothing). */
  get wasCancelled(): boolean {
    return this.cancelled;
  }

  stop(): void {
    this.bar.stop();
  }
}
