import type { MetricsFileOptions } from '../../../src/byod/formats/read-table-metrics';
import type { JoinTarget } from '../../../src/byod/join-user';
import type { MetricsRequest, MetricsResponse } from '../../../src/byod/metrics-worker';

/*
 * The metrics worker's module run in Node: `self` is an event target whose postMessage structured-clones
 * what the worker sends, as a real worker's does (a function in the answer would throw DataCloneError).
 * Install once, before importing src/byod/metrics-worker.ts.
 */
type Listener = (response: MetricsResponse) => void;
const listeners = new Set<Listener>();
const scope = new EventTarget() as EventTarget & { postMessage: (message: unknown) => void };
scope.postMessage = (message) => {
  const copy = structuredClone(message) as MetricsResponse;
  for (const listener of listeners) listener(copy);
};
(globalThis as { self?: unknown }).self = scope;

let ids = 0;

/** One request to the worker as the page sends it (bytes and targets cloned); its result and its progress messages. */
export function askMetricsWorker(
  bytes: Uint8Array,
  file: string,
  targets: JoinTarget[],
  options: MetricsFileOptions,
): Promise<{
  result: Extract<MetricsResponse, { kind: 'result' }>;
  progress: { stage: string; fraction: number | null }[];
}> {
  const id = ++ids;
  const progress: { stage: string; fraction: number | null }[] = [];
  return new Promise((resolve) => {
    const listener: Listener = (response) => {
      if (response.id !== id) return;
      if (response.kind === 'progress') progress.push({ stage: response.stage, fraction: response.fraction });
      else {
        listeners.delete(listener);
        resolve({ result: response, progress });
      }
    };
    listeners.add(listener);
    const buffer = bytes.slice().buffer;
    const request: MetricsRequest = structuredClone({ id, bytes: buffer, file, targets, options });
    scope.dispatchEvent(new MessageEvent('message', { data: request }));
  });
}
