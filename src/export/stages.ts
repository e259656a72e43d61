export type SnapshotStage = 'checking' | 'rendering' | 'composing' | 'encoding';

export type ProgressListener = (stage: SnapshotStage, message: string) => void;

/** MapLibre's painter draws the map off-screen, then composes the page around its pixels (snapshot.ts). */
export const MAPLIBRE_STAGES: readonly SnapshotStage[] = ['checking', 'rendering', 'composing', 'encoding'];
/** The vector page is composed as one SVG first, then rasterised (raster-snapshot.ts). */
export const RASTER_STAGES: readonly SnapshotStage[] = ['checking', 'composing', 'rendering', 'encoding'];
/** SVG and PDF: the vector page, then the file (vector-snapshot.ts). */
export const VECTOR_STAGES: readonly SnapshotStage[] = ['composing', 'encoding'];

/** Waits at a stage when a test holds the export there (`__exportHold`, src/test-surface.ts); unset, a microtask. */
export type StageHold = (stage: SnapshotStage) => Promise<void> | undefined;

const testHold: StageHold = (stage) => window.__exportHold?.(stage);

/**
 * A painter's stages, announced and timed: each `enter` ends the stage before it, tells the listener (the progress
 * bar, whose listener throws ExportCancelled after Cancel) and returns the test's hold, to be awaited.
 */
export function stageClock(listener: ProgressListener, now = () => performance.now(), hold: StageHold = testHold) {
  const stagesMs: Record<SnapshotStage, number> = { checking: 0, rendering: 0, composing: 0, encoding: 0 };
  const started = now();
  let stage: SnapshotStage | null = null;
  let stageStarted = started;
  const close = (at: number) => {
    if (stage) stagesMs[stage] = at - stageStarted;
  };
  return {
    enter(next: SnapshotStage, message: string): Promise<void> | undefined {
      const at = now();
      close(at);
      [stage, stageStarted] = [next, at];
      listener(next, message);
      return hold(next);
    },
    /** Ends the last stage: each stage's time and the whole run's. */
    finish(): { stagesMs: Record<SnapshotStage, number>; durationMs: number } {
      const at = now();
      close(at);
      stage = null;
      return { stagesMs, durationMs: at - started };
    },
  };
}
