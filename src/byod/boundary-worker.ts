/// <reference lib="webworker" />
import { fetchLimited } from './fetch-limited';
import { unexpectedRefusal } from './issues';
import { MAX_BOUNDARY_BYTES } from './limits';
import type { BoundaryStage } from './progress';
import { type BoundaryResult, type FinishedCheck, readToDrawFirst } from './read-boundaries';
import type { LoadedShapesForm } from '../map/surface';
import { packForMap, type RegionsForMap, type ShapesForMap, transferablesOf } from './transfer';
import type { RegionInfo } from '../data/regions';
import type { Note, Warning } from './issues';

export interface BoundaryRequest {
  id: number;
  /** The file's bytes, or for a same-origin link its absolute URL, read here (src/byod/early-start.ts). */
  bytes: ArrayBuffer | { url: string };
  file: string;
  key: string | null;
  /** The form of shapes the page's map draws. */
  shapes: LoadedShapesForm;
}

/** The page has drawn request `id`'s result: the rest of its check may run now (FinishRequest). */
export interface FinishRequest {
  id: number;
  kind: 'finish';
}

/** Checks waiting for the page to draw their first result, by request. */
const waiting = new Map<number, () => void>();

type Checked = Extract<BoundaryResult, { ok: true }>;

/**
 * What the check after the first drawing sends: the regions again (label points inside them), the repaired
 * shapes when any feature was repaired (null: the drawn ones stand), and every warning of the load; or, if the
 * check itself failed, why (the map keeps the shapes as drawn).
 */
export type CheckedAnswer =
  | {
      ok: true;
      regions: RegionInfo[];
      shapes: ShapesForMap | null;
      warnings: Warning[];
      repaired: number;
      timings: FinishedCheck['timings'];
    }
  | { ok: false; note: Note };

/**
 * The result as it crosses to the page: the geometry in a transferred buffer, not a structured clone. A drawable
 * result comes first (`checking`), and the check's end ('checked') after it.
 */
export type BoundaryResponse =
  | ({ id: number; kind: 'result' } & (
      | (Omit<Checked, 'collection'> & RegionsForMap & { readMs?: number; checking: true })
      | Extract<BoundaryResult, { ok: false }>
    ))
  | ({ id: number; kind: 'checked' } & CheckedAnswer)
  | { id: number; kind: 'progress'; stage: BoundaryStage; fraction: number | null };

// Parsing, checking and turf's areas and labels take whole seconds for thousands of polygons: never on the page's thread.
self.addEventListener('message', async (event: MessageEvent<BoundaryRequest | FinishRequest>) => {
  if ('kind' in event.data) {
    waiting.get(event.data.id)?.();
    waiting.delete(event.data.id);
    return;
  }
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
    const result = readToDrawFirst(read.bytes, file, key, undefined, progress);
    if (!result.ok) {
      self.postMessage({ id, kind: 'result', ...result } satisfies BoundaryResponse);
      return;
    }
    const { collection, finishCheck, ...rest } = result;
    const packed = packForMap(collection, shapes);
    self.postMessage(
      { id, kind: 'result', ...rest, ...packed, readMs, checking: true } satisfies BoundaryResponse,
      transferablesOf(packed.shapes),
    );
    // Not before the page has drawn: on two cores, the check would take the CPU the drawing needs.
    waiting.set(id, () => finishAfterDrawing(id, finishCheck, shapes));
  } catch (error) {
    self.postMessage({ id, kind: 'result', ...unexpectedRefusal(file, String(error)) } satisfies BoundaryResponse);
  }
});

/** The rest of the check, after the page has its drawable result: nothing here refuses the file. */
function finishAfterDrawing(id: number, finishCheck: () => FinishedCheck, form: LoadedShapesForm): void {
  let answer: CheckedAnswer;
  try {
    const finished = finishCheck();
    const regions = finished.collection.features.map((f) => f.properties);
    // Shapes go again only if a repair changed them: otherwise the page keeps what it drew.
    const shapes = finished.repaired.length ? packForMap(finished.collection, form).shapes : null;
    const { warnings, timings } = finished;
    answer = { ok: true, regions, shapes, warnings, repaired: finished.repaired.length, timings };
  } catch (error) {
    answer = { ok: false, note: { code: 'checkUnfinished', params: { detail: String(error) } } };
  }
  const transfer = answer.ok && answer.shapes ? transferablesOf(answer.shapes) : [];
  self.postMessage({ id, kind: 'checked', ...answer } satisfies BoundaryResponse, transfer);
}
