/// <reference lib="webworker" />
import { type MetricsFileOptions, type MetricsReading, readMetricsReading } from './formats/read-table-metrics';
import type { JoinTarget } from './join-user';
import { unexpectedRefusal } from './issues';
import type { BoundaryStage } from './progress';

export interface MetricsRequest {
  id: number;
  bytes: ArrayBuffer;
  file: string;
  targets: JoinTarget[];
  options: MetricsFileOptions;
}

export type MetricsResponse =
  | ({ id: number; kind: 'result' } & MetricsReading)
  | { id: number; kind: 'progress'; stage: BoundaryStage; fraction: number | null };

// Decoding, unzipping a workbook, finding the table and joining every column of a 5 MB file take seconds:
// never on the page's thread. The answer is plain data; the page makes the colour scales (withChoropleths).
self.addEventListener('message', async (event: MessageEvent<MetricsRequest>) => {
  const { id, bytes, file, targets, options } = event.data;
  const progress = (stage: BoundaryStage, fraction: number | null) =>
    self.postMessage({ id, kind: 'progress', stage, fraction } satisfies MetricsResponse);
  try {
    const reading = await readMetricsReading(new Uint8Array(bytes), file, targets, options, progress);
    self.postMessage({ id, kind: 'result', ...reading } satisfies MetricsResponse);
  } catch (error) {
    self.postMessage({ id, kind: 'result', ...unexpectedRefusal(file, String(error)) } satisfies MetricsResponse);
  }
});
