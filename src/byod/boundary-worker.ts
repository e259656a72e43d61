/// <reference lib="webworker" />
import { unexpectedRefusal } from './issues';
import type { BoundaryStage } from './progress';
import { type BoundaryResult, readBoundaries } from './read-boundaries';
import type { LoadedShapesForm } from '../map/surface';
import { packForMap, type RegionsForMap, transferablesOf } from './transfer';

export interface BoundaryRequest {
  id: number;
  bytes: ArrayBuffer;
  file: string;
  key: string | null;
  /** The form of shapes the page's map draws. */
  shapes: LoadedShapesForm;
}

type Checked = Extract<BoundaryResult, { ok: true }>;

/** The result as it crosses to the page: the geometry in a transferred buffer, not a structured clone. */
export type BoundaryResponse =
  | ({ id: number; kind: 'result' } & (
      | (Omit<Checked, 'collection'> & RegionsForMap)
      | Extract<BoundaryResult, { ok: false }>
    ))
  | { id: number; kind: 'progress'; stage: BoundaryStage; fraction: number | null };

// Parsing, checking and turf's areas and labels take whole seconds for thousands of polygons: never on the page's thread.
self.addEventListener('message', (event: MessageEvent<BoundaryRequest>) => {
  const { id, bytes, file, key, shapes } = event.data;
  const progress = (stage: BoundaryStage, fraction: number | null) =>
    self.postMessage({ id, kind: 'progress', stage, fraction } satisfies BoundaryResponse);
  try {
    const result = readBoundaries(new Uint8Array(bytes), file, key, undefined, progress);
    if (!result.ok) {
      self.postMessage({ id, kind: 'result', ...result } satisfies BoundaryResponse);
      return;
    }
    const { collection, ...rest } = result;
    const packed = packForMap(collection, shapes);
    self.postMessage(
      { id, kind: 'result', ...rest, ...packed } satisfies BoundaryResponse,
      transferablesOf(packed.shapes),
    );
  } catch (error) {
    self.postMessage({ id, kind: 'result', ...unexpectedRefusal(file, String(error)) } satisfies BoundaryResponse);
  }
});
