import type { BoundaryRequest, BoundaryResponse } from './boundary-worker';
import { AT_FILE, issue } from './issues';
import type { StageListener } from './progress';

/*
 * The page's side of the boundary worker: one worker, started on the first boundary file and kept for the next;
 * each request has its id, progress comes back as messages, and Cancel ends the worker (the next load starts a
 * new one), since nothing else stops a check under way.
 */
let worker: Worker | null = null;
let requests = 0;

export type WorkerResult = Extract<BoundaryResponse, { kind: 'result' }>;
export function checkInWorker(
  bytes: Uint8Array,
  file: string,
  key: string | null,
  signal: AbortSignal,
  progress: StageListener,
): Promise<WorkerResult | 'cancelled'> {
  if (signal.aborted) return Promise.resolve('cancelled');
  worker ??= new Worker(new URL('./boundary-worker.ts', import.meta.url), { type: 'module' });
  const id = ++requests;
  const active = worker;
  return new Promise((resolve) => {
    const done = (result: WorkerResult | 'cancelled') => {
      active.removeEventListener('message', onMessage);
      active.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onMessage = (event: MessageEvent<BoundaryResponse>) => {
      if (event.data.id !== id) return;
      if (event.data.kind === 'progress') progress(event.data.stage, event.data.fraction);
      else done(event.data);
    };
    const onError = (event: ErrorEvent) => {
      worker = null;
      done({
        id,
        kind: 'result',
        ok: false,
        issues: [issue('unexpected', file, AT_FILE, { detail: event.message })],
        notes: [],
      });
    };
    // Ending the worker is the only way to stop a check under way; the next load starts a new one.
    const onAbort = () => {
      active.terminate();
      if (worker === active) worker = null;
      done('cancelled');
    };
    active.addEventListener('message', onMessage);
    active.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const request: BoundaryRequest = { id, bytes: buffer, file, key };
    active.postMessage(request, [buffer]);
  });
}
