/**
 * Repair of rings that cross themselves, with polyclip-ts (the Martinez-style sweep that @turf/turf 7
 * uses for union, intersect and difference). A ring that crosses itself has no well-defined inside:
 * its shoelace area counts the twisted part negatively and a label search can end up outside it.
 * The union of the feature with itself resolves every crossing into simple, non-overlapping rings
 * (outer rings and holes) that cover the same ground, which is what MapLibre draws anyway.
 */
import { union } from 'polyclip-ts';
import type { PolygonRings } from './rings';

type PolyclipRing = [number, number][];

export type RepairResult = { ok: true; polygons: PolygonRings[] } | { ok: false; reason: string };

/** The feature's polygons with every self-crossing resolved, or why that could not be done. */
export function repairSelfCrossings(polygons: PolygonRings[]): RepairResult {
  const input = polygons.map((polygon) =>
    polygon.map((ring): PolyclipRing => ring.map((p): [number, number] => [p[0] as number, p[1] as number])),
  );
  try {
    const repaired = union(input);
    if (repaired.length === 0) return { ok: false, reason: 'nothing is left' };
    return { ok: true, polygons: repaired };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
