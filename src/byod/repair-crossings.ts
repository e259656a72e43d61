import { ringCrossing } from '../geometry/crossing';
import { repairSelfCrossings } from '../geometry/repair';
import { type CheckedBoundaries, type CheckedFeature, type CheckResult, checkStructure } from './check-boundaries';
import { formatPosition, type IssuePlace, type Warning } from './issues';
import type { StageListener } from './progress';

/** What the search for rings that cross themselves found and did: a warning per feature, in file order. */
export interface CrossingRepairs {
  warnings: Warning[];
  /** The features (indexes into `checked.features`) whose polygons were replaced by repaired ones. */
  repaired: number[];
}

/**
 * Finds, in each feature, the first ring that crosses itself, and repairs that feature (src/geometry/repair.ts)
 * so that its area and label point are right; a feature that cannot be repaired is kept as it is, with a warning.
 * Nothing here refuses a file: such a feature is drawable as it is (filled by a rule), which is why this runs
 * after the first drawing. Replaces the polygons of repaired features in `checked`.
 */
export function repairCrossings(
  checked: CheckedBoundaries,
  file: string,
  progress: StageListener = () => {},
): CrossingRepairs {
  const warnings: Warning[] = [];
  const repaired: number[] = [];
  const { features, key } = checked;
  const step = Math.max(1, Math.ceil(features.length / 100));
  features.forEach((feature, index) => {
    if (index % step === 0) progress('repairing', index / features.length);
    const at = firstCrossing(feature);
    if (!at) return;
    const place: IssuePlace = { kind: 'feature', feature: feature.number, key, value: feature.code };
    const repair = repairSelfCrossings(feature.polygons);
    if (repair.ok) {
      feature.polygons = repair.polygons;
      repaired.push(index);
      warnings.push({
        code: 'selfCrossingRepaired',
        file,
        place,
        params: { ...at, polygons: repair.polygons.length },
      });
    } else warnings.push({ code: 'selfCrossingKept', file, place, params: { ...at, detail: repair.reason } });
  });
  return { warnings, repaired };
}

/** The first ring of a feature that crosses itself: its polygon and ring numbers in the file, and near where. */
function firstCrossing(feature: CheckedFeature): { polygon: number; ring: number; at: string } | null {
  for (let p = 0; p < feature.polygons.length; p++) {
    const rings = feature.polygons[p]!;
    for (let r = 0; r < rings.length; r++) {
      const crossing = ringCrossing(rings[r]!);
      if (!crossing) continue;
      const [polygon, ring] = feature.ringNumbers?.[p]?.[r] ?? [p + 1, r + 1];
      return { polygon, ring, at: formatPosition(crossing) };
    }
  }
  return null;
}

/** Warnings in file order, each feature's as they were found (a stable sort). */
export function inFileOrder(warnings: readonly Warning[]): Warning[] {
  const number = (w: Warning) => (w.place.kind === 'feature' ? w.place.feature : 0);
  return [...warnings].sort((a, b) => number(a) - number(b));
}

/** The whole check in one call: what is refused, then crossings searched and repaired (for tests and tools). */
export function checkBoundaries(
  data: unknown,
  file: string,
  requestedKey: string | null,
  progress: StageListener = () => {},
): CheckResult {
  const result = checkStructure(data, file, requestedKey, progress);
  if (!result.ok) return result;
  const { warnings } = repairCrossings(result.checked, file, progress);
  return { ...result, warnings: inFileOrder([...result.warnings, ...warnings]) };
}
