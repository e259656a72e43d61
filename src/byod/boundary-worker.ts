/// <reference lib="webworker" />
import { readBoundaries, type BoundaryResult } from './read-boundaries';

export interface BoundaryRequest {
  id: number;
  bytes: ArrayBuffer;
  file: string;
  key: string | null;
}

export type BoundaryResponse = BoundaryResult & { id: number };

// Parsing, checking and turf's areas and labels take whole seconds for thousands of polygons: never on the page's thread.
self.addEventListener('message', (event: MessageEvent<BoundaryRequest>) => {
  const { id, bytes, file, key } = event.data;
  let response: BoundaryResponse;
  try {
    response = { id, ...readBoundaries(new Uint8Array(bytes), file, key) };
  } catch (error) {
    response = {
      id,
      ok: false,
      issues: [{ code: 'unexpected', file, place: { kind: 'file' }, params: { detail: String(error) } }],
      notes: [],
    };
  }
  self.postMessage(response);
});
