import type { Bounds, RegionCollection } from '../data/boundaries';
import { checkBoundaries } from './check-boundaries';
import { openBoundaries } from './formats/open-boundaries';
import { markUnnamed, unnamedKeys } from './formats/unnamed';
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
  // GeoJSON, TopoJSON or a zipped shapefile, opened to one GeoJSON-shaped value (src/byod/formats).
  const opened = openBoundaries(bytes, file);
  const t1 = now();
  if (!opened.ok) return { ok: false, issues: [opened.issue], notes: opened.notes };
  const data = opened.data;
  const t2 = now();
  const checked = checkBoundaries(data, file, key, progress);
  const notes: Note[] = [...encodingNotes(opened.encoding), ...opened.notes, ...checked.notes];
  if (!checked.ok) return { ok: false, issues: checked.issues, notes };
  const t3 = now();
  const unnamed = unnamedKeys(checked.checked.features);
  const collection = markUnnamed(
    toRegionCollection(checked.checked, (fraction) => progress('measuring', fraction)),
    unnamed,
  );
  const t4 = now();
  const { features, polygons, positions } = { ...checked.checked, features: checked.checked.features.length };
  notes.push({ code: 'boundaryStats', params: { features, polygons, positions } });
  if (unnamed.length)
    notes.push({ code: 'unnamedAreas', params: { count: unnamed.length, keys: unnamed.slice(0, 20).join(', ') } });
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
