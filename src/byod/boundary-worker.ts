/// <reference lib="webworker" />
import { fetchLimited } from './fetch-limited';
import { unexpectedRefusal } from './issues';
import { MAX_BOUNDARY_BYTES } from './limits';
import type { BoundaryStage } from './progress';
import { type BoundaryResult, readBoundaries } from './read-boundaries';
import type { LoadedShapesForm } from '../map/surface';
import { packForMap, type RegionsForMap, transferablesOf } from './transfer';

export interface BoundaryRequest {
  id: number;
  /** The file's bytes, or for a same-origin link its absolute URL, read here (src/byod/early-start.ts). */
  bytes: ArrayBuffer | { url: string };
  file: string;
  key: string | null;
  /** The form of shapes the page's map draws. */
  shapes: LoadedShapesForm;
}

type Checked = Extract<BoundaryResult, { ok: true }>;

/** The result as it crosses to the page: the geometry in a transferred buffer, not a structured clone. */
export type BoundaryResponse =
  | ({ id: number; kind: 'result' } & (
      | (Omit<Checked, 'collection'> & RegionsForMap & { readMs?: number })
      | Extract<BoundaryResult, { ok: false }>
    ))
  | { id: number; kind: 'progress'; stage: BoundaryStage; fraction: number | null };

// Parsing, checking and turf's areas and labels take whole seconds for thousands of polygons: never on the page's thread.
self.addEventListener('message', async (event: MessageEvent<BoundaryRequest>) => {
  const { id, file, key, shapes } = event.data;
  const progress = (stage: BoundaryStage, fraction: number | null) =>
    self.postMessage({ id, kind: 'progress', stage, fraction } satisfies BoundaryResponse);
  try {
    // A link is read here, off the page's thread, which is busy starting the map meanwhile.
    const started = performance.now();
    const read =
      event.data.bytes instanceof ArrayBuffer
        ? { bytes: new Uint8Array(event.data.bytes) }
        : await fetchLimited(
            event.data.bytes.url,
            MAX_BOUNDARY_BYTES,
            new AbortController().signal,
            (fraction) => progress('reading', fraction),
            file,
          );
    if ('issue' in read) {
      self.postMessage({ id, kind: 'result', ok: false, issues: [read.issue], notes: [] } satisfies BoundaryResponse);
      return;
    }
    const readMs = event.data.bytes instanceof ArrayBuffer ? undefined : performance.now() - started;
    const result = readBoundaries(read.bytes, file, key, undefined, progress);
    if (!result.ok) {
      self.postMessage({ id, kind: 'result', ...result } satisfies BoundaryResponse);
      return;
    }
    const { collection, ...rest } = result;
    const packed = packForMap(collection, shapes);
    self.postMessage(
      { id, kind: 'result', ...rest, ...packed, readMs } satisfies BoundaryResponse,
      transferablesOf(packed.shapes),
    );
  } catch (error) {
    self.postMessage({ id, kind: 'result', ...unexpectedRefusal(file, String(error)) } satisfies BoundaryResponse);
  }
});
