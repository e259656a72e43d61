import type { CheckedBoundariesUpdate, LoadedDataMap } from '../map/surface';
import { setPageFlag } from '../test-surface';
import type { CheckedAnswer } from './boundary-worker';
import type { ShapesForMap } from './transfer';
import type { LaterCheck } from './worker-client';

/*
 * Loaded boundaries are drawn as soon as every refusal is decided (check-boundaries.ts); the search for rings
 * that cross themselves, their repair and the label points inside the areas go on in the worker meanwhile
 * (repair-crossings.ts), and the map is updated in place when they end. One such check at a time: the
 * boundaries that replace those on the map end theirs.
 */

interface Following {
  cancel(): void;
  done: Promise<void>;
}

let current: Following | null = null;

export interface CheckFollower {
  later: LaterCheck;
  map: Pick<LoadedDataMap, 'updateCustomBoundaries' | 'whenDrawn'>;
  /** The shapes in the form the map takes them (MapLibre's: a blob: URL of the GeoJSON text). */
  drawable: (shapes: ShapesForMap) => NonNullable<CheckedBoundariesUpdate['shapes']>;
  /** Told once the map shows the checked boundaries (or the check failed, and the map keeps the shapes drawn). */
  finished: (answer: CheckedAnswer) => void;
}

/** Follows the check of the boundaries just drawn: the map is updated in place and `finished` told when it ends. */
export function followCheck({ later, map, drawable, finished }: CheckFollower): void {
  cancelCheck();
  setPageFlag('byodCheck', 'running');
  const following: Following = { cancel: later.cancel, done: Promise.resolve() };
  current = following;
  later.start();
  following.done = later.outcome
    .then(async (answer) => {
      if (answer === 'cancelled' || current !== following) return;
      if (answer.ok) {
        map.updateCustomBoundaries({ regions: answer.regions, shapes: answer.shapes && drawable(answer.shapes) });
        await map.whenDrawn();
      }
      finished(answer);
      performance.mark('byod-checked', { detail: answer.ok ? answer.timings : answer.note });
    })
    .catch((error: unknown) => console.error(error))
    .finally(() => {
      if (current !== following) return;
      current = null;
      setPageFlag('byodCheck', 'done');
    });
}

/** Ends the check of the boundaries on the map: new boundaries replace them. */
export function cancelCheck(): void {
  const following = current;
  current = null;
  following?.cancel();
}

/** Resolves once the boundaries on the map are checked (figures joined to them need their final areas). */
export function checkSettled(): Promise<void> {
  return current?.done ?? Promise.resolve();
}
