import type { Bounds, RegionCollection } from '../data/boundaries';
import { checkBoundaries } from './check-boundaries';
import { decodeBytes, looksLikeWebPage } from './decode';
import { AT_FILE, issue, type Issue, type Note, type Warning } from './issues';
import { MAX_BOUNDARY_BYTES, megabytes } from './limits';
import type { StageListener } from './progress';
import { toRegionCollection } from './region-geometry';

export interface BoundaryTimings {
  decodeMs: number;
  parseMs: number;
  checkMs: number;
  geometryMs: number;
}

export type BoundaryResult =
  | {
      ok: true;
      collection: RegionCollection;
      bounds: Bounds;
      key: string;
      notes: Note[];
      /** Features drawn after a repair (closed rings, self-crossings resolved): what was wrong, what was done. */
      warnings: Warning[];
      timings: BoundaryTimings;
    }
  | { ok: false; issues: Issue[]; notes: Note[] };

/** A boundary file's bytes to the map's regions, or every reason it cannot be drawn. Runs in a worker. */
export function readBoundaries(
  bytes: Uint8Array,
  file: string,
  key: string | null,
  now: () => number = () => performance.now(),
  progress: StageListener = () => {},
): BoundaryResult {
  if (bytes.length > MAX_BOUNDARY_BYTES)
    return refuse(
      issue('tooLarge', file, AT_FILE, { size: megabytes(bytes.length), limit: megabytes(MAX_BOUNDARY_BYTES) }),
    );
  const t0 = now();
  const decoded = decodeBytes(bytes, file);
  if (!decoded.ok) return refuse(decoded.issue);
  if (looksLikeWebPage(decoded.text)) return refuse(issue('webPage', file, AT_FILE));
  const t1 = now();
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(issue('jsonSyntax', file, AT_FILE, { detail }));
  }
  const t2 = now();
  const checked = checkBoundaries(data, file, key, progress);
  const notes: Note[] = [...encodingNotes(decoded.encoding), ...checked.notes];
  if (!checked.ok) return { ok: false, issues: checked.issues, notes };
  const t3 = now();
  const collection = toRegionCollection(checked.checked, (fraction) => progress('measuring', fraction));
  const t4 = now();
  const { features, polygons, positions } = { ...checked.checked, features: checked.checked.features.length };
  notes.push({ code: 'boundaryStats', params: { features, polygons, positions } });
  return {
    ok: true,
    collection,
    bounds: checked.checked.bounds,
    key: checked.checked.key,
    notes,
    warnings: checked.warnings,
    timings: { decodeMs: t1 - t0, parseMs: t2 - t1, checkMs: t3 - t2, geometryMs: t4 - t3 },
  };
}

function refuse(problem: Issue): BoundaryResult {
  return { ok: false, issues: [problem], notes: [] };
}

export function encodingNotes(encoding: string): Note[] {
  if (encoding === 'gbk') return [{ code: 'decodedGbk', params: {} }];
  if (encoding.startsWith('utf-16')) return [{ code: 'decodedUtf16', params: { encoding: encoding.toUpperCase() } }];
  return [];
}
