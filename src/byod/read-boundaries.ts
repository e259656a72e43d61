import type { Bounds, RegionCollection } from '../data/boundaries';
import { checkStructure } from './check-boundaries';
import { inFileOrder, repairCrossings } from './repair-crossings';
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

/** What the check after the first drawing found and did (finishCheck in DrawFirst). */
export interface FinishedCheck {
  /** The regions again, with repaired shapes and label points inside them. */
  collection: RegionCollection;
  /** Every warning of the load, the first drawing's and the crossings', in file order. */
  warnings: Warning[];
  /** Indexes of the features whose shapes were repaired: when none, the first drawing's shapes stand. */
  repaired: number[];
  timings: { repairMs: number; labelMs: number };
}

/**
 * Boundaries to draw at once (every refusal already decided), with quick label points and the rings as in the
 * file, and the rest of the check to run after the first drawing.
 */
export type DrawFirst =
  | (Extract<BoundaryResult, { ok: true }> & { finishCheck: () => FinishedCheck })
  | Extract<BoundaryResult, { ok: false }>;

/** A boundary file's bytes to the map's regions, or every reason it cannot be drawn, the check done whole. */
export function readBoundaries(
  bytes: Uint8Array,
  file: string,
  key: string | null,
  now: () => number = () => performance.now(),
  progress: StageListener = () => {},
): BoundaryResult {
  const first = readToDrawFirst(bytes, file, key, now, progress);
  if (!first.ok) return first;
  const { finishCheck, ...drawn } = first;
  const finished = finishCheck();
  const { repairMs, labelMs } = finished.timings;
  return {
    ...drawn,
    collection: finished.collection,
    warnings: finished.warnings,
    timings: { ...drawn.timings, checkMs: drawn.timings.checkMs + repairMs, geometryMs: labelMs },
  };
}

/**
 * A boundary file's bytes to regions the map can draw at once, or every reason it cannot be drawn (all refusals
 * are decided here: src/byod/check-boundaries.ts), and the search for self-crossings, their repair and the
 * label points to run after the first drawing. Runs in a worker.
 */
export function readToDrawFirst(
  bytes: Uint8Array,
  file: string,
  key: string | null,
  now: () => number = () => performance.now(),
  progress: StageListener = () => {},
): DrawFirst {
  if (bytes.length > MAX_BOUNDARY_BYTES)
    return refuse(
      issue('tooLarge', file, AT_FILE, { size: megabytes(bytes.length), limit: megabytes(MAX_BOUNDARY_BYTES) }),
    );
  const t0 = now();
  // GeoJSON, TopoJSON or a zipped shapefile, opened to one GeoJSON-shaped value (src/byod/formats).
  const opened = openBoundaries(bytes, file);
  const t1 = now();
  if (!opened.ok) return { ok: false, issues: [opened.issue], notes: opened.notes };
  const checked = checkStructure(opened.data, file, key, progress);
  const notes: Note[] = [...encodingNotes(opened.encoding), ...opened.notes, ...checked.notes];
  if (!checked.ok) return { ok: false, issues: checked.issues, notes };
  const t2 = now();
  const boundaries = checked.checked;
  const unnamed = unnamedKeys(boundaries.features);
  const collection = markUnnamed(
    toRegionCollection(boundaries, () => {}, 'quick'),
    unnamed,
  );
  const t3 = now();
  const { polygons, positions } = boundaries;
  notes.push({ code: 'boundaryStats', params: { features: boundaries.features.length, polygons, positions } });
  if (unnamed.length)
    notes.push({ code: 'unnamedAreas', params: { count: unnamed.length, keys: unnamed.slice(0, 20).join(', ') } });
  const finishCheck = (): FinishedCheck => {
    const t4 = now();
    const repairs = repairCrossings(boundaries, file, progress);
    const t5 = now();
    const measured = toRegionCollection(boundaries, (fraction) => progress('measuring', fraction));
    return {
      collection: markUnnamed(measured, unnamed),
      warnings: inFileOrder([...checked.warnings, ...repairs.warnings]),
      repaired: repairs.repaired,
      timings: { repairMs: t5 - t4, labelMs: now() - t5 },
    };
  };
  return {
    ok: true,
    collection,
    bounds: boundaries.bounds,
    key: boundaries.key,
    notes,
    warnings: checked.warnings,
    timings: { decodeMs: t1 - t0, parseMs: 0, checkMs: t2 - t1, geometryMs: t3 - t2 },
    finishCheck,
  };
}

function refuse(problem: Issue): Extract<BoundaryResult, { ok: false }> {
  return { ok: false, issues: [problem], notes: [] };
}

export function encodingNotes(encoding: string): Note[] {
  if (encoding === 'gbk') return [{ code: 'decodedGbk', params: {} }];
  if (encoding.startsWith('utf-16')) return [{ code: 'decodedUtf16', params: { encoding: encoding.toUpperCase() } }];
  return [];
}
