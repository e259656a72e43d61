import type { LoadedShapesForm } from '../map/surface';
import type { BoundaryRequest, BoundaryResponse, CheckedAnswer, FinishRequest } from './boundary-worker';
import type { MetricsFileOptions } from './formats/read-table-metrics';
import { unexpectedRefusal } from './issues';
import type { JoinTarget } from './join-user';
import type { MetricsRequest, MetricsResponse } from './metrics-worker';
import type { StageListener } from './progress';

/*
 * The page's side of the workers: one for boundaries, one for metrics tables, each started on its first file
 * and kept for the next; each request has its id, progress comes back as messages, and Cancel ends the worker
 * (the next load starts a new one), since nothing else stops a check under way.
 */
interface Channel {
  worker: Worker | null;
  start: () => Worker;
}
type Answer =
  | { id: number; kind: 'result'; checking?: true }
  | ({ id: number; kind: 'checked' } & CheckedAnswer)
  | { id: number; kind: 'progress'; stage: Parameters<StageListener>[0]; fraction: number | null };
type Failure = { id: number; kind: 'result' } & ReturnType<typeof unexpectedRefusal>;

// `new Worker(new URL(…))` written out in full for each: that is the form the bundler makes a worker chunk of.
const boundaries: Channel = {
  worker: null,
  start: () => new Worker(new URL('./boundary-worker.ts', import.meta.url), { type: 'module' }),
};
const metrics: Channel = {
  worker: null,
  start: () => new Worker(new URL('./metrics-worker.ts', import.meta.url), { type: 'module' }),
};
let requests = 0;

/**
 * The rest of a boundary check, under way in the worker after the first drawing: its answer, or 'cancelled' once
 * `cancel` ended the worker (a new boundary load does).
 */
export interface LaterCheck {
  outcome: Promise<CheckedAnswer | 'cancelled'>;
  /** Lets the check go on: the page has drawn the first result. */
  start(): void;
  cancel(): void;
}

export type WorkerResult = Extract<BoundaryResponse, { kind: 'result' }> & { later?: LaterCheck };
export type MetricsWorkerResult = Extract<MetricsResponse, { kind: 'result' }>;

export function checkInWorker(
  /** The file's bytes, or a same-origin link for the worker to read (its absolute URL). */
  bytes: Uint8Array | { url: string },
  file: string,
  key: string | null,
  shapes: LoadedShapesForm,
  signal: AbortSignal,
  progress: StageListener,
): Promise<WorkerResult | 'cancelled'> {
  return ask<WorkerResult>(
    boundaries,
    bytes,
    file,
    signal,
    progress,
    (id, buffer): BoundaryRequest => ({
      id,
      bytes: buffer,
      file,
      key,
      shapes,
    }),
  );
}

/** A metrics file read and joined in the metrics worker, under the same size limits as on one thread. */
export function readMetricsInWorker(
  bytes: Uint8Array,
  file: string,
  targets: JoinTarget[],
  options: MetricsFileOptions,
  signal: AbortSignal,
  progress: StageListener,
): Promise<MetricsWorkerResult | 'cancelled'> {
  return ask<MetricsWorkerResult>(
    metrics,
    bytes,
    file,
    signal,
    progress,
    (id, buffer): MetricsRequest => ({
      id,
      bytes: buffer as ArrayBuffer, // a table is always sent as its bytes, never as a link
      file,
      targets,
      options,
    }),
  );
}

function ask<R extends { id: number; kind: 'result' }>(
  channel: Channel,
  bytes: Uint8Array | { url: string },
  file: string,
  signal: AbortSignal,
  progress: StageListener,
  request: (id: number, bytes: ArrayBuffer | { url: string }) => { id: number; bytes: ArrayBuffer | { url: string } },
): Promise<R | 'cancelled'> {
  if (signal.aborted) return Promise.resolve('cancelled');
  channel.worker ??= channel.start();
  const id = ++requests;
  const active = channel.worker;
  return new Promise((resolve) => {
    // A drawable result may come before the check's end: the load goes on, and `later` waits for the rest.
    let later: { settle: (answer: CheckedAnswer | 'cancelled') => void } | null = null;
    const stop = () => {
      active.removeEventListener('message', onMessage);
      active.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    const done = (result: R | 'cancelled') => {
      stop();
      resolve(result);
    };
    const endWorker = () => {
      active.terminate();
      if (channel.worker === active) channel.worker = null;
    };
    const drawable = (answer: R) => {
      // The worker is this check's until it ends: a next load starts its own rather than wait behind it.
      if (channel.worker === active) channel.worker = null;
      const outcome = new Promise<CheckedAnswer | 'cancelled'>((settle) => {
        later = {
          settle: (end) => {
            stop();
            active.terminate();
            later = null;
            settle(end);
          },
        };
      });
      const cancel = () => {
        if (!later) return;
        endWorker();
        later.settle('cancelled');
      };
      // Until the page has drawn, the load's end (Cancel, a newer load, an early check not taken) ends the check too.
      const start = () => {
        signal.removeEventListener('abort', onAbort);
        active.postMessage({ id, kind: 'finish' } satisfies FinishRequest);
      };
      resolve({ ...answer, later: { outcome, start, cancel } });
    };
    // Answers are taken in order, each after the one before; a test may hold the load at a stage
    // (window.__byodHold, src/test-surface.ts), and the answers after it wait.
    let taken: Promise<void> = Promise.resolve();
    const onMessage = (event: MessageEvent<Answer>) => {
      const answer = event.data;
      if (answer.id !== id) return;
      taken = taken
        .then(() => {
          if (answer.kind === 'checked') return later?.settle(answer);
          if (!later && signal.aborted) return;
          if (answer.kind === 'result') return answer.checking ? drawable(answer as R) : done(answer as R);
          // The check after the first drawing is told to the hold only: the report says it is under way.
          if (!later) progress(answer.stage, answer.fraction);
          return globalThis.window?.__byodHold?.(answer.stage);
        })
        // A listener that throws must not stop the answers after it: the load would never end.
        .catch((error: unknown) => console.error(error));
    };
    const onError = (event: ErrorEvent) => {
      if (channel.worker === active) channel.worker = null;
      const note = { code: 'checkUnfinished', params: { detail: event.message } } as const;
      if (later) return later.settle({ ok: false, note });
      const failure: Failure = { id, kind: 'result', ...unexpectedRefusal(file, event.message) };
      done(failure as unknown as R);
    };
    // Ending the worker is the only way to stop a check under way; the next load starts a new one.
    const onAbort = () => {
      endWorker();
      if (later) later.settle('cancelled');
      else done('cancelled');
    };
    active.addEventListener('message', onMessage);
    active.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort);
    if (!(bytes instanceof Uint8Array)) {
      active.postMessage(request(id, bytes));
      return;
    }
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    active.postMessage(request(id, buffer), [buffer]);
  });
}
