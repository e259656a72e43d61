import type { LoadedShapesForm } from '../map/surface';
import type { LoadSource } from './host';
import type { BoundaryStage, StageListener } from './progress';
import { checkInWorker, type WorkerResult } from './worker-client';

/*
 * A linked boundary file (?boundaries=) read and checked while the page and its map start, not after: the
 * worker reads the link and checks it on the machine's other core, while the page loads its language, its own
 * boundaries and draws the map. The link's load (controller.ts) then takes the result instead of reading
 * and checking again, with the same refusals, warnings and progress stages; anything else ends it unused.
 */

/** What the early read and check of a link ended with. */
export interface EarlyOutcome {
  /** The worker's answer: a refused read (not found, a web page, too large) is a refusal like any other. */
  result: WorkerResult | 'cancelled';
  readMs: number;
  workerMs: number;
  started: number;
}

export interface EarlyCheck {
  readonly path: string;
  readonly key: string | null;
  readonly shapes: LoadedShapesForm;
  readonly outcome: Promise<EarlyOutcome>;
  /** Ends the read or the worker's check (the reader's Cancel, or a load that does not use it). */
  abort(): void;
  /** Progress goes to this listener from now on; the stage last heard is told again at once. */
  follow(listener: StageListener): void;
}

let pending: EarlyCheck | null = null;
/** Set by the first load: a check started after it would have no one to take it. */
let claimed = false;

/** Starts reading and checking the linked file for a map that draws `shapes`; once per page, before its first load. */
export function startEarlyCheck(path: string, key: string | null, shapes: LoadedShapesForm): void {
  if (pending || claimed) return;
  const controller = new AbortController();
  let listener: StageListener = () => {};
  let last: [BoundaryStage, number | null] | null = null;
  const progress: StageListener = (stage, fraction) => {
    last = [stage, fraction];
    listener(stage, fraction);
  };
  const started = performance.now();
  // The worker's own URL is not the page's: the link is made absolute here.
  const url = new URL(path, location.href).href;
  const outcome = checkInWorker({ url }, path, key, shapes, controller.signal, progress).then((result) => {
    const readMs = result !== 'cancelled' && 'readMs' in result ? (result.readMs ?? 0) : 0;
    return { result, readMs, workerMs: performance.now() - started - readMs, started };
  });
  pending = {
    path,
    key,
    shapes,
    outcome,
    abort: () => controller.abort(),
    follow: (next) => {
      listener = next;
      if (last) next(...last);
    },
  };
}

/** The early check when it is of this source for a map drawing `shapes`; taken once, and ended when it does not fit. */
export function claimEarlyCheck(source: LoadSource | undefined, shapes: LoadedShapesForm): EarlyCheck | null {
  const early = pending;
  pending = null;
  claimed = true;
  if (!early) return null;
  if (source && earlyCheckFits(early, source, shapes)) return early;
  early.abort();
  return null;
}

/** An early check stands for a load of the same link, with the same key, for a map drawing the same form. */
export function earlyCheckFits(
  early: Pick<EarlyCheck, 'path' | 'key' | 'shapes'>,
  source: LoadSource,
  shapes: LoadedShapesForm,
): boolean {
  return (
    source.kind === 'link' &&
    source.role === 'boundaries' &&
    source.path === early.path &&
    source.key === early.key &&
    shapes === early.shapes
  );
}
